import Foundation
import HipBalanceTestSupport
import Testing

@testable import Batch

/// The test-support `ZipWriter` makes the zips the other tests read, so it is checked twice: by
/// the product's own `ZipArchive`, and by Python's `zipfile`, a reader that owes nothing to ours.
@Suite struct ZipWriterTests {
    /// Members that cover what the tests need: both methods, an empty member, a repeated name,
    /// a UTF-8 name, and seeded random bytes that deflate does not shrink.
    static let members: [(name: String, data: Data, method: ZipWriter.Method)] = {
        var random = SplitMix64(seed: 13)
        let noise = Data((0..<200_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        let text = Data(String(repeating: "<trkpt lat=\"52.1\" lon=\"4.3\"/>\n", count: 5000).utf8)
        return [
            ("activities.csv", Data("id,name\n1,Run\n".utf8), .stored),
            ("activities/1.gpx", text, .deflated),
            ("activities/1.gpx", Data("second copy".utf8), .deflated),
            ("empty-stored", Data(), .stored),
            ("empty-deflated", Data(), .deflated),
            ("noise.bin", noise, .deflated),
            ("noise-stored.bin", noise, .stored),
            ("Åsa/löpning.fit", Data([0x0E, 0x10, 0xD9, 0x07]), .stored),
        ]
    }()

    @Test func theProductsReaderReadsEveryMemberBack() throws {
        let archive = ZipArchive(bytes: [UInt8](try ZipWriter.data(Self.members)), name: "w.zip")
        let entries = try archive.entries()
        #expect(entries.map(\.path) == Self.members.map(\.name))
        #expect(entries.map(\.uniqueName)[1...2] == ["activities/1.gpx", "activities/1.gpx#2"])
        for (entry, member) in zip(entries, Self.members) {
            #expect(entry.method == member.method.rawValue, "\(member.name)")
            #expect(entry.uncompressedSize == UInt64(member.data.count), "\(member.name)")
            #expect(!entry.isEncrypted && !entry.isSymbolicLink)
            let read = try archive.open(entry, source: member.name).readAll(maximumSize: 1 << 20)
            #expect(read == member.data, "\(member.name)")
        }
        // Deflate did its work on the repetitive text.
        #expect(entries[1].compressedSize * 20 < entries[1].uncompressedSize)
    }

    /// A member given in chunks (how the zip-bomb test writes 64 MiB) is one stream: its size and
    /// checksum cover every chunk.
    @Test func aMemberWrittenInChunksReadsBackWhole() throws {
        let chunks = (0..<5).map { Data(repeating: UInt8($0), count: 70_000) }
        var writer = ZipWriter()
        try writer.add("chunked", chunks: chunks)
        try writer.add("chunked-stored", chunks: chunks, method: .stored)
        let archive = ZipArchive(bytes: [UInt8](writer.bytes()), name: "c.zip")
        for entry in try archive.entries() {
            let read = try archive.open(entry, source: entry.path).readAll(maximumSize: 1 << 20)
            #expect(read == chunks.reduce(Data(), +), "\(entry.path)")
        }
    }

    @Test func theSameMembersGiveTheSameBytes() throws {
        #expect(try ZipWriter.data(Self.members) == (try ZipWriter.data(Self.members)))
    }

    /// Python's `zipfile` lists the members and reads each one (which checks its CRC-32 and size);
    /// `testzip` must find nothing damaged. Runs where python3 is; CI (`CI=true`) requires it.
    @Test(
        .enabled(
            if: ProcessRunner.succeeds("python3", ["--version"]) || Corpus.isRequired,
            "python3 is missing: the independent check of the zip writer is skipped"))
    func pythonsZipfileReadsEveryMemberBack() throws {
        let folder = try TemporaryDirectory("zip-writer")
        defer { folder.cleanUp() }
        let url = folder.url.appendingPathComponent("w.zip")
        try ZipWriter.data(Self.members).write(to: url)
        let script = """
            import base64, sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                bad = z.testzip()
                if bad is not None:
                    sys.exit("damaged: " + bad)
                for info in z.infolist():
                    data = z.open(info).read()
                    print(info.filename, info.compress_type, info.file_size, base64.b64encode(data).decode(), sep="\\t")
            """
        let result = try ProcessRunner.run("python3", ["-c", script, url.path])
        #expect(result.status == 0, "\(result.output)")
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        try #require(rows.count == Self.members.count, "\(result.output)")
        for (row, member) in zip(rows, Self.members) {
            #expect(row.count == 4)
            #expect(String(row[0]) == member.name)
            #expect(String(row[1]) == String(member.method.rawValue))
            #expect(String(row[2]) == String(member.data.count))
            #expect(Data(base64Encoded: String(row[3])) == member.data, "\(member.name)")
        }
    }
}
