/// FIT base types (protocol §"Base types"): size and the value that means "invalid".
enum FitBaseType {
    static let enumeration: UInt8 = 0
    static let sint8: UInt8 = 1
    static let uint8: UInt8 = 2
    static let sint16: UInt8 = 3
    static let uint16: UInt8 = 4
    static let sint32: UInt8 = 5
    static let uint32: UInt8 = 6
    static let string: UInt8 = 7
    static let float32: UInt8 = 8
    static let float64: UInt8 = 9
    static let uint8z: UInt8 = 10
    static let uint16z: UInt8 = 11
    static let uint32z: UInt8 = 12
    static let byte: UInt8 = 13
    static let sint64: UInt8 = 14
    static let uint64: UInt8 = 15
    static let uint64z: UInt8 = 16

    /// Bytes of one element; 1 for unknown base types (read as bytes).
    static func size(_ type: UInt8) -> Int {
        switch type {
        case sint16, uint16, uint16z: 2
        case sint32, uint32, uint32z, float32: 4
        case float64, sint64, uint64, uint64z: 8
        default: 1
        }
    }

    static func isSigned(_ type: UInt8) -> Bool { type == sint8 || type == sint16 || type == sint32 || type == sint64 }

    /// Whether the raw bits (zero-extended to 64 bits) are the type's invalid value.
    static func isInvalid(_ raw: UInt64, type: UInt8) -> Bool { raw == invalidValue(type) }

    /// The raw bits (zero-extended to 64 bits) of the type's invalid value.
    static func invalidValue(_ type: UInt8) -> UInt64 {
        switch type {
        case enumeration, uint8, byte: 0xFF
        case sint8: 0x7F
        case sint16: 0x7FFF
        case uint16: 0xFFFF
        case sint32: 0x7FFF_FFFF
        case uint32, float32: 0xFFFF_FFFF
        case float64, uint64: UInt64.max
        case sint64: 0x7FFF_FFFF_FFFF_FFFF
        case uint8z, uint16z, uint32z, uint64z, string: 0
        default: 0xFF
        }
    }
}
