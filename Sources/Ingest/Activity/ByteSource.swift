import CGzip
import Foundation
import HipBalanceCore

/// A stream of raw bytes the XML parser is fed from, one chunk at a time (public so that other
/// layers can stream, for example, zip members into the readers).
public protocol ByteSource {
    /// Fills the front of `buffer`; returns how many bytes were written, 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int
}

extension ByteSource {
    /// Reads into `bytes` from `offset` to its end; returns how many bytes were written, 0 at the end.
    mutating func read(into bytes: inout [UInt8], from offset: Int = 0) throws(IngestError) -> Int {
        var result: Result<Int, IngestError> = .success(0)
        bytes.withUnsafeMutableBytes { raw in
            do throws(IngestError) {
                result = .success(try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[offset...])))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }
}
