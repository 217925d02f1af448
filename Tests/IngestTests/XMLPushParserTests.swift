import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// The libxml2 wrapper at its edges: chunk boundaries anywhere, text longer than the capture
/// buffer, and more parser complaints than are listed.
@Suite struct XMLPushParserTests {
    /// Delivers its bytes a few at a time (1 to 7 per read, seeded), so that every element name,
    /// attribute and text is split across SAX callbacks somewhere.
    struct TrickleByteSource: ByteSource {
        let bytes: [UInt8]
        var offset = 0
        var generator: SplitMix64

        init(_ data: Data, seed: UInt64) {
            bytes = [UInt8](data)
            generator = SplitMix64(seed: seed)
        }

        mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
            let n = min(Int.random(in: 1...7, using: &generator), bytes.count - offset, buffer.count)
            guard n > 0 else { return 0 }
            buffer.copyBytes(from: bytes[offset..<offset + n])
            offset += n
            return n
        }
    }

    @Test(arguments: QuirkDocuments.all)
    func aTrickleOfBytesReadsLikeOneBlock(_ document: QuirkDocuments.Document) throws {
        let whole = try ActivityReader.read(data: document.data, source: document.name)
        for seed in 1...3 as ClosedRange<UInt64> {
            var trickle = TrickleByteSource(document.data, seed: seed)
            #expect(try ActivityReader.read(&trickle, source: document.name) == whole, "seed \(seed)")
        }
        var compressed = TrickleByteSource(try gzipped(document.data), seed: 7)
        #expect(try ActivityReader.read(&compressed, source: document.name) == whole)
    }

    @Test func aTrickleOfACutDocumentIsTheSameError() throws {
        let document = try #require(QuirkDocuments.malformed.first { $0.name == "gpx-without-closing-tags" })
        let whole = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: document.data, source: "cut.gpx")
        }
        var trickle = TrickleByteSource(document.data, seed: 11)
        let trickled = try #require(throws: IngestError.self) { try ActivityReader.read(&trickle, source: "cut.gpx") }
        #expect(trickled == whole)
    }

    static func gpx(creator: String = "test", name: String? = nil, elevation: String = "300") -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="\(creator)" xmlns="http://www.topografix.com/GPX/1/1"><trk>\
            \(name.map { "<type>\($0)</type>" } ?? "")<trkseg>
            <trkpt lat="46.0" lon="14.5"><ele>\(elevation)</ele><time>\(timestamp(0))</time></trkpt>
            <trkpt lat="46.001" lon="14.5"><ele>301</ele><time>\(timestamp(10))</time></trkpt>
            </trkseg></trk></gpx>

            """.utf8)
    }

    @Test func aNameLongerThanTheBufferIsCutAtACharacterAndSaidSo() throws {
        // 300 bytes: 149 two-byte characters and two ASCII letters, so the 256-byte cut falls
        // inside "é" and the half character is dropped.
        let long = "ab" + String(repeating: "é", count: 149)
        let file = try ActivityReader.read(data: Self.gpx(name: long), source: "long.gpx")
        let label = try #require(file.activities.first?.summary.sportLabel)
        #expect(label == "ab" + String(repeating: "é", count: 127))
        #expect(label.utf8.count == 256)
        #expect(file.warnings.contains { $0.message.contains("sport is 300 bytes long; the first 256 are kept") })
    }

    @Test func aNumberLongerThanTheBufferIsUnparsable() throws {
        let file = try ActivityReader.read(
            data: Self.gpx(elevation: String(repeating: "1", count: 300)), source: "n.gpx")
        #expect(file.activities.count == 1)
        #expect(file.warnings.contains { $0.message.contains("unparsable elevation") })
    }

    @Test func moreThanFiveParserComplaintsAreCounted() throws {
        // Twelve uses of an undeclared namespace prefix: each is a non-fatal namespace error.
        let points = (0..<12).map { k in
            "<trkpt lat=\"46.0\" lon=\"14.5\"><time>\(timestamp(k))</time><extensions><undeclared:hr>140</undeclared:hr></extensions></trkpt>"
        }.joined(separator: "\n")
        let data = Data(
            """
            <?xml version="1.0"?>
            <gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
            \(points)
            </trkseg></trk></gpx>
            """.utf8)
        let file = try ActivityReader.read(data: data, source: "ns.gpx")
        let listed = file.warnings.filter { $0.message.contains("undeclared") }
        #expect(listed.count == XMLPushParser.listedProblems)
        // One point a line from line 3: each complaint is at its own line, with libxml2's column.
        #expect(listed.map { $0.location?.line } == [3, 4, 5, 6, 7])
        #expect(listed.allSatisfy { $0.location?.source == "ns.gpx" && ($0.location?.column ?? 0) > 0 })
        #expect(file.warnings.map(\.message).contains("and 7 more XML problems not listed"), "\(file.warnings)")
    }
}
