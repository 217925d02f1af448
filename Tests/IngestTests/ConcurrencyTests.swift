import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Readers share no state: many files read at once on several threads give the sequential results.
@Suite struct ConcurrencyTests {
    @Test(.corpus) func parallelReadsEqualSequentialReads() async throws {
        let names = [
            "gpx/sweat__4078723797_strava.gpx", "gpx/gc__UrbanBiker2019-04-18_16-12.gpx",
            "tcx/gc__2009_09_19_09_22_42.tcx",
            "tcx/gc__activity_165850259_multi-session.tcx", "gpx/saf__broken1.gpx", "tcx/sweat__3173437224.tcx",
        ]
        let inputs = try names.map { name -> (String, Data) in
            let parts = name.split(separator: "/").map(String.init)
            return (name, try Corpus.data(parts[0], parts[1]))
        }
        let sequential = try inputs.map { try ActivityReader.read(data: $0.1, source: $0.0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, ActivityFile).self) { group in
            for round in 0..<4 {
                for (index, input) in inputs.enumerated() {
                    group.addTask {
                        (
                            index,
                            try ActivityReader.read(
                                data: round % 2 == 0 ? input.1 : try gzipped(input.1), source: input.0)
                        )
                    }
                }
            }
            var results: [(Int, ActivityFile)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == 4 * inputs.count)
        for (index, file) in parallel { #expect(file == sequential[index]) }
    }

    @Test(.corpus) func parallelErrorsStayWithTheirFile() async throws {
        let good = try Corpus.data("gpx", "sweat__activity_5039744860.gpx")
        let bad = try Corpus.data("malformed", "agp__garminBaseCampExport-truncated.gpx")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for k in 0..<16 {
                group.addTask {
                    if k % 2 == 0 {
                        #expect(try ActivityReader.read(data: good, source: "good-\(k)").activities.count == 1)
                    } else {
                        let error = try #require(throws: IngestError.self) {
                            try ActivityReader.read(data: bad, source: "bad-\(k)")
                        }
                        #expect(error.location.source == "bad-\(k)" && error.location.line == 57)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
