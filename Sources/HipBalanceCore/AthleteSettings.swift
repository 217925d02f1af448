import Foundation

/// What a coach knows about an athlete. Every field is optional: a missing one lowers the
/// model's confidence or selects a fallback, it never fails a run.
public struct AthleteSettings: Sendable, Hashable, Codable {
    public var name: String?
    public var sex: Sex?
    public var birthYear: Int?
    public var hrMax: Double?
    public var hrRest: Double?
    public var lthr: Double?
    /// Functional threshold power, watts.
    public var ftp: Double?
    /// Threshold running pace, seconds per kilometre.
    public var thresholdPaceSecondsPerKm: Double?
    public var sittingHoursPerDay: Double?
    public var lowBackPain: Bool?
    public var thomasTestPositive: Bool?
    /// Whether strength work is logged or not done; nil when unknown (no strength log then
    /// leaves the strength factors not assessed).
    public var strengthTraining: StrengthTraining?
    /// Unit for strength logs that carry none.
    public var weightUnit: WeightUnit?
    /// IANA zone identifier, for zone-less strength logs and the athlete's calendar days.
    public var timeZone: String?

    public init(
        name: String? = nil, sex: Sex? = nil, birthYear: Int? = nil, hrMax: Double? = nil,
        hrRest: Double? = nil, lthr: Double? = nil, ftp: Double? = nil,
        thresholdPaceSecondsPerKm: Double? = nil, sittingHoursPerDay: Double? = nil,
        lowBackPain: Bool? = nil, thomasTestPositive: Bool? = nil, strengthTraining: StrengthTraining? = nil,
        weightUnit: WeightUnit? = nil, timeZone: String? = nil
    ) {
        self.name = name
        self.sex = sex
        self.birthYear = birthYear
        self.hrMax = hrMax
        self.hrRest = hrRest
        self.lthr = lthr
        self.ftp = ftp
        self.thresholdPaceSecondsPerKm = thresholdPaceSecondsPerKm
        self.sittingHoursPerDay = sittingHoursPerDay
        self.lowBackPain = lowBackPain
        self.thomasTestPositive = thomasTestPositive
        self.strengthTraining = strengthTraining
        self.weightUnit = weightUnit
        self.timeZone = timeZone
    }
}
