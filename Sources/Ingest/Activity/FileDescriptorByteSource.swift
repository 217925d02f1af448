import Foundation
import HipBalanceCore

/// Bytes read with `read(2)` from an open file descriptor (the handle stays owned by the caller).
struct FileDescriptorByteSource: ByteSource {
    let descriptor: Int32
    let source: String

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        while true {
            let n = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw IngestError("cannot read: \(String(cString: strerror(errno)))", at: SourceLocation(source: source))
        }
    }
}
