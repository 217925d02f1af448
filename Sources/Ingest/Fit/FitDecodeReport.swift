import HipBalanceCore

/// What the decoder noticed about the bytes themselves, apart from the messages.
struct FitDecodeReport: Sendable, Hashable {
    /// The source name of the bytes, where the warnings point.
    let source: String
    /// Problems found, each at the byte offset where it was found.
    private(set) var warnings: [Diagnostic] = []
    private var suppressed = 0
    /// Complete or partial FIT segments read.
    var segments = 0
    /// The bytes ended inside a header or a record.
    var truncated = false
    var fileChecksumMismatches = 0

    static var warningLimit: Int { 25 }

    init(source: String) { self.source = source }

    mutating func warn(_ message: String, at byteOffset: Int) {
        guard warnings.count < Self.warningLimit else {
            suppressed += 1
            return
        }
        warnings.append(Diagnostic(.warning, message, at: SourceLocation(source: source, byteOffset: byteOffset)))
    }

    /// The warnings, with a last one counting those left out.
    var allWarnings: [Diagnostic] {
        guard suppressed > 0 else { return warnings }
        let more = "\(suppressed) more problems of the FIT encoding not listed"
        return warnings + [Diagnostic(.warning, more, at: SourceLocation(source: source))]
    }
}
