import HipBalanceCore

/// An athlete setting that is not given and would raise confidence or sharpen the model.
public enum AthleteSettingKey: String, Sendable, Hashable, Codable, CaseIterable {
    case ftp
    case thresholdPaceSecondsPerKm
    case hrMax
    case lthr
    case hrRest
    case birthYear
    case sex
    case sittingHoursPerDay
    case lowBackPain
    case thomasTestPositive
    case strengthTraining
}
