import Foundation

/// Bytes already in memory.
struct DataByteSource: ByteSource {
    let data: Data
    private var offset = 0

    init(_ data: Data) { self.data = data }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(buffer.count, data.count - offset)
        guard n > 0 else { return 0 }
        let start = data.startIndex + offset
        data.copyBytes(to: buffer.bindMemory(to: UInt8.self), from: start..<start + n)
        offset += n
        return n
    }
}
