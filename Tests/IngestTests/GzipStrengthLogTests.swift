import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// A strength log may come gzip-compressed (`log.csv.gz`): it is recognised by content and read
/// as it streams, exactly like the plain file; a cut or damaged one is rejected, never read short.
@Suite struct GzipStrengthLogTests {
    static let options = StrengthReadOptions(defaultWeightUnit: .kg, timeZone: TimeZone(identifier: "UTC"))

    @Test(arguments: StrengthSamples.all)
    func readsTheSameAsThePlainFile(sample: StrengthSamples.Sample) throws {
        let plain = Data(sample.text.utf8)
        let compressed = try gzipped(plain)
        #expect(StrengthLogReader.detect(prefix: compressed) == sample.format)
        #expect(InputSniffer.sniff(prefix: compressed, name: "ana/log.csv.gz") == .strength)
        let fromPlain = try StrengthLogReader.read(data: plain, source: "log.csv", options: Self.options)
        let fromCompressed = try StrengthLogReader.read(data: compressed, source: "log.csv", options: Self.options)
        #expect(fromCompressed == fromPlain)
    }

    static var longLog: Data {
        var text = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
        for day in 1...28 {
            for set in 1...20 {
                text += "2026-02-\(String(format: "%02d", day)) 08:00:00,Legs,Hip Thrust (Barbell),\(set),60,10,,,,,\n"
            }
        }
        return Data(text.utf8)
    }

    @Test func aCutFileIsRejectedNotReadShort() throws {
        let compressed = try gzipped(Self.longLog)
        let cut = compressed.prefix(compressed.count / 2)
        #expect(StrengthLogReader.detect(prefix: cut) == .strong)
        #expect(throws: IngestError.self) {
            try StrengthLogReader.read(data: cut, source: "log.csv.gz", options: Self.options)
        }
        do {
            _ = try StrengthLogReader.read(data: cut, source: "log.csv.gz", options: Self.options)
        } catch {
            #expect(error.message.contains("gzip data ends before the end of the compressed stream"))
            #expect(error.location.source == "log.csv.gz")
        }
    }

    @Test func damagedCompressedBytesAreRejectedInPlainWords() throws {
        var damaged = try gzipped(Self.longLog)
        for index in stride(from: damaged.count / 3, to: damaged.count * 2 / 3, by: 7) { damaged[index] ^= 0x5A }
        do {
            _ = try StrengthLogReader.read(data: damaged, source: "log.csv.gz", options: Self.options)
            Issue.record("a damaged gzip log was read")
        } catch {
            #expect(!error.message.contains("zlib"))
            #expect(error.message.contains("gzip"))
        }
    }
}
