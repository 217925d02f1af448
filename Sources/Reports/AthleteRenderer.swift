import HipBalanceCore

/// Turns one athlete's report into one document (HTML, Markdown, JSON).
///
/// Renderers are pure: the same report always gives the same text, they read no clock and do no
/// I/O, and every string that came from input data is escaped for the target format.
public protocol AthleteRenderer: Sendable {
    /// The file name the document is written to inside the athlete's folder (`report.html`).
    var fileName: String { get }
    func render(_ report: AthleteReport) -> String
}
