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
