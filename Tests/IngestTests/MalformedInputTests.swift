import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Broken, truncated and hostile input: always an error with a location, never a crash, never a
/// result that looks complete.
@Suite struct MalformedInputTests {
    @Test(.corpus, arguments: Corpus.files(in: "malformed"))
    func malformedCorpusFileIsAnErrorWithALine(_ name: String) throws {
        let error = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: try Corpus.data("malformed", name), source: name)
        }
        #expect(error.location.source == name)
        #expect((error.location.line ?? 0) > 0)
        #expect(!error.message.isEmpty)
    }

    @Test(.corpus) func rootlessTCXIsRefusedAtItsRootElement() throws {
        let error = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: try Corpus.data("malformed", "runpandas__malformed.tcx"), source: "m.tcx")
        }
        #expect(error.message.contains("found Activities"))
        #expect(error.location.line == 2)
    }

    @Test(.corpus) func unclosedDocumentSaysItLooksTruncated() throws {
        let error = try #require(throws: IngestError.self) {
            try ActivityReader.read(
                data: try Corpus.data("malformed", "agp__garminBaseCampExport-noclosingtag.gpx"), source: "n.gpx")
        }
        #expect(error.message.contains("looks truncated"))
    }

    /// Byte offsets spread over the whole document, plus a few near both ends.
    static func cutOffsets(for data: Data, count: Int) -> [Int] {
        // Never cut inside the trailing whitespace after the root's end tag: that copy is complete.
        let lastTagEnd = (data.lastIndex(of: UInt8(ascii: ">")) ?? data.count - 1) - data.startIndex
        var offsets = Set([1, 2, 5, 39, lastTagEnd - 1, lastTagEnd])
        for k in 1...count { offsets.insert(lastTagEnd * k / (count + 1)) }
        return offsets.filter { $0 > 0 && $0 <= lastTagEnd }.sorted()
    }

    static let truncationSources = [
        "gpx/sweat__activity_5039744860.gpx", "tcx/gc__2009_09_19_09_22_42.tcx", "tcx/sweat__activity_5039744860.tcx",
        "gpx/saf__broken1.gpx", "gpx/gpxgo__iso8859-1encoded.gpx",
    ]

    @Test(.corpus, arguments: truncationSources)
    func truncatedCopiesAreErrorsWithALine(_ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        let data = try Corpus.data(parts[0], parts[1])
        for offset in Self.cutOffsets(for: data, count: 60) {
            do {
                _ = try ActivityReader.read(data: data.prefix(offset), source: relative)
                Issue.record("cut at \(offset) gave a result instead of an error")
            } catch {
                #expect((error.location.line ?? 0) > 0, "cut at \(offset): \(error)")
            }
        }
    }

    @Test(.corpus, arguments: ["gpx/sweat__activity_5039744860.gpx", "tcx/sweat__activity_5039744860.tcx"])
    func corruptedBytesNeverCrashOrGiveNegativeNumbers(_ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        let original = try Corpus.data(parts[0], parts[1])
        var state: UInt64 = 2_026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let replacements = Array("<>/=\"&;:-.0123456789 abcTZ".utf8) + [0x00, 0xFF, 0xC3]
        for _ in 0..<150 {
            var data = original
            for _ in 0..<(1 + next(4)) {
                data[data.startIndex + next(data.count)] = replacements[next(replacements.count)]
            }
            guard let file = try? ActivityReader.read(data: data, source: relative) else { continue }
            for activity in file.activities {
                let s = activity.summary
                #expect(s.elapsedSeconds >= 0 && s.movingSeconds >= 0 && s.distanceMeters >= 0 && s.ascentMeters >= 0)
            }
        }
    }

    @Test(.corpus) func truncatedGzipIsAnError() throws {
        let compressed = try gzipped(try Corpus.data("tcx", "sweat__activity_5039744860.tcx"))
        for offset in stride(from: 10, to: compressed.count, by: max(1, compressed.count / 40)) + [compressed.count - 4]
        {
            #expect(throws: IngestError.self, "cut at \(offset)") {
                try ActivityReader.read(data: compressed.prefix(offset), source: "cut.tcx.gz")
            }
        }
    }

    @Test(.corpus) func corruptGzipIsAnError() throws {
        var compressed = try gzipped(try Corpus.data("gpx", "sweat__activity_5039744860.gpx"))
        for k in stride(from: 200, to: 260, by: 1) { compressed[k] ^= 0x5A }
        #expect(throws: IngestError.self) { try ActivityReader.read(data: compressed, source: "bad.gpx.gz") }
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: IngestError.self) { try ActivityReader.read(data: Data(), source: "empty.gpx") }
        #expect(throws: IngestError.self) { try ActivityReader.read(data: Data("   \n".utf8), source: "blank.gpx") }
    }

    @Test func notXMLIsAnError() {
        #expect(throws: IngestError.self) {
            try ActivityReader.read(data: Data("date,exercise,weight\n2024-01-01,squat,100\n".utf8), source: "log.csv")
        }
    }

    static let externalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <gpx version="1.1" creator="t"><trk><type>&x;</type><trkseg>
        <trkpt lat="1" lon="2"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>
        """

    @Test func externalEntityIsNeverRead() throws {
        do {
            let file = try ActivityReader.read(data: Data(Self.externalEntity.utf8), source: "xxe.gpx")
            #expect(file.activities.allSatisfy { !($0.summary.sportLabel ?? "").contains("root") })
        } catch {
            #expect(error.message.contains("entity"))
        }
    }

    @Test func billionLaughsIsNeverExpanded() throws {
        var entities = #"<!ENTITY lol0 "lollollollollollollollollollol">"#
        for level in 1...9 {
            entities += "\n<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE gpx [\(entities)]>
            <gpx version="1.1"><trk><type>&lol9;</type><trkseg>
            <trkpt lat="1" lon="2"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>
            """
        do {
            let file = try ActivityReader.read(data: Data(document.utf8), source: "lol.gpx")
            #expect(file.activities.allSatisfy { ($0.summary.sportLabel ?? "").count < 100 })
        } catch {
            #expect(error.message.contains("entity"))
        }
    }

    /// A GPX in Latin-1 that declares no encoding (so it must be UTF-8): one plain sentence with
    /// what to do at the byte's line and column, not libxml2's "indicate encoding !" and its bytes.
    @Test func undeclaredLatin1SaysWhatToDo() {
        var data = Data("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk><name>Ljubljana ".utf8)
        data += [0xE8] + Data(" run</name></trk></gpx>\n".utf8)
        #expect {
            _ = try ActivityReader.read(data: data, source: "l.gpx")
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.message.hasPrefix("the text is not UTF-8 and the file declares no other encoding; re-export")
                && error.location.line == 2 && !error.message.contains("\n")
        }
    }

    /// Errors of a complete document's content are named in plain words, never taken for a cut
    /// file: a small document is parsed only by the final call, where a cut is also found.
    @Test(arguments: [
        ("<name>Run & Bike</name>", "a bare '&' in the text (an ampersand must be written '&amp;')"),
        (
            "<name>x</trk>",
            "the end tag </trk> does not close <name> (opened on line 2): the file is not well-formed XML"
        ),
        ("<link href=x.html/>", "an attribute value without quotes (write lat=\"46.05\", not lat=46.05)"),
    ])
    func contentErrorsAreNamedNotTakenForACut(name: String, message: String) {
        let text = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk>\(name)<trkseg></trkseg></trk></gpx>\n"
        #expect {
            _ = try ActivityReader.read(data: Data(text.utf8), source: "x.gpx")
        } throws: { error in
            (error as? IngestError)?.message.hasPrefix(message) == true
        }
    }

    /// A second root element after the first one closed.
    @Test func twoDocumentsInOneFileAreNamed() {
        let text = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"></gpx>\n<gpx version=\"1.1\"></gpx>\n"
        #expect {
            _ = try ActivityReader.read(data: Data(text.utf8), source: "x.gpx")
        } throws: { error in
            (error as? IngestError)?.message.hasPrefix("more data after the end of the root element") == true
        }
    }
}
