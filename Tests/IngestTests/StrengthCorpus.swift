import Foundation
import HipBalanceCore

@testable import Ingest

/// The shared strength corpus beside the package (`../shared/corpus/strength`), found from this file's path.
enum StrengthCorpus {
    static let directory: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder.deleteLastPathComponent()
        }
        return folder.deletingLastPathComponent().appendingPathComponent("shared/corpus/strength")
    }()

    /// Every CSV file of the corpus, sorted by name.
    static var csvFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted()
    }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }

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
        return try StrengthLogReader.read(data: bytes, source: name, options: StrengthReadOptions(defaultWeightUnit: unit))
    }
}
