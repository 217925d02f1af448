import Foundation
import HipBalanceCore
import Ingest
import Testing

/// A file cut anywhere inside its root element says it looks truncated, in plain words, never by
/// the XML token libxml2 was reading (`attValue: ' expected`, `Premature end of data`).
@Suite struct TruncationMessageTests {
    static let gpx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
        <trk><name>Morning run</name><type>running</type><trkseg>
        <trkpt lat="46.05" lon="14.50"><ele>300.5</ele><time>2026-03-01T08:00:00Z</time></trkpt>
        <trkpt lat="46.051" lon="14.501"><ele>301.0</ele><time>2026-03-01T08:00:10Z</time></trkpt>
        <!-- a comment --><trkpt lat="46.052" lon="14.502"><ele>301.5</ele><time>2026-03-01T08:00:20Z</time></trkpt>
        </trkseg></trk></gpx>
        """

    static let tcx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
        <Activities><Activity Sport="Running"><Id>2026-03-01T08:00:00Z</Id>
        <Lap StartTime="2026-03-01T08:00:00Z"><TotalTimeSeconds>20</TotalTimeSeconds><Track>
        <Trackpoint><Time>2026-03-01T08:00:00Z</Time><HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>
        <Trackpoint><Time>2026-03-01T08:00:10Z</Time><HeartRateBpm><Value>125</Value></HeartRateBpm></Trackpoint>
        </Track></Lap></Activity></Activities></TrainingCenterDatabase>
        """

    @Test(arguments: [("gpx", gpx, "<gpx "), ("tcx", tcx, "<TrainingCenterDatabase ")])
    func everyCutInsideTheRootSaysTruncated(name: String, text: String, root: String) throws {
        let data = Data(text.utf8)
        let rootStart = try #require(text.range(of: root)).lowerBound
        let rootTagEnd = try #require(text[rootStart...].firstIndex(of: ">"))
        let first = text.utf8.distance(from: text.startIndex, to: rootTagEnd) + 1
        let last = try #require(data.lastIndex(of: UInt8(ascii: "<")))
        for offset in first..<last {
            do {
                _ = try ActivityReader.read(data: data.prefix(offset), source: "cut.\(name)")
                Issue.record("cut at \(offset) gave a result instead of an error")
            } catch {
                #expect(error.message.hasSuffix("the file looks truncated"), "cut at \(offset): \(error.message)")
                #expect((error.location.line ?? 0) > 0, "cut at \(offset)")
            }
        }
    }

    @Test func aCompleteButMalformedDocumentKeepsItsOwnError() throws {
        let broken = Self.gpx.replacingOccurrences(of: "<ele>300.5</ele>", with: "<ele>300.5</elevation>")
        let error = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: Data(broken.utf8), source: "b.gpx")
        }
        #expect(!error.message.contains("truncated"))
    }

    /// A file with nothing of a GPX or TCX document before the error says what it is in plain
    /// words: blanks or a declaration alone end before the first element; binary data, text or a
    /// `<` with no name is not an activity file at all (libxml2 called the first "extra content at
    /// the end of the document" and the rest "document is empty"). An error of the declaration
    /// itself keeps its words.
    @Test(arguments: [
        (Data("   \n\n".utf8), "the document ends before its first element; the file is empty or cut short"),
        (
            Data("<?xml version=\"1.0\"?>\n<!-- exported -->\n".utf8),
            "the document ends before its first element; the file is empty or cut short"
        ),
        (
            Data("hello world\n".utf8),
            "not a GPX, TCX or FIT file: it starts with neither an XML element nor a FIT header"
        ),
        (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), "not a GPX, TCX or FIT file"),
        (Data("<\u{1}\u{2}garbage".utf8), "not a GPX, TCX or FIT file"),
        (Data("<?xml version=\"1.0\" encoding=\"bogus-enc\"?>\n<gpx></gpx>".utf8), "unsupported encoding bogus-enc"),
    ])
    func nothingOfADocumentIsSaidInPlainWords(data: Data, message: String) {
        #expect {
            _ = try ActivityReader.read(data: data, source: "x.fit")
        } throws: { error in
            (error as? IngestError)?.message.hasPrefix(message) == true
        }
    }
}
