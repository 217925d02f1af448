import Foundation

/// One member of a zip archive as its table of contents describes it.
public struct ZipEntry: Sendable, Hashable {
    public var path: String
    /// 0 stored, 8 deflate.
    public var method: UInt16
    public var flags: UInt16
    public var crc32: UInt32
    public var compressedSize: UInt64
    public var uncompressedSize: UInt64
    public var localHeaderOffset: UInt64
    /// True when the archive was made on a Unix system and records the member as a symbolic link.
    public var isSymbolicLink: Bool
    /// The name that tells this member apart in its archive: the path, or `PATH#2`, `PATH#3`
    /// for later members of the same name.
    public var uniqueName: String

    public var isEncrypted: Bool { flags & 1 != 0 }
}
