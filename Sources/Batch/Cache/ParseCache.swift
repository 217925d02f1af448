import Foundation
import GRDB
import HipBalanceCore
import Logging

/// The incremental parse cache: one SQLite file (GRDB), one row per input, keyed by path,
/// size, modification time, content hash and reader version.
///
/// A row is used when size, time and reader match; when only time or size changed, the
/// content hash decides.
///
/// The file is recognised as ours by its SQLite header: `application_id` is
/// `CacheFile.applicationID` and `user_version` a layout we know, and its tables are ours.
/// Anything else at the path (a folder, a text file, another program's database) is refused
/// with `CacheError` and never modified. A cache of ours that fails its integrity check is
/// renamed aside (`NAME.damaged-TIME`) with a warning and rebuilt; nothing is ever deleted.
public final class ParseCache: Sendable {
    let database: DatabaseQueue
    /// Set when the cache file was unusable and rebuilt (or replaced by memory), for run.json.
    public let rebuildWarning: Diagnostic?
    private let damaged = LockedList<String>()

    /// Inputs whose cached result failed its checksum (and were parsed again), sorted.
    public var damagedRows: [String] { damaged.values.sorted() }

    /// The run-level warning for damaged rows, or nil when there were none.
    public var damagedRowsWarning: Diagnostic? {
        let paths = damagedRows
        guard !paths.isEmpty else { return nil }
        let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? ", …" : "")
        return warning(
            "\(paths.count) stored result(s) of the cache failed their checksum and were read again from the files (\(shown))"
        )
    }

    /// A warning about the cache file, at its path.
    private func warning(_ message: String) -> Diagnostic {
        Diagnostic(.warning, message, at: SourceLocation(source: path))
    }
    /// The cache file's path, for messages.
    public let path: String

    /// Opens the cache at `url`, creating it when nothing is there. Throws when something
    /// that is not a hipbalance cache is at `url`; a damaged cache of ours is set aside and
    /// rebuilt, and a folder that cannot hold a cache gives an in-memory one (with a warning).
    public init(url: URL, logger: Logger) throws(CacheError) {
        let path = url.path
        self.path = path
        var warning: String?
        var queue: DatabaseQueue?
        var needsNewFile = false
        switch try CacheFile.inspect(path) {
        case .missing:
            needsNewFile = true
        case .ours, .legacy:
            queue = ParseCache.open(path)
            if queue == nil {
                if let aside = CacheFile.moveAside(path) {
                    warning = "the cache was damaged; it was moved to \(aside) and the cache was rebuilt"
                    needsNewFile = true
                } else {
                    warning = "the cache is damaged and cannot be moved aside; this run keeps its cache in memory"
                }
            }
        case .newer(let layout):
            if let aside = CacheFile.moveAside(path) {
                warning =
                    "the cache was written by a newer hipbalance (layout \(layout)); it was moved to \(aside) and the cache was rebuilt"
                needsNewFile = true
            } else {
                warning =
                    "the cache was written by a newer hipbalance and cannot be moved aside; this run keeps its cache in memory"
            }
        }
        if needsNewFile {
            if CacheFile.create(path, migrator: ParseCache.migrator) { queue = ParseCache.open(path) }
            if queue == nil {
                warning =
                    (warning.map { $0 + "; " } ?? "")
                    + "the cache cannot be created here; this run keeps its cache in memory (give --cache a folder you can write to)"
            }
        }
        if let warning { logger.warning("\(path): \(warning)") }
        if let queue {
            database = queue
        } else {
            do {
                let memory = try DatabaseQueue()
                try ParseCache.migrator.migrate(memory)
                database = memory
            } catch {
                throw CacheError(.noMemory, at: path)
            }
        }
        rebuildWarning = warning.map { Diagnostic(.warning, $0, at: SourceLocation(source: path)) }
    }

    /// Opens a cache file already recognised as ours, checks it and brings its schema up to
    /// date; nil when it is damaged.
    static func open(_ path: String) -> DatabaseQueue? {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            // WAL with synchronous=NORMAL: a commit is not flushed to disk, only checkpoints are.
            // A crash may lose the last rows (they are parsed again) but never corrupts the file.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let healthy = try queue.read { db in
                try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" && CacheFile.hasOurTables(db)
            }
            guard healthy else {
                try? queue.close()
                return nil
            }
            try migrator.migrate(queue)
            // A stamped header reaches the main file at a checkpoint; do one at once so the file
            // is recognised as ours even if this process is killed.
            if try queue.write({ db in try CacheFile.stamp(db) }) {
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            }
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
    /// when the time changed and the size did not (a file touched or copied again by a sync
    /// tool). A matching hash refreshes the row's time. Another size is other content: a miss
    /// without hashing, so the file is read once, by the reader, not a first time to hash it.
    /// A row whose payload fails its checksum is a miss, and its path is listed in `damagedRows`.
    public func lookup(path: String, fingerprint: InputFingerprint, hash: () throws -> String) -> ParsedInput? {
        guard let row = row(path: path), row.readerKey == fingerprint.readerKey else { return nil }
        let parsed: ParsedInput
        do {
            parsed = try CachePayload.decode(row.payload)
        } catch CachePayload.PayloadError.otherVersion {
            return nil
        } catch {
            damaged.append(path)
            return nil
        }
        guard row.size == fingerprint.size else { return nil }
        if row.modified == fingerprint.modified { return parsed }
        guard let contentHash = try? fingerprint.contentHash ?? hash(), contentHash == row.contentHash else {
            return nil
        }
        try? database.write { db in
            try db.execute(
                sql: "UPDATE parsedInput SET size = ?, modified = ? WHERE path = ?",
                arguments: [fingerprint.size, fingerprint.modified, path])
        }
        return parsed
    }

    /// Records a freshly parsed result. Failures to write are ignored: the next run parses again.
    public func store(
        _ parsed: ParsedInput, path: String, team: String, athlete: String, fingerprint: InputFingerprint,
        contentHash: String
    ) {
        guard let payload = try? CachePayload.encode(parsed) else { return }
        try? database.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO parsedInput (path, team, athlete, size, modified, contentHash, readerKey, payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    path, team, athlete, fingerprint.size, fingerprint.modified, contentHash, fingerprint.readerKey,
                    payload,
                ])
        }
    }

    /// Deletes rows of `team` for inputs no longer present: athletes not in `presentAthletes`
    /// at all, and paths of `processedAthletes` not in `seenPaths`. Returns how many went.
    @discardableResult
    public func prune(
        team: String, presentAthletes: Set<String>, processedAthletes: Set<String>, seenPaths: Set<String>
    ) -> Int {
        (try? database.write { db -> Int in
            let rows = try GRDB.Row.fetchAll(
                db, sql: "SELECT path, athlete FROM parsedInput WHERE team = ?", arguments: [team])
            var removed = 0
            for row in rows {
                let path: String = row[0]
                let athlete: String = row[1]
                let gone =
                    !presentAthletes.contains(athlete)
                    || (processedAthletes.contains(athlete) && !seenPaths.contains(path))
                if gone {
                    try db.execute(sql: "DELETE FROM parsedInput WHERE path = ?", arguments: [path])
                    removed += 1
                }
            }
            return removed
        }) ?? 0
    }
}
