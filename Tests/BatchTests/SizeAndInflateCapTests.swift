import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Batch
@testable import Ingest

/// Files over their cap are refused by their size, before a byte is read; a plain `.gz` that
/// inflates like a bomb stops with the reason, as zip members do.
@Suite struct SizeAndInflateCapTests {
    /// A sparse file: `size` bytes long, `head` at the front, holes (no disk space) after it.
    func sparseFile(_ url: URL, head: Data, size: Int) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try head.write(to: url)
        #expect(truncate(url.path, off_t(size)) == 0)
    }

    /// A `team.yaml` one byte over its cap is refused by `fstat`; the handle was never read.
    @Test func aFileOverItsCapIsRefusedByItsSize() throws {
        let folder = try TemporaryDirectory("caps").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("team.yaml")
        try sparseFile(url, head: Data("athletes: {}\n".utf8), size: (1 << 20) + 1)
        let handle = try RegularFile.openForReading(url.path)
        defer { try? handle.close() }
        #expect(throws: FileReadError("is larger than 1 MiB, the most a team.yaml may hold")) {
            try RegularFile.checkSize(of: handle, maximumSize: 1 << 20, what: "team.yaml")
        }
        #expect(try handle.offset() == 0)
        #expect(throws: FileReadError.self) { try RegularFile.read(url, maximumSize: 1 << 20, what: "team.yaml") }
    }

    /// A strength log over 1 GiB (sparse: a header, then holes) is refused by its size. Read, it
    /// would have been refused as binary at its first hole, so the message tells which check ran.
    @Test func aStrengthLogOverOneGiBIsRefusedUnread() throws {
        let folder = try TemporaryDirectory("caps").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("log.csv")
        try sparseFile(
            url, head: Data("date,exercise,sets,reps\n2026-01-05,Squat,1,5\n".utf8),
            size: StrengthLogReader.maximumBytes + 1)
        let handle = try RegularFile.openForReading(url.path)
        defer { try? handle.close() }
        var digest = ContentDigest()
        #expect {
            try StrengthLogReader.read(
                fileHandle: handle, source: "log.csv", options: StrengthReadOptions(), digest: &digest)
        } throws: { error in
            (error as? IngestError)?.message == "is larger than 1024 MiB, the most a strength log may hold"
        }
        #expect(try handle.offset() == 0)
    }

    /// 4 MiB of spaces gzip to about 4 KiB (1,000 times): the gunzip stops past the first MiB
    /// with the reason, whatever format the `.gz` holds (every `.gz` goes through it).
    @Test func aGzipBombStopsWithItsReason() throws {
        let bomb = try gzipped(Data(repeating: 0x20, count: 4 << 20))
        #expect(bomb.count < 16 << 10)
        var gunzip = GunzipByteSource(DataByteSource(bomb), source: "bomb.gpx.gz", chunkSize: 1 << 16)
        var produced = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        #expect {
            while try gunzip.read(into: &buffer) > 0 { produced += buffer.count }
        } throws: { error in
            (error as? IngestError)?.message == "the gzip data inflates more than 250 times (a gzip bomb?); not read"
        }
        #expect(produced <= 2 << 20)
        // Ordinary data, compressed about 10 times, is read whole.
        let text = Data(HardeningFixtures.gpx(points: 20_000).utf8)
        var plain = GunzipByteSource(DataByteSource(try gzipped(text)), source: "a.gpx.gz", chunkSize: 1 << 16)
        var total = 0
        while case let n = try plain.read(into: &buffer), n > 0 { total += n }
        #expect(total == text.count)
    }

    /// The same bomb as `.gpx.gz` in a run: rejected with the reason, the run goes on.
    @Test(arguments: ["bomb.gpx.gz", "bomb.tcx.gz", "bomb.fit.gz"])
    func aGzipBombInARunIsRejectedWithItsReason(name: String) throws {
        let folder = try TemporaryDirectory("caps").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let head = Data(
            #"<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>"#.utf8)
        let bomb = try gzipped(head + Data(repeating: 0x20, count: 4 << 20))
        let team = try HardeningFixtures.team(
            ["ana/\(name)": bomb, "ana/a.gpx": Data(HardeningFixtures.gpx().utf8)], in: folder)
        guard let record = HardeningFixtures.completedRun(of: team, in: folder) else { return }
        #expect(record.errors.map { $0.location?.source } == ["ana/\(name)"])
        #expect(record.errors.first?.message.contains("gzip bomb") == true)
        #expect(record.counts.rejected == 1)
    }
}
