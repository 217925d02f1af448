/// One field of a definition message: where its bytes sit in the data message and how to read them.
///
/// How its elements are read is worked out once, when the definition is read, not on every data
/// message: a field whose size is not a multiple of its base type's size is read as bytes (what
/// Garmin's decoder does too; COROS writes uint32 fields of size 1).
struct FitFieldDefinition: Sendable, Hashable {
    var number: UInt8
    var offset: Int
    var size: Int
    /// Base-type number (bits 0–4 of the base-type byte; the endian-ability bit is dropped).
    var baseType: UInt8
    /// The type elements are read as: `baseType`, or `byte` for a misaligned size.
    let elementType: UInt8
    /// Bytes of one element (1, 2, 4 or 8); 0 for a field of size 0, which has no elements.
    let elementSize: Int
    /// The raw bits (zero-extended) that mean "invalid" for `elementType`.
    let invalid: UInt64
    /// Integers, not floats or text.
    let isInteger: Bool
    let isSigned: Bool

    init(number: UInt8, offset: Int, size: Int, baseType: UInt8) {
        self.number = number
        self.offset = offset
        self.size = size
        self.baseType = baseType
        let natural = FitBaseType.size(baseType)
        elementType = size % natural == 0 ? baseType : FitBaseType.byte
        elementSize = size == 0 ? 0 : FitBaseType.size(elementType)
        invalid = FitBaseType.invalidValue(elementType)
        isInteger =
            elementType != FitBaseType.float32 && elementType != FitBaseType.float64
            && elementType != FitBaseType.string
        isSigned = FitBaseType.isSigned(elementType)
    }

    /// Number of elements.
    var count: Int { elementSize == 0 ? 0 : size / elementSize }
}

/// A developer field of a definition message (its meaning comes from a `field_description`).
struct FitDeveloperFieldDefinition: Sendable, Hashable {
    var number: UInt8
    var offset: Int
    var size: Int
    var developerIndex: UInt8
}

/// What a definition message binds to a local message type: the global message and the layout
/// of the data messages that follow. A class, so that each data message refers to it without
/// copying (and retaining) its three arrays.
final class FitDefinition: Sendable {
    let globalNumber: UInt16
    let bigEndian: Bool
    let fields: [FitFieldDefinition]
    let developerFields: [FitDeveloperFieldDefinition]
    /// Bytes of one data message (without its header).
    let size: Int
    /// Field number → index in `fields` + 1 (0 = absent); 256 entries.
    private let slots: [UInt8]

    /// Parses the fixed part and field list. `fieldBytes` holds 3 bytes per field.
    init(
        globalNumber: UInt16, bigEndian: Bool, fieldBytes: UnsafeRawBufferPointer,
        developerBytes: UnsafeRawBufferPointer?
    ) {
        self.globalNumber = globalNumber
        self.bigEndian = bigEndian
        var fields: [FitFieldDefinition] = []
        fields.reserveCapacity(fieldBytes.count / 3)
        var slots = [UInt8](repeating: 0, count: 256)
        var offset = 0
        for i in stride(from: 0, to: fieldBytes.count - 2, by: 3) {
            let field = FitFieldDefinition(
                number: fieldBytes[i], offset: offset, size: Int(fieldBytes[i + 1]), baseType: fieldBytes[i + 2] & 0x1F)
            offset += field.size
            // A field number defined twice: the first one counts, the second is skipped by size.
            if slots[Int(field.number)] == 0, fields.count < 255 {
                fields.append(field)
                slots[Int(field.number)] = UInt8(fields.count)
            }
        }
        var developerFields: [FitDeveloperFieldDefinition] = []
        if let developerBytes {
            for i in stride(from: 0, to: developerBytes.count - 2, by: 3) {
                let field = FitDeveloperFieldDefinition(
                    number: developerBytes[i], offset: offset, size: Int(developerBytes[i + 1]),
                    developerIndex: developerBytes[i + 2])
                offset += field.size
                developerFields.append(field)
            }
        }
        self.fields = fields
        self.developerFields = developerFields
        self.slots = slots
        size = offset
    }

    /// The definition of field `number`, nil when the message does not carry it.
    @inline(__always)
    func field(_ number: UInt8) -> FitFieldDefinition? {
        slots.withUnsafeBufferPointer { slots in
            let slot = slots[Int(number)]
            return slot == 0 ? nil : fields.withUnsafeBufferPointer { $0[Int(slot) - 1] }
        }
    }
}

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
