import Foundation
import GRDB
import HipBalanceCore
import Logging

/// What reading one input gave: its content, or why it was rejected.
public enum ParsedInput: Sendable, Hashable, Codable {
    case activities(ActivityFile)
    case strength(StrengthLog)
    case rejected(IngestError)
}

/// How an input looked on disk when it was read: the cache key besides its path.
public struct InputFingerprint: Sendable, Hashable {
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
    /// Content hash, computed only when size or time changed (lazily).
    public var contentHash: String?
    /// Reader version plus any reader options that change the result (`strength-1;unit=kg`).
    public var readerKey: String
}

/// The incremental parse cache: one SQLite file (GRDB), one row per input, keyed by path,
/// size, modification time, content hash and reader version.
///
/// A row is used when size, time and reader match; when only time or size changed, the
/// content hash decides. A cache that cannot be opened or fails its integrity check is
/// deleted and rebuilt with a warning: the cache can make a run faster, never fail it.
public final class ParseCache: Sendable {
    let database: DatabaseQueue
    /// Set when the cache file was unusable and rebuilt (or replaced by memory), for run.json.
    public let rebuildWarning: String?

    /// Opens (creating when missing) the cache at `url`; never throws.
    public init(url: URL, logger: Logger) {
        var warning: String?
        if let queue = ParseCache.open(url) {
            database = queue
        } else {
            warning = "cache \(url.path) was unreadable or corrupt; rebuilt from scratch"
            logger.warning("\(warning!)")
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
            if let queue = ParseCache.open(url) {
                database = queue
            } else {
                warning = "cache \(url.path) cannot be created; this run keeps its cache in memory"
                logger.warning("\(warning!)")
                // An in-memory queue with the same schema always opens.
                let memory = try! DatabaseQueue()
                try! ParseCache.migrator.migrate(memory)
                database = memory
            }
        }
        rebuildWarning = warning
    }

    static func open(_ url: URL) -> DatabaseQueue? {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            // WAL with synchronous=NORMAL: a commit is not flushed to disk, only checkpoints are.
            // A crash may lose the last rows (they are parsed again) but never corrupts the file.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            let healthy = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" }
            guard healthy else { return nil }
            try migrator.migrate(queue)
            return queue
        } catch {
            return nil
        }
    }

    /// Schema history: append migrations, never edit one that shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-parsed-inputs") { db in
            try db.create(table: "parsedInput") { table in
                table.primaryKey("path", .text)
                table.column("team", .text).notNull()
                table.column("athlete", .text).notNull()
                table.column("size", .integer).notNull()
                table.column("modified", .double).notNull()
                table.column("contentHash", .text).notNull()
                table.column("readerKey", .text).notNull()
                table.column("payload", .blob).notNull()
            }
            try db.create(index: "parsedInputByTeam", on: "parsedInput", columns: ["team", "athlete"])
        }
        return migrator
    }

    struct Row: Sendable {
        var size: Int64
        var modified: Double
        var contentHash: String
        var readerKey: String
        var payload: Data
    }

    func row(path: String) -> Row? {
        try? database.read { db in
            try GRDB.Row.fetchOne(
                db, sql: "SELECT size, modified, contentHash, readerKey, payload FROM parsedInput WHERE path = ?",
                arguments: [path]
            ).map { Row(size: $0[0], modified: $0[1], contentHash: $0[2], readerKey: $0[3], payload: $0[4]) }
        }
    }

    /// The cached result for `path` when the fingerprint still matches; `hash` is called only
    /// when size or time changed. A matching hash refreshes the row's size and time.
    public func lookup(path: String, fingerprint: InputFingerprint, hash: () throws -> String) -> ParsedInput? {
        guard let row = row(path: path), row.readerKey == fingerprint.readerKey,
            let parsed = try? CachePayload.decode(row.payload)
        else { return nil }
        if row.size == fingerprint.size && row.modified == fingerprint.modified { return parsed }
        guard let contentHash = try? fingerprint.contentHash ?? hash(), contentHash == row.contentHash else { return nil }
        try? database.write { db in
            try db.execute(
                sql: "UPDATE parsedInput SET size = ?, modified = ? WHERE path = ?",
                arguments: [fingerprint.size, fingerprint.modified, path])
        }
        return parsed
    }

    /// Records a freshly parsed result. Failures to write are ignored: the next run parses again.
    public func store(_ parsed: ParsedInput, path: String, team: String, athlete: String, fingerprint: InputFingerprint, contentHash: String) {
        guard let payload = try? CachePayload.encode(parsed) else { return }
        try? database.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO parsedInput (path, team, athlete, size, modified, contentHash, readerKey, payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [path, team, athlete, fingerprint.size, fingerprint.modified, contentHash, fingerprint.readerKey, payload])
        }
    }

    /// Deletes rows of `team` for inputs no longer present: athletes not in `presentAthletes`
    /// at all, and paths of `processedAthletes` not in `seenPaths`. Returns how many went.
    @discardableResult
    public func prune(team: String, presentAthletes: Set<String>, processedAthletes: Set<String>, seenPaths: Set<String>) -> Int {
        (try? database.write { db -> Int in
            let rows = try GRDB.Row.fetchAll(db, sql: "SELECT path, athlete FROM parsedInput WHERE team = ?", arguments: [team])
            var removed = 0
            for row in rows {
                let path: String = row[0], athlete: String = row[1]
                let gone = !presentAthletes.contains(athlete) || (processedAthletes.contains(athlete) && !seenPaths.contains(path))
                if gone {
                    try db.execute(sql: "DELETE FROM parsedInput WHERE path = ?", arguments: [path])
                    removed += 1
                }
            }
            return removed
        }) ?? 0
    }
}
