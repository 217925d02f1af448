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

    static func read(_ name: String, unit: WeightUnit? = nil) throws -> StrengthLog {
        try StrengthLogReader.read(data: data(name), source: name, options: StrengthReadOptions(defaultWeightUnit: unit))
    }
}
