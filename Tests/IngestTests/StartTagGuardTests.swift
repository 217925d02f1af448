import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// The attribute cap in front of libxml2: a start tag with too many attributes is an error that
/// names where the tag starts, read a few bytes at a time too, however the attributes are spaced;
/// an `=` in text or inside a value is not an attribute.
@Suite struct StartTagGuardTests {
    /// A GPX whose first track point carries `count` attributes (`a0="0" a1="1" …`), after
    /// `before` (markup on its own lines before the track).
    static func gpx(attributes count: Int, before: String = "", indent: Int = 2) -> Data {
        let attributes = (0..<count).map { " a\($0)=\"\($0)\"" }.joined()
        return Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
            \(before)<trk><trkseg>
            \(String(repeating: " ", count: indent))<trkpt lat="46.0" lon="14.5"\(attributes)><time>2026-11-01T06:00:00Z</time></trkpt>
              <trkpt lat="46.001" lon="14.5"><time>2026-11-01T06:00:10Z</time></trkpt>
            </trkseg></trk></gpx>

            """.utf8)
    }

    @Test func aStartTagAtTheCapIsRead() throws {
        // lat, lon and the extra ones: exactly the cap.
        let file = try ActivityReader.read(
            data: Self.gpx(attributes: StartTagGuard.maximumAttributes - 2), source: "cap.gpx")
        #expect(file.activities.count == 1)
    }

    /// At every position of the tag within an eight-byte word the scan reads.
    @Test(arguments: 0..<8)
    func oneAttributeOverTheCapIsAnErrorAtTheTag(indent: Int) throws {
        let data = Self.gpx(attributes: StartTagGuard.maximumAttributes - 1, indent: indent)
        let error = try #require(throws: IngestError.self) { try ActivityReader.read(data: data, source: "over.gpx") }
        #expect(error.location == SourceLocation(source: "over.gpx", line: 4, column: indent + 1))
        #expect(error.message.contains("more than \(StartTagGuard.maximumAttributes) attributes"))
        #expect(error.message.contains("re-export"))
    }

    @Test func aHugeStartTagIsStoppedAtTheCapReadAFewBytesAtATime() throws {
        let data = Self.gpx(attributes: 100_000)
        var trickle = XMLPushParserTests.TrickleByteSource(data, seed: 5)
        let error = try #require(throws: IngestError.self) { try ActivityReader.read(&trickle, source: "huge.gpx") }
        #expect(error.location.line == 4)
        #expect(error.message.contains("attributes"))
    }

    @Test func equalsSignsInTextAndValuesAreNotAttributes() throws {
        let banner = String(repeating: "=", count: 2 * StartTagGuard.maximumAttributes)
        let query = (0..<2 * StartTagGuard.maximumAttributes).map { "k\($0)=v" }.joined(separator: "&amp;")
        let before = """
            <metadata><desc>\(banner) a = b, c=d \(banner)</desc>
            <link href="http://example.org/?\(query)"/></metadata>

            """
        let file = try ActivityReader.read(data: Self.gpx(attributes: 3, before: before), source: "ok.gpx")
        #expect(file.activities.count == 1)
    }

    @Test func spacesAndLineBreaksAroundTheEqualsSignStillCount() throws {
        let attributes = (0..<StartTagGuard.maximumAttributes).map { "\n  a\($0) =\n '\($0)'" }.joined()
        let data = Data(
            """
            <?xml version="1.0"?>
            <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1" \(attributes)>
            </gpx>
            """.utf8)
        let error = try #require(throws: IngestError.self) { try ActivityReader.read(data: data, source: "s.gpx") }
        #expect(error.location == SourceLocation(source: "s.gpx", line: 2, column: 1))
    }

    @Test func aGzippedHugeStartTagIsStoppedToo() throws {
        let error = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: try gzipped(Self.gpx(attributes: 10_000)), source: "huge.gpx.gz")
        }
        #expect(error.location.line == 4)
    }
}
