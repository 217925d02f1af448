import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Batch

/// A team run reads a gzip-compressed strength log like the plain one (it used to be listed as
/// an unknown file).
@Suite struct GzipStrengthRunTests {
    @Test func aCompressedLogCountsLikeThePlainOne() throws {
        let folder = try TemporaryDirectory("gzip-strength").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = HardeningFixtures.strongLog
        let team = try HardeningFixtures.team(
            [
                "ana/strong.csv.gz": try gzipped(Data(csv.utf8)), "bo/strong.csv": Data(csv.utf8),
                "ana/run.gpx": Data(HardeningFixtures.gpx().utf8), "bo/run.gpx": Data(HardeningFixtures.gpx().utf8),
            ], in: folder)
        try Data("defaultWeightUnit: kg\n".utf8).write(to: team.appendingPathComponent("team.yaml"))
        let record = try #require(HardeningFixtures.completedRun(of: team, in: folder))
        #expect(record.unknownFiles.isEmpty)
        #expect(record.errors.isEmpty)
        let ana = try #require(record.athletes.first { $0.id == "ana" })
        let bo = try #require(record.athletes.first { $0.id == "bo" })
        #expect(ana.counts == bo.counts)
        #expect(ana.counts.parsed == 2)
    }
}
