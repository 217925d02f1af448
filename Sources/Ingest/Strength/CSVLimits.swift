/// The caps on one CSV record: beyond them the record is reported with its line, not kept.
enum CSVLimits {
    /// The longest record kept, in bytes (a strength-log row is well under 1 KiB).
    static let maximumRecordBytes = 64 * 1024
    /// The most fields a record may have.
    static let maximumFields = 1024
}
