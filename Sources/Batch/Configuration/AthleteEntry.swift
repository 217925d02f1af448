import HipBalanceCore

/// One athlete's entry under `athletes:` in `team.yaml`.
public struct AthleteEntry: Sendable, Hashable {
    public var settings: AthleteSettings
    /// Other spellings of the athlete's name in shared coach sheets (`A. Novak`), matched
    /// case-insensitively against a generic sheet's `athlete` column.
    public var aliases: [String]

    public init(settings: AthleteSettings = AthleteSettings(), aliases: [String] = []) {
        self.settings = settings
        self.aliases = aliases
    }
}
