import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Damaged copies of real layouts (seeded, so every run checks the same inputs) never crash
/// the reader: each gives a log, with row errors where rows broke, or one clear error.
@Suite(.corpus) struct StrengthReaderRobustnessTests {
    static let samples = [
        "strong-setmarkers-resttimer.synthetic.csv", "hevy-lb-superset-timed.synthetic.csv",
        "fitnotes-unitcol-comment.synthetic.csv", "jefit-multisection.synthetic.csv",
        "generic-coach-log-semicolon-eu.synthetic.csv", "strong-quoted-semicolon-workoutno.csv",
        "garmin-summarizedactivities-strength.synthetic.json",
    ]

    @Test(arguments: samples)
    func damagedCopiesNeverCrash(file: String) throws {
        let original = [UInt8](try StrengthCorpus.data(file))
        var generator = SplitMix64(seed: UInt64(file.utf8.count))
        let damageBytes: [UInt8] = [0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x00, 0xFF, 0x23, 0x20, 0x78]
        for _ in 0..<60 {
            var bytes = original
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
            case 1:
                for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = damageBytes.randomElement(using: &generator)!
                }
            default:
                if !bytes.isEmpty {
                    bytes.remove(at: Int.random(in: 0..<bytes.count, using: &generator))
                }
            }
            do {
                let log = try StrengthLogReader.read(data: Data(bytes), source: file, options: StrengthReadOptions())
                #expect(log.rowErrors.allSatisfy { $0.location.source == file && ($0.location.line ?? 0) > 0 })
            } catch {
                #expect(error.location.source == file)
                #expect(!error.message.isEmpty)
            }
        }
    }
}
