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
