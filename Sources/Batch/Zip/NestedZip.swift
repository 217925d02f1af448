import Foundation
import HipBalanceCore
import Ingest

/// A zip inside a zip (the `DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_*.zip` parts of a
/// Garmin Connect export), and where its bytes are read from: in place when the outer zip stores
/// it uncompressed, else from a copy in the run's scratch folder (a zip's table of contents is at
/// its end, so a compressed inner zip cannot be read by offset without being inflated first).
public struct NestedZip: Sendable, Hashable {
    /// The outer zip file.
    public var archive: URL
    /// The inner zip as the outer one lists it.
    public var member: ZipEntry
    /// The file the inner zip is read from: the outer zip itself, or the copy.
    public var file: URL
    /// Where the inner zip lies in `file`; nil when `file` is a copy of it.
    public var window: Range<UInt64>?

    /// Opens the zip that is `member` of `outer`: a window of the outer file for a stored member,
    /// else a copy inflated chunk by chunk (within `ZipLimits.nestedArchive`, its size and checksum
    /// checked) into a file of `scratch`. Errors name `source`, the member's path.
    static func open(
        _ member: ZipEntry, of outer: ZipArchive, source: String, scratch: ScratchFolder
    ) throws(IngestError) -> (NestedZip, ZipArchive) {
        let location = SourceLocation(source: source)
        do throws(ZipError) {
            if member.method == 0, !member.isEncrypted {
                let range = try outer.dataRange(of: member)
                let window = outer.base + range.lowerBound..<outer.base + range.upperBound
                let nested = NestedZip(archive: outer.url, member: member, file: outer.url, window: window)
                return (nested, try ZipArchive(url: outer.url, window: window))
            }
        } catch {
            throw IngestError("zip archive \(error.message)", at: location)
        }
        let copy: URL
        do {
            copy = try scratch.newFile(extension: "zip")
        } catch {
            throw IngestError(error.message, at: location)
        }
        do {
            try Self.inflate(member, of: outer, source: source, to: copy)
            let nested = NestedZip(archive: outer.url, member: member, file: copy, window: nil)
            return (nested, try ZipArchive(url: copy))
        } catch let error as IngestError {
            try? FileManager.default.removeItem(at: copy)
            throw error
        } catch let error as ZipError {
            try? FileManager.default.removeItem(at: copy)
            throw IngestError("zip archive \(error.message)", at: location)
        } catch {
            try? FileManager.default.removeItem(at: copy)
            throw IngestError("cannot copy the zip to a temporary file: \(PlainError.describe(error))", at: location)
        }
    }

    /// Inflates `member` into the new file `copy` (owner-only permissions).
    private static func inflate(_ member: ZipEntry, of outer: ZipArchive, source: String, to copy: URL) throws {
        let bytes = try outer.open(member, source: source, limits: .nestedArchive)
        guard FileManager.default.createFile(atPath: copy.path, contents: nil, attributes: [.posixPermissions: 0o600])
        else {
            throw IngestError("cannot make a temporary file \(copy.path)", at: SourceLocation(source: source))
        }
        let handle = try FileHandle(forWritingTo: copy)
        defer { try? handle.close() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: ZipMemberSource.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try bytes.read(into: buffer)
            if n == 0 { break }
            try handle.write(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        }
    }
}
