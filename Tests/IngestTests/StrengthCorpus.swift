import Foundation
import HipBalanceCore
import HipBalanceTestSupport

@testable import Ingest

/// The strength logs of the real-world corpus (`strength/` in `Corpus`).
enum StrengthCorpus {
    static let directory = Corpus.url("strength")

    /// Every CSV file of the corpus, sorted by name (none when the corpus is missing).
    static var csvFiles: [String] { Corpus.files(in: "strength").filter { $0.hasSuffix(".csv") } }

    static func data(_ name: String) throws -> Data { try Corpus.data("strength", name) }

    /// Every corpus CSV read once with default options (shared by tests that only count or resolve).
    static let defaultLogs: [String: Result<StrengthLog, IngestError>] = Dictionary(
        uniqueKeysWithValues: csvFiles.map { name in
            (name, Result { () throws(IngestError) -> StrengthLog in try read(name) })
        })

    static func read(_ name: String, unit: WeightUnit? = nil) throws(IngestError) -> StrengthLog {
        let bytes: Data
        do {
            bytes = try data(name)
        } catch {
            throw IngestError("cannot open corpus file: \(error)", at: SourceLocation(source: name))
        }
        return try StrengthLogReader.read(
            data: bytes, source: name, options: StrengthReadOptions(defaultWeightUnit: unit))
    }
}
