/// Little-endian fields of zip records.
enum ZipBytes {
    static func uint16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func uint32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(uint16(b, i)) | UInt32(uint16(b, i + 2)) << 16 }
    static func uint64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(uint32(b, i)) | UInt64(uint32(b, i + 4)) << 32 }
}
