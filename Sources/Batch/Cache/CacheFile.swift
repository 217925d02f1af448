import Foundation
import GRDB
import Ingest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recognising, creating and setting aside the parse cache's SQLite file, without ever
/// modifying or deleting a file that hipbalance did not create.
///
/// Ours means: an SQLite header whose `application_id` is `applicationID`, or (caches written
/// before the id existed) id 0 with exactly our tables. A new cache is built under a
/// temporary name and linked into place only when nothing is at the path, so a cache of ours
/// is never an empty or half-made file.
enum CacheFile {
    /// `HBLC` in the SQLite header's `application_id` (offset 68, big-endian).
    static let applicationID: Int32 = 0x4842_4C43
    /// The cache layout in `user_version` (offset 60); a larger one is a newer hipbalance's.
    static let layoutVersion: Int32 = 1
    /// The tables a cache of ours holds (GRDB keeps its migration list in the second).
    static let tables: Set<String> = ["parsedInput", "grdb_migrations"]
    static let parsedInputColumns: Set<String> = [
        "path", "team", "athlete", "size", "modified", "contentHash", "readerKey", "payload",
    ]

    enum State: Equatable {
        case missing
        case ours
        /// An id-less cache of an earlier hipbalance, recognised by its tables.
        case legacy
        /// Ours, but written by a newer hipbalance with the given layout.
        case newer(Int32)
    }

    /// What is at `path`; throws when it is not a cache of ours (and leaves it untouched).
    static func inspect(_ path: String) throws(CacheError) -> State {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT {
                var link = stat()
                if lstat(path, &link) == 0 {
                    throw refusal(path, "is a symbolic link to nothing")
                }
                return .missing
            }
            throw CacheError(.unusable(reason: PlainError.describe(errno)), at: path)
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw refusal(path, "is a folder") }
        guard type == S_IFREG else { throw refusal(path, "is not a regular file") }
        guard let header = readHeader(path) else { throw refusal(path, "is not an SQLite database") }
        let id = bigEndianInt32(header, at: 68)
        let layout = bigEndianInt32(header, at: 60)
        if id == applicationID { return layout > layoutVersion ? .newer(layout) : .ours }
        if id == 0 && isLegacyCache(path) { return .legacy }
        throw refusal(path, "is another program's SQLite database")
    }

    static func refusal(_ path: String, _ what: String) -> CacheError {
        CacheError(.notACache(found: what), at: path)
    }

    /// The 100-byte SQLite header, or nil when the file is shorter or not SQLite.
    static func readHeader(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 100) }
        guard count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else { return nil }
        return header
    }

    static func bigEndianInt32(_ bytes: [UInt8], at offset: Int) -> Int32 {
        Int32(bitPattern: bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    }

    /// True when a read-only look finds exactly our tables and only our migrations.
    static func isLegacyCache(_ path: String) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        defer { try? queue.close() }
        return
            (try? queue.read { db in
                guard try hasOurTables(db) else { return false }
                let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                return Set(migrations).isSubset(of: ["v1-parsed-inputs"])
            }) ?? false
    }

    /// Exactly our tables, and `parsedInput` with exactly our columns.
    static func hasOurTables(_ db: Database) throws -> Bool {
        let names = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        guard Set(names) == tables else { return false }
        let columns = try db.columns(in: "parsedInput").map(\.name)
        return Set(columns) == parsedInputColumns
    }

    /// Writes our id and layout into the header (only when they differ, so a warm run writes
    /// nothing); true when it wrote.
    @discardableResult
    static func stamp(_ db: Database) throws -> Bool {
        var wrote = false
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") != applicationID {
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            wrote = true
        }
        if try Int32.fetchOne(db, sql: "PRAGMA user_version") != layoutVersion {
            try db.execute(sql: "PRAGMA user_version = \(layoutVersion)")
            wrote = true
        }
        return wrote
    }

    /// Builds a new empty cache beside `path` and links it into place when nothing is there;
    /// false when it cannot (the folder is not writable, or something appeared at `path`).
    static func create(_ path: String, migrator: DatabaseMigrator) -> Bool {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).new-\(getpid())-\(UUID().uuidString)").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        }
        do {
            let queue = try DatabaseQueue(path: temporary)
            try migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                try stamp(db)
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
        } catch {
            return false
        }
        if link(temporary, path) == 0 { return true }
        // A file system without hard links: rename, unless something is at the path by now.
        guard errno != EEXIST, access(path, F_OK) != 0 else { return false }
        return rename(temporary, path) == 0
    }

    /// Renames a damaged cache of ours (and its `-wal`/`-shm`/`-journal` companions, which must
    /// not be applied to the new file) to `PATH.damaged-SECONDS`; the new name, or nil.
    static func moveAside(_ path: String) -> String? {
        let seconds = Int(Date().timeIntervalSince1970)
        var aside = "\(path).damaged-\(seconds)"
        var attempt = 1
        while access(aside, F_OK) == 0 {
            attempt += 1
            aside = "\(path).damaged-\(seconds)-\(attempt)"
        }
        guard rename(path, aside) == 0 else { return nil }
        for suffix in ["-wal", "-shm", "-journal"] where access(path + suffix, F_OK) == 0 {
            _ = rename(path + suffix, aside + suffix)
        }
        return aside
    }
}
