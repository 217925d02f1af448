/// An optional `Double` in 8 bytes instead of 16: NaN stands for nil.
///
/// For values kept by the million (a strength log's sets). No reader produces NaN (numbers are
/// checked finite and in range before they are kept), so NaN is free to mean "not logged"; a NaN
/// stored reads back as nil. Equality and hashing are those of the optional value.
struct CompactDouble: Sendable, Hashable {
    private var bits: UInt64

    init(_ value: Double?) {
        bits = (value ?? .nan).bitPattern
    }

    var value: Double? {
        let value = Double(bitPattern: bits)
        return value.isNaN ? nil : value
    }

    static func == (lhs: CompactDouble, rhs: CompactDouble) -> Bool { lhs.value == rhs.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
