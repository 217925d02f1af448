/// One slice of a team's athletes, for running a federation over several machines.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based index of this shard.
    public var index: Int
    public var count: Int

    /// A shard `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// The shard a Kubernetes Indexed Job gives: `JOB_COMPLETION_INDEX` (0-based) of
    /// `JOB_COMPLETIONS`. Nil when neither is set; an error naming both when they are set but unusable.
    public static func fromEnvironment(_ environment: [String: String]) throws(ShardError) -> Shard? {
        let indexText = environment["JOB_COMPLETION_INDEX"]
        let countText = environment["JOB_COMPLETIONS"]
        if indexText == nil && countText == nil { return nil }
        guard let indexText, let countText, let index = Int(indexText), let count = Int(countText),
            index < Int.max, let shard = Shard(index: index + 1, count: count)
        else {
            throw ShardError(index: indexText, completions: countText)
        }
        return shard
    }

    /// True when the athlete's stable hash falls in this shard.
    public func contains(athleteID: String) -> Bool {
        Int(Shard.stableHash(athleteID) % UInt64(count)) == index - 1
    }

    /// FNV-1a 64 over the id's UTF-8 bytes: the same on every machine and every run.
    public static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    public var description: String { "\(index)/\(count)" }
}
