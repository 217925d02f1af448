import ArgumentParser
import HipBalanceCore

extension LocalDate: ExpressibleByArgument {
    /// `YYYY-MM-DD`.
    public init?(argument: String) { self.init(iso: argument) }
}
