import Foundation
import HipBalanceCore

/// Maps the sport labels files carry to `Sport`.
///
/// Sources: TCX `Activity@Sport` (`Running`, `Biking`, `Other`, sometimes lower case), GPX
/// `trk/type` free text (`running`, `cycling`, `mountain biking`, `alpineTour`, …) and Strava's
/// numeric GPX types, of which the corpus confirms `1` (ride) and `9` (run). Matching is
/// case-insensitive and by keyword, so `Trail Running`, `road_biking` or `VirtualRide` map too.
enum SportMapping {
    /// The sport a label denotes; `.other` when it names none we model (or is empty).
    static func sport(forLabel label: String) -> Sport {
        let text = label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch text {
        case "1": return .cycling
        case "9": return .running
        default: break
        }
        // Order matters: "trail running" is running, "e-bike ride" cycling, "nordic walking" walking.
        let keywords: [(Sport, [String])] = [
            (.running, ["run", "jog", "treadmill"]),
            (.cycling, ["bik", "cycl", "ride", "velo", "mtb", "gravel", "spinning"]),
            (.swimming, ["swim"]),
            (.hiking, ["hik", "trek", "mountaineer"]),
            (.walking, ["walk"]),
        ]
        for (sport, words) in keywords where words.contains(where: { text.contains($0) }) {
            return sport
        }
        return .other
    }
}
