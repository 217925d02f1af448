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

    /// Raw bits of element `index` (zero-extended), in the definition's byte order.
    @inline(__always)
    private func rawElement(_ field: FitFieldDefinition, index: Int) -> UInt64 {
        let base = field.offset + index * field.elementSize
        let big = definition.bigEndian
        switch field.elementSize {
        case 1:
            return UInt64(bytes[base])
        case 2:
            let v = bytes.loadUnaligned(fromByteOffset: base, as: UInt16.self)
            return UInt64(big ? UInt16(bigEndian: v) : UInt16(littleEndian: v))
        case 4:
            let v = bytes.loadUnaligned(fromByteOffset: base, as: UInt32.self)
            return UInt64(big ? UInt32(bigEndian: v) : UInt32(littleEndian: v))
        default:
            let v = bytes.loadUnaligned(fromByteOffset: base, as: UInt64.self)
            return big ? UInt64(bigEndian: v) : UInt64(littleEndian: v)
        }
    }

    /// Number of elements of field `number` (0 when absent).
    func count(_ number: UInt8) -> Int {
        definition.field(number)?.count ?? 0
    }

    /// Element `index` of an integer field as a signed 64-bit value (sign-extended for signed types).
    @inline(__always)
    func integer(_ number: UInt8, index: Int = 0) -> Int64? {
        guard let field = definition.field(number), field.isInteger, index < field.count else { return nil }
        return integer(field, index: index)
    }

    @inline(__always)
    private func integer(_ field: FitFieldDefinition, index: Int) -> Int64? {
        let raw = rawElement(field, index: index)
        if raw == field.invalid { return nil }
        if field.isSigned {
            let shift = UInt64(64 - field.elementSize * 8)
            return Int64(bitPattern: raw << shift) >> Int64(shift)
        }
        return Int64(bitPattern: raw)
    }

    /// Element `index` as a number: integers and floats, `raw / scale - offset`.
    @inline(__always)
    func value(_ number: UInt8, scale: Double = 1, offset: Double = 0, index: Int = 0) -> Double? {
        guard let field = definition.field(number), index < field.count else { return nil }
        if field.isInteger { return integer(field, index: index).map { Double($0) / scale - offset } }
        let raw = rawElement(field, index: index)
        if raw == field.invalid { return nil }
        let v: Double
        switch field.elementType {
        case FitBaseType.float32: v = Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw)))
        case FitBaseType.float64: v = Double(bitPattern: raw)
        default: return nil
        }
        return v.isFinite ? v / scale - offset : nil
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
        let raw = rawElement(standIn, index: 0)
        if raw == standIn.invalid { return nil }
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
