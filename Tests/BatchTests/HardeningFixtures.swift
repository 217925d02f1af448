import Foundation
import HipBalanceCore
import Testing

@testable import Batch

/// Small inputs the hardening tests build at run time (no corpus needed).
enum HardeningFixtures {
    /// A valid GPX 1.1 track of `points` one-second points.
    static func gpx(points: Int = 5) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>

            """
        for index in 0..<points {
            let second = String(format: "%02d", index % 60)
            let minute = String(format: "%02d", index / 60 % 60)
            text +=
                "<trkpt lat=\"46.0\" lon=\"14.\(String(format: "%05d", index * 3))\"><time>2026-11-01T10:\(minute):\(second)Z</time></trkpt>\n"
        }
        return text + "</trkseg></trk></gpx>\n"
    }

    /// A Strong log of two sessions in October 2026 (two hip-thrust sets, one plank), no unit.
    static let strongLog = """
        Date,Workout Name,Exercise Name,Set Order,Weight,Reps
        2026-10-01 10:00:00,W,Hip Thrust (Barbell),1,60,10
        2026-10-01 10:00:00,W,Hip Thrust (Barbell),2,60,10
        2026-10-08 10:00:00,W,Plank,1,0,1

        """

    /// A folder `team` in `folder` holding the given files (path in the team folder → bytes).
    static func team(_ files: [String: Data], in folder: URL) throws -> URL {
        let team = folder.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        for (path, data) in files {
            let url = team.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return team
    }

    /// Runs `team` with one job as of `asOf` (2 November 2026 unless given), writing under
    /// `folder/out`: the run's record, or nil (the outcome recorded as an issue) when the run did
    /// not complete.
    static func completedRun(
        of team: URL, in folder: URL, asOf: LocalDate = LocalDate(year: 2026, month: 11, day: 2)
    ) -> RunRecord? {
        let outcome = TeamRun.execute(
            RunConfiguration(
                teamDirectory: team, outputDirectory: folder.appendingPathComponent("out"), asOf: asOf, jobs: 1))
        guard case .completed(let record) = outcome else {
            Issue.record("\(outcome)")
            return nil
        }
        return record
    }
}
