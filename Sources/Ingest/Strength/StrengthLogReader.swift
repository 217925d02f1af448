import Foundation
import HipBalanceCore

/// Reads strength-training logs exported by Strong, Hevy, FitNotes, Fitbod, JEFIT, coach
/// spreadsheets and Garmin Connect (`summarizedActivities.json`).
public enum StrengthLogReader {
    /// Detects the format from the header line (after gunzip if gzip, decoded as the reader
    /// decodes it (`TextDecodingByteSource`), after a UTF-8 BOM; delimiter sniffed outside
    /// quotes); nil if not a strength log.
    public static func detect(prefix: Data) -> StrengthFormat? {
        var bytes = TextDecodingByteSource.utf8Prefix(GzipPrefix.content(prefix))[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard !bytes.contains(0) else { return nil }
        let text = Substring(String(decoding: bytes, as: UTF8.self))
        if JefitLayout.isJefit(text) { return .jefit }
        if GarminSummaryLayout.isGarminSummary(text) { return .garmin }
        let header = CSVReader.headerLine(of: text)
        let delimiter = CSVReader.sniffDelimiter(header)
        guard let names = CSVReader.records(in: header, delimiter: delimiter).first?.fields else { return nil }
        return format(ofHeader: names)
    }

    /// Reads a strength log held in memory (tests, fuzzing); see `read(bytes:source:options:)`.
    public static func read(data: Data, source: String, options: StrengthReadOptions) throws(IngestError) -> StrengthLog
    {
        try read(bytes: DataByteSource(data), source: source, options: options)
    }

    /// The most bytes read from one strength log (a decade of daily logging is a few MiB): a
    /// larger file is refused by its size before it is read.
    public static let maximumBytes = 1 << 30
    /// The most bytes of a Garmin summary read (one JSON document, parsed whole).
    public static let maximumJSONBytes = 64 << 20
    /// The most sets one log may hold: beyond it the file is rejected, so that memory stays
    /// bounded whatever the file's size (a set costs about 100 bytes in memory, see
    /// docs/robustness.md). An athlete logging 20 sets four times a week writes about 4,000 sets a
    /// year, so a million is a coach sheet of 25 athletes over a decade.
    public static let maximumSets = 1_000_000

    /// Reads a strength log as a stream: CSV rows are read one at a time, so memory grows with
    /// the sets the log holds, not with its bytes. Throws only when the file is not a known format
    /// or unreadable (one clear error); bad rows become `rowErrors` in the result (file, row,
    /// column) and do not stop the file. A gzip-compressed log (`.csv.gz`) is decompressed as it
    /// streams (within `GzipLimits`); a cut or damaged one is rejected, as its last rows are lost.
    public static func read(bytes: some ByteSource, source: String, options: StrengthReadOptions) throws(IngestError)
        -> StrengthLog
    {
        var bytes = bytes
        let magic = try readHead(&bytes, count: 2)
        let whole = PrefixedByteSource(prefix: magic, rest: bytes)
        guard GzipPrefix.isGzip(magic) else { return try readPlain(whole, source: source, options: options) }
        let gunzip = GunzipByteSource(whole, source: source, chunkSize: 64 * 1024)
        let log: StrengthLog
        do {
            log = try readPlain(gunzip, source: source, options: options)
        } catch {
            // What the text reader saw is a consequence of the damage: the damage is the error.
            if let damage = gunzip.damage { throw IngestError(damage, at: SourceLocation(source: source)) }
            throw error
        }
        if let damage = gunzip.damage { throw IngestError(damage, at: SourceLocation(source: source)) }
        return log
    }

    /// `read(bytes:source:options:)` of the plain (not compressed) text.
    private static func readPlain(_ bytes: some ByteSource, source: String, options: StrengthReadOptions)
        throws(IngestError) -> StrengthLog
    {
        // UTF-8 from here on, whatever the file's encoding (a spreadsheet's Windows-1252, UTF-16).
        let decoder = TextDecodingByteSource(bytes, source: source)
        var input = CappedByteSource(decoder, limit: maximumBytes) { () -> IngestError in
            IngestError(
                "is larger than \(maximumBytes >> 20) MiB, the most read from one strength log",
                at: SourceLocation(source: source))
        }
        let start = SourceLocation(source: source, line: 1, column: 1)
        // The head decides the layout family; it is then read again through the row reader.
        var head = try readHead(&input, count: 64 * 1024)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let headText = Substring(String(decoding: head, as: UTF8.self))
        let rest = PrefixedByteSource(prefix: head, rest: input)
        var builder: StrengthLogBuilder
        if JefitLayout.isJefit(headText) {
            builder = StrengthLogBuilder(format: .jefit, source: source, options: options)
            var records = CSVRecords(rest, delimiter: ",", source: source)
            try JefitLayout.read(&records, into: &builder)
            return try finish(&builder, encoding: decoder.encoding)
        }
        if GarminSummaryLayout.isGarminSummary(headText) {
            builder = StrengthLogBuilder(format: .garmin, source: source, options: options)
            try GarminSummaryLayout.read(try json(rest, source: source), into: &builder)
            return try finish(&builder, encoding: decoder.encoding)
        }
        let delimiter = CSVReader.sniffDelimiter(CSVReader.headerLine(of: headText))
        var records = CSVRecords(rest, delimiter: delimiter, source: source)
        let headerRecord = try records.next()
        if let overflow = headerRecord?.overflow {
            throw IngestError("not a strength log: the header \(overflow)", at: start)
        }
        let isBlank = headerRecord.map { !$0.fields.contains { !$0.trimmingSpaces.isEmpty } } ?? true
        var isEmpty = isBlank
        if isBlank, headerRecord != nil { isEmpty = try records.next() == nil }
        guard let headerRecord, !isEmpty else {
            throw IngestError("empty file: expected a strength-log header line, found nothing", at: start)
        }
        guard let format = format(ofHeader: headerRecord.fields) else {
            let shown = headerRecord.fields.prefix(4).joined(separator: ", ")
            throw IngestError(
                "not a known strength-log format: expected a Strong, Hevy, FitNotes, Fitbod, JEFIT or coach-sheet header, "
                    + "found '\(shown)'", at: start)
        }
        builder = StrengthLogBuilder(format: format, source: source, options: options)
        let header = StrengthHeader(headerRecord.fields)
        if let unit = header.weightUnit { builder.noteUnit(unit) }
        var layout = layout(for: format, header: header, options: options)
        while let record = try records.next() {
            if let overflow = record.overflow {
                builder.error("\(overflow); row skipped", line: record.line)
                continue
            }
            layout.observe(record)
            if record.isUnterminated {
                builder.error("unterminated quoted field: the file ends inside quotes (truncated?)", line: record.line)
                continue
            }
            guard
                record.fields.count == header.fieldCount
                    || (record.fields.count > header.fieldCount
                        && record.fields[header.fieldCount...].allSatisfy(\.isEmpty))
            else {
                builder.error(
                    "expected \(header.fieldCount) fields, found \(record.fields.count)", line: record.line,
                    column: min(record.fields.count, header.fieldCount) + 1)
                continue
            }
            do throws(RowError) {
                try layout.read(RowFields(record: record, header: header), into: &builder)
            } catch {
                builder.error(error.message, line: record.line, column: error.column.map { $0 + 1 })
            }
            try builder.checkSize(waiting: layout.waitingRows)
        }
        layout.finish(into: &builder)
        return try finish(&builder, encoding: decoder.encoding)
    }

    /// The log, checked against the set cap, with a warning when its text was not UTF-8.
    private static func finish(_ builder: inout StrengthLogBuilder, encoding: TextEncoding?) throws(IngestError)
        -> StrengthLog
    {
        if encoding == .windows1252 {
            builder.warn(
                "not UTF-8 text: read as Windows-1252 (how Excel on Windows saves CSV in Western Europe); "
                    + "if accented names look wrong, save the sheet as \"CSV UTF-8\"")
        }
        try builder.checkSize()
        return builder.finish()
    }

    /// The first `count` bytes of a source (fewer when it is shorter).
    private static func readHead(_ input: inout some ByteSource, count: Int) throws(IngestError) -> Data {
        var head = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try input.read(into: &head, from: filled)
            if n == 0 { break }
            filled += n
        }
        return Data(head[0..<filled])
    }

    /// A whole JSON document of at most `maximumJSONBytes`, checked to be UTF-8 text.
    private static func json(_ input: some ByteSource, source: String) throws(IngestError) -> Data {
        var input = input
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var validator = UTF8Validator()
        var isText = true
        while true {
            let n = try input.read(into: &chunk)
            if n == 0 { break }
            if validator.firstInvalid(in: chunk[0..<n]) != nil {
                isText = false
                break
            }
            data.append(contentsOf: chunk[0..<n])
            guard data.count <= maximumJSONBytes else {
                throw IngestError(
                    "is larger than \(maximumJSONBytes >> 20) MiB, the most read from a Garmin summary export",
                    at: SourceLocation(source: source))
            }
        }
        guard isText, validator.isComplete else {
            throw IngestError(
                "not a text file: expected UTF-8 JSON, found binary or non-UTF-8 data",
                at: SourceLocation(source: source, line: 1, column: 1))
        }
        return data
    }

    /// The format a header line belongs to, by the meaning of its column names.
    static func format(ofHeader names: [String]) -> StrengthFormat? {
        let keys = Set(names.map { StrengthHeader.key($0) })
        let header = StrengthHeader(names)
        guard header.has(.exercise) else { return nil }
        if keys.contains("exercisetitle"), header.has(.setType) || keys.contains("setindex") { return .hevy }
        if keys.contains("iswarmup") || keys.contains("multiplier") { return .fitbod }
        if header.has(.category), !header.has(.setOrder) { return .fitnotes }
        if header.has(.setOrder, .workoutName, .date) { return .strong }
        if header.has(.date), header.has(.reps) || header.has(.weight) || header.has(.seconds) { return .generic }
        return nil
    }

    /// The layout for a format.
    private static func layout(for format: StrengthFormat, header: StrengthHeader, options: StrengthReadOptions)
        -> any RowLayout
    {
        switch format {
        case .strong: StrongLayout(header: header, options: options)
        case .hevy: HevyLayout(header: header)
        case .fitnotes: FitNotesLayout(header: header)
        case .fitbod: FitbodLayout(options: options)
        case .generic: CoachSheetLayout(header: header)
        case .jefit, .garmin, .fit: preconditionFailure("JEFIT, Garmin and FIT files are not row layouts")
        }
    }
}

extension StrengthLogReader {
    /// Reads a strength log from an open handle as a stream, hashing every byte as it passes (the
    /// rest of the file after an early error is read into the hash too): `digest` is the hash of
    /// exactly the bytes read.
    public static func read(
        fileHandle: FileHandle, source: String, options: StrengthReadOptions, digest: inout ContentDigest
    ) throws(IngestError) -> StrengthLog {
        do {
            try RegularFile.checkSize(of: fileHandle, maximumSize: maximumBytes, what: "strength log")
        } catch {
            throw IngestError(error.message, at: SourceLocation(source: source))
        }
        let bytes = HashingByteSource(FileDescriptorByteSource(descriptor: fileHandle.fileDescriptor, source: source))
        let result: Result<StrengthLog, IngestError>
        do {
            result = .success(try read(bytes: bytes, source: source, options: options))
        } catch {
            result = .failure(error)
        }
        try bytes.drain()
        digest = bytes.digest
        return try result.get()
    }
}
