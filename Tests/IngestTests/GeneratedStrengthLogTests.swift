import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Every strength layout, detected and read from logs written in the tests (`StrengthSamples`),
/// and damaged copies of them never crash the reader; no corpus needed.
@Suite struct GeneratedStrengthLogTests {
    @Test(arguments: StrengthSamples.all)
    func detectsAndReads(_ sample: StrengthSamples.Sample) throws {
        let data = Data(sample.text.utf8)
        #expect(StrengthLogReader.detect(prefix: data) == sample.format)
        let log = try StrengthLogReader.read(
            data: data, source: sample.name, options: StrengthReadOptions(defaultWeightUnit: .kg))
        #expect(log.format == sample.format)
        #expect(log.rowErrors.isEmpty, "\(log.rowErrors)")
        #expect(log.weightUnit == sample.unit)
        let working = log.sessions.flatMap(\.sets).filter { $0.kind == .working }
        #expect(working.count == sample.workingSets)
        #expect(working.allSatisfy { ($0.loadKilograms ?? 0) >= 0 && ($0.reps ?? 1) > 0 })
    }

    @Test(arguments: StrengthSamples.all)
    func damagedCopiesNeverCrash(_ sample: StrengthSamples.Sample) {
        Self.readDamagedCopies(of: [UInt8](sample.text.utf8), source: sample.name, count: 200)
    }

    /// Reads `count` damaged copies of `original` (cut, bytes overwritten or one removed; seeded
    /// by the name, so every run checks the same inputs): each gives a log whose row errors
    /// have a line, or one error naming the source.
    static func readDamagedCopies(of original: [UInt8], source: String, count: Int) {
        var generator = SplitMix64(seed: UInt64(source.utf8.count))
        let damageBytes: [UInt8] = [0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x00, 0xFF, 0x23, 0x20, 0x78]
        for _ in 0..<count {
            var bytes = original
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
            case 1:
                for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] =
                        damageBytes[Int.random(in: 0..<damageBytes.count, using: &generator)]
                }
            default:
                if !bytes.isEmpty { bytes.remove(at: Int.random(in: 0..<bytes.count, using: &generator)) }
            }
            do {
                let log = try StrengthLogReader.read(data: Data(bytes), source: source, options: StrengthReadOptions())
                #expect(log.rowErrors.allSatisfy { $0.location.source == source && ($0.location.line ?? 0) > 0 })
            } catch {
                #expect(error.location.source == source)
                #expect(!error.message.isEmpty)
            }
        }
    }
}
