import Testing

@testable import Batch

@Suite struct ShardTests {
    @Test func parsesKOfN() {
        #expect(Shard("2/4") == Shard(index: 2, count: 4))
        for bad in ["0/4", "5/4", "1/0", "a/b", "2", "1/2/3", ""] { #expect(Shard(bad) == nil) }
    }

    @Test func readsKubernetesIndexedJobEnvironment() throws {
        #expect(try Shard.fromEnvironment([:]) == nil)
        let shard = try #require(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "0", "JOB_COMPLETIONS": "3"]))
        #expect(shard == Shard(index: 1, count: 3))
        for bad in [
            ["JOB_COMPLETION_INDEX": "3", "JOB_COMPLETIONS": "3"], ["JOB_COMPLETION_INDEX": "1"],
            ["JOB_COMPLETIONS": "x"], ["JOB_COMPLETION_INDEX": "-1", "JOB_COMPLETIONS": "3"],
            // The largest index: one more would overflow.
            ["JOB_COMPLETION_INDEX": "\(Int.max)", "JOB_COMPLETIONS": "\(Int.max)"],
        ] {
            do throws(ShardError) {
                let shard = try Shard.fromEnvironment(bad)
                Issue.record("accepted \(bad) as \(String(describing: shard))")
            } catch {
                #expect(error.index == bad["JOB_COMPLETION_INDEX"] && error.completions == bad["JOB_COMPLETIONS"])
                #expect(error.diagnostic.severity == .error && error.diagnostic.location == nil)
            }
        }
        let unset = ShardError(index: "1", completions: nil)
        #expect(
            unset.message
                == "the shard cannot be taken from the environment: JOB_COMPLETION_INDEX is '1' and JOB_COMPLETIONS "
                + "is unset; set both, as whole numbers with 0 ≤ JOB_COMPLETION_INDEX < JOB_COMPLETIONS, "
                + "or give --shard K/N")
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
