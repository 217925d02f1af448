import Foundation

/// One decoded data message: a view of its bytes through its definition, valid only during the
/// handler call that receives it.
///
/// Field accessors return nil when the message lacks the field or the value is the base type's
/// invalid value. A field whose size is not a multiple of its base type's size is read as bytes
/// (what Garmin's decoder does too; COROS writes uint32 fields of size 1).
struct FitMessage {
    let definition: FitDefinition
    let bytes: UnsafeRawBufferPointer
    /// The message's own `timestamp` (253), or the one a compressed-timestamp header gives.
    let timestamp: UInt32?
    /// Offset of the record header in the FIT bytes.
    let offset: Int

    var globalNumber: UInt16 { definition.globalNumber }

    /// The element type and size a field is read with.
    private func layout(_ field: FitFieldDefinition) -> (type: UInt8, size: Int)? {
        let size = FitBaseType.size(field.baseType)
        if field.size == 0 { return nil }
        if field.size % size != 0 { return (FitBaseType.byte, 1) }
        return (field.baseType, size)
    }

    /// Raw bits of element `index` (zero-extended), in the definition's byte order.
    @inline(__always)
    private func rawElement(_ field: FitFieldDefinition, size: Int, index: Int) -> UInt64 {
        let base = field.offset + index * size
        var value: UInt64 = 0
        if definition.bigEndian {
            for i in 0..<size { value = value << 8 | UInt64(bytes[base + i]) }
        } else {
            for i in stride(from: size - 1, through: 0, by: -1) { value = value << 8 | UInt64(bytes[base + i]) }
        }
        return value
    }

    /// Number of elements of field `number` (0 when absent).
    func count(_ number: UInt8) -> Int {
        guard let field = definition.field(number), let (_, size) = layout(field) else { return 0 }
        return field.size / size
    }

    /// Element `index` of an integer field as a signed 64-bit value (sign-extended for signed types).
    func integer(_ number: UInt8, index: Int = 0) -> Int64? {
        guard let field = definition.field(number), let (type, size) = layout(field), index < field.size / size,
            type != FitBaseType.float32, type != FitBaseType.float64, type != FitBaseType.string
        else { return nil }
        let raw = rawElement(field, size: size, index: index)
        if FitBaseType.isInvalid(raw, type: type) { return nil }
        if FitBaseType.isSigned(type) {
            let shift = UInt64(64 - size * 8)
            return Int64(bitPattern: raw << shift) >> Int64(shift)
        }
        return Int64(bitPattern: raw)
    }

    /// Element `index` as a number: integers and floats, `raw / scale - offset`.
    func value(_ number: UInt8, scale: Double = 1, offset: Double = 0, index: Int = 0) -> Double? {
        guard let field = definition.field(number), let (type, size) = layout(field), index < field.size / size else {
            return nil
        }
        switch type {
        case FitBaseType.float32:
            let raw = rawElement(field, size: size, index: index)
            if FitBaseType.isInvalid(raw, type: type) { return nil }
            let v = Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw)))
            return v.isFinite ? v / scale - offset : nil
        case FitBaseType.float64:
            let raw = rawElement(field, size: size, index: index)
            if FitBaseType.isInvalid(raw, type: type) { return nil }
            let v = Double(bitPattern: raw)
            return v.isFinite ? v / scale - offset : nil
        default:
            return integer(number, index: index).map { Double($0) / scale - offset }
        }
    }

    /// A string field: UTF-8 up to the first NUL or the end of the field (some writers leave it
    /// unterminated); nil when empty.
    func string(_ number: UInt8) -> String? {
        guard let field = definition.field(number), field.size > 0 else { return nil }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[field.offset..<field.offset + field.size])
        let length = slice.firstIndex(of: 0) ?? slice.count
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: slice[0..<length]), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The bytes of a field, nil when absent.
    func rawBytes(_ number: UInt8) -> UnsafeRawBufferPointer? {
        guard let field = definition.field(number) else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[field.offset..<field.offset + field.size])
    }

    /// A developer field as a number, read with the base type its `field_description` gave.
    func developerValue(_ field: FitDeveloperFieldDefinition, baseType: UInt8, scale: Double, offset: Double) -> Double?
    {
        let size = FitBaseType.size(baseType)
        guard field.size >= size, field.size % size == 0 else { return nil }
        let standIn = FitFieldDefinition(number: 0, offset: field.offset, size: size, baseType: baseType)
        let raw = rawElement(standIn, size: size, index: 0)
        if FitBaseType.isInvalid(raw, type: baseType) { return nil }
        let v: Double
        switch baseType {
        case FitBaseType.float32: v = Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw)))
        case FitBaseType.float64: v = Double(bitPattern: raw)
        default:
            if FitBaseType.isSigned(baseType) {
                let shift = UInt64(64 - size * 8)
                v = Double(Int64(bitPattern: raw << shift) >> Int64(shift))
            } else {
                v = Double(raw)
            }
        }
        guard v.isFinite, scale != 0 else { return nil }
        return v / scale - offset
    }
}
