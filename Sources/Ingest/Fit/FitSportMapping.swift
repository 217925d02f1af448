import HipBalanceCore

/// Maps FIT `sport` / `sub_sport` onto hipbalance's sports and a readable label.
enum FitSportMapping {
    /// Our sport for a FIT sport and sub-sport.
    static func sport(_ sport: Int64?, subSport: Int64?) -> Sport {
        switch (sport, subSport) {
        case (1, _): return .running
        case (2, _), (21, _): return .cycling  // cycling, e_biking
        case (5, _): return .swimming
        case (11, _): return .walking
        case (17, _), (16, _): return .hiking  // hiking, mountaineering
        case (4, 1?): return .running  // fitness equipment / treadmill
        case (4, 6?), (4, 5?), (4, 28?): return .cycling  // indoor cycling, spin, e-bike fitness
        case (4, 27?): return .walking  // indoor walking
        default: return .other
        }
    }

    /// `running (treadmill)`, `cycling (virtual_activity)`, `training (strength_training)`, …
    static func label(_ sport: Int64?, subSport: Int64?) -> String? {
        guard let sport else { return subSport.flatMap(FitProfile.subSportName) }
        let name = FitProfile.sportName(sport)
        guard let subSport, let subName = FitProfile.subSportName(subSport) else { return name }
        return "\(name) (\(subName))"
    }
}
