import Foundation

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

extension InputFingerprint {
    /// Size and modification time of a file, with the reader key; no content read.
    static func ofFile(at url: URL, readerKey: String) throws -> InputFingerprint {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return InputFingerprint(size: size, modified: modified, contentHash: nil, readerKey: readerKey)
    }
}
