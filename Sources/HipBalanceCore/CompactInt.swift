/// An optional small `Int` in 4 bytes instead of 9: `Int32.min` stands for nil.
///
/// For counts and line numbers kept by the million (a strength log's sets). Values outside
/// `Int32` are clamped (a reader caps repetitions at 9,999, and a line number past two billion
/// is past the size cap of any file read).
struct CompactInt: Sendable, Hashable {
    private var raw: Int32

    init(_ value: Int?) {
        raw = value.map { max(Int32.min + 1, Int32(clamping: $0)) } ?? Int32.min
    }

    var value: Int? { raw == Int32.min ? nil : Int(raw) }
}
