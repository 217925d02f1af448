/// The FIT file and header checksum: CRC-16/ARC (reflected polynomial 0xA001, initial value 0,
/// no final XOR; check value 0xBB3D for ASCII `123456789`). A textbook table-driven form, built
/// from the polynomial at first use, eight bytes at a time ("slicing by 8": eight tables, so the
/// eight lookups of a step do not wait on each other) and byte by byte for the rest.
enum FitCRC {
    /// `tables[k * 256 + i]`: the checksum change of byte `i` followed by `k` zero bytes.
    private static let tables: [UInt16] = {
        var tables = [UInt16](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var crc = UInt16(index)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
            tables[index] = crc
        }
        for k in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(k - 1) * 256 + index]
                tables[k * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum after `bytes`, continuing from `crc`.
    static func update(_ crc: UInt16, _ bytes: UnsafeRawBufferPointer) -> UInt16 {
        var crc = crc
        tables.withUnsafeBufferPointer { t in
            var i = 0
            let count = bytes.count
            while i + 8 <= count {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ UInt64(crc)
                let a = t[7 * 256 + Int(word & 0xFF)] ^ t[6 * 256 + Int(word >> 8 & 0xFF)]
                let b = t[5 * 256 + Int(word >> 16 & 0xFF)] ^ t[4 * 256 + Int(word >> 24 & 0xFF)]
                let c = t[3 * 256 + Int(word >> 32 & 0xFF)] ^ t[2 * 256 + Int(word >> 40 & 0xFF)]
                let d = t[256 + Int(word >> 48 & 0xFF)] ^ t[Int(word >> 56)]
                crc = a ^ b ^ c ^ d
                i += 8
            }
            while i < count {
                crc = (crc >> 8) ^ t[Int((crc ^ UInt16(bytes[i])) & 0xFF)]
                i += 1
            }
        }
        return crc
    }

    /// The checksum of `bytes` from the initial value.
    static func checksum(_ bytes: [UInt8]) -> UInt16 {
        bytes.withUnsafeBytes { update(0, $0) }
    }
}
