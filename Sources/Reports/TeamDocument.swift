import HipBalanceCore

/// The JSON shape of `team.json`.
struct TeamDocument: Encodable {
    var schemaVersion: Int
    @NullWhenAbsent var teamName: String?
    var asOf: LocalDate
    var hipBalanceVersion: String
    var athletes: [TeamRow]
}
