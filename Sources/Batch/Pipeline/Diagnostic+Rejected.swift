import HipBalanceCore

extension Diagnostic {
    /// An input that could not be read at all, named by its team-relative path.
    static func rejected(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(source: path))
    }
}
