import Testing

@testable import Batch

@Suite struct ShardTests {
    @Test func parsesKOfN() {
        #expect(Shard("2/4") == Shard(index: 2, count: 4))
        for bad in ["0/4", "5/4", "1/0", "a/b", "2", "1/2/3", ""] { #expect(Shard(bad) == nil) }
    }

    @Test func readsKubernetesIndexedJobEnvironment() throws {
        #expect(Shard.fromEnvironment([:]) == nil)
        let shard = try #require(
            try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "0", "JOB_COMPLETIONS": "3"])?.get())
        #expect(shard == Shard(index: 1, count: 3))
        for bad in [
            ["JOB_COMPLETION_INDEX": "3", "JOB_COMPLETIONS": "3"], ["JOB_COMPLETION_INDEX": "1"],
            ["JOB_COMPLETIONS": "x"],
        ] {
            guard case .failure(let error) = Shard.fromEnvironment(bad) else {
                Issue.record("accepted \(bad)")
                continue
            }
            #expect(error.index == bad["JOB_COMPLETION_INDEX"] && error.completions == bad["JOB_COMPLETIONS"])
        }
        let unset = ShardError(index: "1", completions: nil)
        #expect(unset.message.contains("JOB_COMPLETIONS (unset)") && unset.message.hasSuffix("or give --shard K/N"))
    }

    @Test(arguments: [1, 2, 3, 7])
    func everyAthleteFallsInExactlyOneShard(_ count: Int) {
        let ids = (0..<200).map { "athlete-\($0)" }
        for id in ids {
            let owners = (1...count).filter { Shard(index: $0, count: count)!.contains(athleteID: id) }
            #expect(owners.count == 1)
        }
    }

    @Test func hashIsStable() {
        // FNV-1a 64 reference values.
        #expect(Shard.stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.stableHash("a") == 0xaf63_dc4c_8601_ec8c)
    }
}
