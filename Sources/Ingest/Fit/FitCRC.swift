/// The FIT file and header checksum: CRC-16/ARC (reflected polynomial 0xA001, initial value 0,
/// no final XOR; check value 0xBB3D for ASCII `123456789`). A textbook table-driven form, built
/// from the polynomial at first use.
enum FitCRC {
    private static let table: [UInt16] = (0..<256).map { index -> UInt16 in
        var crc = UInt16(index)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
        return crc
    }

    /// The checksum after `bytes`, continuing from `crc`.
    static func update(_ crc: UInt16, _ bytes: UnsafeRawBufferPointer) -> UInt16 {
        var crc = crc
        table.withUnsafeBufferPointer { table in
            for byte in bytes { crc = (crc >> 8) ^ table[Int((crc ^ UInt16(byte)) & 0xFF)] }
        }
        return crc
    }

    /// The checksum of `bytes` from the initial value.
    static func checksum(_ bytes: [UInt8]) -> UInt16 {
        bytes.withUnsafeBytes { update(0, $0) }
    }
}
