import Foundation

/// A small FIT writer of our own, to build test inputs at test time (every trap the decoder
/// handles can be produced on purpose: big-endian definitions, compressed timestamps, chained
/// segments, bad checksums, wrong sizes, truncation).
public struct FitEncoder {
    /// A field value: integers (one or an array), text, raw bytes or the base type's invalid value.
    public enum Value {
        case int(Int64)
        case ints([Int64])
        case float(Double)
        case text(String)
        case raw([UInt8])
        case invalid
    }

    public struct FieldSpec {
        public var number: UInt8
        public var size: Int
        public var baseType: UInt8

        public init(number: UInt8, size: Int, baseType: UInt8) {
            self.number = number
            self.size = size
            self.baseType = baseType
        }
    }

    private struct Definition {
        var fields: [FieldSpec]
        var developerSizes: [Int]
        var bigEndian: Bool
    }

    /// Base-type bytes as written in definitions (endian-ability bit set for multi-byte types).
    public enum BaseType {
        public static let enumeration: UInt8 = 0x00
        public static let sint8: UInt8 = 0x01
        public static let uint8: UInt8 = 0x02
        public static let sint16: UInt8 = 0x83
        public static let uint16: UInt8 = 0x84
        public static let sint32: UInt8 = 0x85
        public static let uint32: UInt8 = 0x86
        public static let string: UInt8 = 0x07
        public static let float32: UInt8 = 0x88
        public static let uint8z: UInt8 = 0x0A
        public static let byte: UInt8 = 0x0D
    }

    /// Seconds from 1970 to the FIT epoch.
    public static let epoch: Int64 = 631_065_600

    public private(set) var records: [UInt8] = []
    private var definitions: [UInt8: Definition] = [:]

    public init() {}

    /// Appends a definition message for `local`.
    public mutating func define(
        local: UInt8, global: UInt16, fields: [FieldSpec], developer: [(number: UInt8, size: Int, index: UInt8)] = [],
        bigEndian: Bool = false
    ) {
        records.append(0x40 | (developer.isEmpty ? 0 : 0x20) | (local & 0x0F))
        records.append(0)
        records.append(bigEndian ? 1 : 0)
        records += bigEndian ? [UInt8(global >> 8), UInt8(global & 0xFF)] : [UInt8(global & 0xFF), UInt8(global >> 8)]
        records.append(UInt8(fields.count))
        for f in fields { records += [f.number, UInt8(f.size), f.baseType] }
        if !developer.isEmpty {
            records.append(UInt8(developer.count))
            for d in developer { records += [d.number, UInt8(d.size), d.index] }
        }
        definitions[local] = Definition(fields: fields, developerSizes: developer.map(\.size), bigEndian: bigEndian)
    }

    /// Appends a data message for `local` with one value per defined field (missing = invalid),
    /// and the developer fields' raw bytes.
    public mutating func data(local: UInt8, _ values: [UInt8: Value], developer: [[UInt8]] = []) {
        records.append(local & 0x0F)
        appendValues(local: local, values, developer: developer)
    }

    /// Appends a data message with a compressed-timestamp header (local 0–3, offset 0–31 s).
    public mutating func compressed(local: UInt8, timeOffset: UInt8, _ values: [UInt8: Value]) {
        records.append(0x80 | (local & 0x03) << 5 | (timeOffset & 0x1F))
        appendValues(local: local, values, developer: [])
    }

    /// Appends raw bytes (garbage, a record header with no definition, …).
    public mutating func raw(_ bytes: [UInt8]) { records += bytes }

    private mutating func appendValues(local: UInt8, _ values: [UInt8: Value], developer: [[UInt8]]) {
        guard let definition = definitions[local] else {
            preconditionFailure("local \(local) not defined")
        }
        for field in definition.fields {
            records += Self.encode(values[field.number] ?? .invalid, field: field, bigEndian: definition.bigEndian)
        }
        for (index, size) in definition.developerSizes.enumerated() {
            let bytes = index < developer.count ? developer[index] : []
            records += Array((bytes + [UInt8](repeating: 0xFF, count: size)).prefix(size))
        }
    }

    public static func baseSize(_ type: UInt8) -> Int {
        switch type & 0x1F {
        case 3, 4, 11: 2
        case 5, 6, 8, 12: 4
        case 9, 14, 15, 16: 8
        default: 1
        }
    }

    public static func invalidBits(_ type: UInt8) -> UInt64 {
        switch type & 0x1F {
        case 1: 0x7F
        case 3: 0x7FFF
        case 5: 0x7FFF_FFFF
        case 4: 0xFFFF
        case 6, 8: 0xFFFF_FFFF
        case 7, 10, 11, 12, 16: 0
        case 9, 15: UInt64.max
        case 14: 0x7FFF_FFFF_FFFF_FFFF
        default: 0xFF
        }
    }

    private static func encode(_ value: Value, field: FieldSpec, bigEndian: Bool) -> [UInt8] {
        let size = baseSize(field.baseType)
        func element(_ bits: UInt64, width: Int) -> [UInt8] {
            let little = (0..<width).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
            return bigEndian ? little.reversed() : little
        }
        let width = field.size % size == 0 ? size : 1
        let count = max(field.size / width, 0)
        var elements: [UInt64]
        switch value {
        case .int(let v): elements = [UInt64(bitPattern: v)]
        case .ints(let vs): elements = vs.map { UInt64(bitPattern: $0) }
        case .float(let v): elements = [UInt64(Float(v).bitPattern)]
        case .text(let text):
            let bytes = Array(text.utf8)
            return Array((bytes + [UInt8](repeating: 0, count: field.size)).prefix(field.size))
        case .raw(let bytes):
            return Array((bytes + [UInt8](repeating: 0xFF, count: field.size)).prefix(field.size))
        case .invalid: elements = []
        }
        var out: [UInt8] = []
        for i in 0..<count {
            out += element(
                i < elements.count ? elements[i] : invalidBits(width == size ? field.baseType : BaseType.byte),
                width: width)
        }
        return out
    }

    /// The whole segment: header (12 or 14 bytes), records, file CRC. `dataSize` overrides the
    /// header's data size, `corruptCRC` flips the file CRC, `headerCRC` nil writes 0.
    public func segment(headerSize: Int = 14, dataSize: Int? = nil, headerCRC: Bool = true, corruptCRC: Bool = false)
        -> [UInt8]
    {
        var header: [UInt8] = [UInt8(headerSize), 0x20, 0x54, 0x08]
        let size = UInt32(dataSize ?? records.count)
        header += (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * UInt32($0))) }
        header += Array(".FIT".utf8)
        if headerSize == 14 {
            let crc = headerCRC ? Self.crc(header) : 0
            header += [UInt8(crc & 0xFF), UInt8(crc >> 8)]
        }
        var bytes = header + records
        var crc = Self.crc(bytes)
        if corruptCRC { crc ^= 0x5A5A }
        bytes += [UInt8(crc & 0xFF), UInt8(crc >> 8)]
        return bytes
    }

    /// CRC-16/ARC, written independently of the decoder's (bitwise, no table).
    public static func crc(_ bytes: [UInt8]) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc ^= UInt16(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
        }
        return crc
    }
}
