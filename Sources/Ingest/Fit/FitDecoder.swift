import HipBalanceCore

/// The FIT protocol walk: headers, definition and data records, compressed timestamps, chained
/// segments and checksums, in one pass over a byte stream.
///
/// Nothing in the file is trusted to be consistent: a header data size of 0 means "read records to
/// the end", a data size beyond the end is truncation, an undefined local message type ends its
/// segment (the next chained segment is still read when the data size says where it starts), a
/// checksum mismatch is a warning. Only bytes that are not FIT at all are an error.
enum FitDecoder {
    static func decode<Source: ByteSource, Handler: FitMessageHandler>(
        _ source: Source, into handler: inout Handler, sourceName: String
    ) throws(IngestError) -> FitDecodeReport {
        var input = FitInput(source)
        defer { input.release() }
        var report = FitDecodeReport(source: sourceName)
        while try !input.atEnd() {
            input.resetChecksum()
            guard let header = try readHeader(&input, segment: report.segments, report: &report, sourceName: sourceName)
            else {
                break
            }
            handler.beginSegment(report.segments)
            report.segments += 1
            let go = try decodeRecords(&input, dataSize: header.dataSize, into: &handler, report: &report)
            if !go { break }
        }
        if report.segments == 0 {
            throw IngestError("the file is empty", at: SourceLocation(source: sourceName))
        }
        return report
    }

    private struct Header {
        var dataSize: Int
    }

    /// Reads one segment header; nil (with a warning) when the bytes here are not one. The first
    /// segment's header must be a FIT header, or the file is not FIT.
    private static func readHeader<Source: ByteSource>(
        _ input: inout FitInput<Source>, segment: Int, report: inout FitDecodeReport, sourceName: String
    ) throws(IngestError) -> Header? {
        let offset = input.offset
        func notFit(_ why: String) throws(IngestError) -> Header? {
            if segment == 0 { throw IngestError("not a FIT file: \(why)", at: SourceLocation(source: sourceName)) }
            let left = try input.skip(Int.max)
            report.warn("\(left) bytes after FIT segment \(segment) are not a FIT header (\(why)); ignored", at: offset)
            return nil
        }
        guard let sizeByte = try input.peek(1) else { return nil }
        let headerSize = Int(sizeByte[0])
        guard headerSize >= 12 else { return try notFit("header size \(headerSize), expected 12 or 14") }
        guard let bytes = try input.peek(headerSize) else {
            if segment == 0, try input.peek(12).map(isSignature) != true {
                return try notFit("shorter than a FIT header")
            }
            _ = try input.skip(Int.max)
            report.truncated = true
            report.warn("the file ends inside a FIT header", at: offset)
            return nil
        }
        guard isSignature(bytes) else { return try notFit("no .FIT signature") }
        let dataSize = Int(bytes[4]) | Int(bytes[5]) << 8 | Int(bytes[6]) << 16 | Int(bytes[7]) << 24
        if headerSize >= 14 {
            let stored = UInt16(bytes[12]) | UInt16(bytes[13]) << 8
            let computed = FitCRC.update(0, UnsafeRawBufferPointer(rebasing: bytes[0..<12]))
            if stored != 0, stored != computed {
                report.warn("the FIT header's checksum does not match; the header was used anyway", at: offset)
            }
        }
        _ = try input.skip(headerSize)
        if dataSize == 0 {
            report.warn("the FIT header gives a data size of 0; records were read to the end of the file", at: offset)
        }
        return Header(dataSize: dataSize)
    }

    private static func isSignature(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 12 && bytes[8] == 0x2E && bytes[9] == 0x46 && bytes[10] == 0x49 && bytes[11] == 0x54
    }

    /// Decodes the records of one segment and checks its CRC; false when nothing can follow
    /// (truncation, or a broken segment whose end is unknown).
    private static func decodeRecords<Source: ByteSource, Handler: FitMessageHandler>(
        _ input: inout FitInput<Source>, dataSize: Int, into handler: inout Handler, report: inout FitDecodeReport
    ) throws(IngestError) -> Bool {
        let dataStart = input.offset
        let bounded = dataSize > 0
        var definitions = [FitDefinition?](repeating: nil, count: 16)
        var lastTimestamp: UInt32?
        var warnedCompressedWithoutBase = false

        func truncated(at offset: Int, _ what: String) {
            report.truncated = true
            report.warn("the file ends inside \(what); the records before it were kept", at: offset)
        }

        while true {
            if bounded {
                if input.offset - dataStart >= dataSize { break }
            } else if try !input.ensure(3) {
                break  // what is left is the checksum (or nothing)
            }
            let recordOffset = input.offset
            guard let headerBytes = try input.take(1) else {
                truncated(at: recordOffset, "the FIT data (the header promised \(dataSize) bytes)")
                return false
            }
            let header = headerBytes[0]
            if header & 0x80 == 0, header & 0x40 != 0 {
                // Definition message.
                guard let fixed = try input.take(5) else {
                    truncated(at: recordOffset, "a definition message")
                    return false
                }
                let architecture = fixed[1]
                let global = (UInt16(fixed[2]), UInt16(fixed[3]))
                let fieldCount = Int(fixed[4])
                guard architecture <= 1 else {
                    report.warn(
                        "a definition message gives architecture \(architecture) (expected 0 or 1); the rest of this FIT segment was skipped",
                        at: recordOffset)
                    return try skipRest(&input, dataStart: dataStart, dataSize: dataSize, report: &report)
                }
                let bigEndian = architecture == 1
                guard let fieldPointer = try input.take(3 * fieldCount) else {
                    truncated(at: recordOffset, "a definition message")
                    return false
                }
                let fieldBytes = [UInt8](fieldPointer)
                var developerBytes: [UInt8]?
                if header & 0x20 != 0 {
                    guard let countByte = try input.take(1), let devPointer = try input.take(3 * Int(countByte[0]))
                    else {
                        truncated(at: recordOffset, "a definition message")
                        return false
                    }
                    developerBytes = [UInt8](devPointer)
                }
                let number = bigEndian ? global.0 << 8 | global.1 : global.1 << 8 | global.0
                definitions[Int(header & 0x0F)] = fieldBytes.withUnsafeBytes { fields in
                    if let developerBytes {
                        return developerBytes.withUnsafeBytes { developer in
                            FitDefinition(
                                globalNumber: number, bigEndian: bigEndian, fieldBytes: fields,
                                developerBytes: developer)
                        }
                    }
                    return FitDefinition(
                        globalNumber: number, bigEndian: bigEndian, fieldBytes: fields, developerBytes: nil)
                }
                continue
            }
            // Data message, normal or with a compressed timestamp.
            let compressed = header & 0x80 != 0
            let local = compressed ? Int(header >> 5 & 0x03) : Int(header & 0x0F)
            guard let definition = definitions[local] else {
                report.warn(
                    "a data message uses local message type \(local), which no definition declared; the rest of this FIT segment was skipped",
                    at: recordOffset)
                return try skipRest(&input, dataStart: dataStart, dataSize: dataSize, report: &report)
            }
            guard let bytes = try input.take(definition.size) else {
                truncated(at: recordOffset, "a data message")
                return false
            }
            var timestamp: UInt32?
            if compressed {
                let timeOffset = UInt32(header & 0x1F)
                if let last = lastTimestamp {
                    var value = (last & ~0x1F) &+ timeOffset
                    if timeOffset < last & 0x1F { value &+= 32 }
                    timestamp = value
                    lastTimestamp = value
                } else if !warnedCompressedWithoutBase {
                    warnedCompressedWithoutBase = true
                    report.warn(
                        "a compressed timestamp comes before any full timestamp; its time is unknown", at: recordOffset)
                }
            } else if let field = definition.field(253), field.size == 4 {
                let probe = FitMessage(definition: definition, bytes: bytes, timestamp: nil, offset: recordOffset)
                if let value = probe.integer(253) {
                    timestamp = UInt32(truncatingIfNeeded: value)
                    lastTimestamp = timestamp
                }
            }
            handler.handle(FitMessage(definition: definition, bytes: bytes, timestamp: timestamp, offset: recordOffset))
        }

        // The file checksum follows the data.
        let computed = input.checksum
        let crcOffset = input.offset
        guard let stored = try input.take(2) else {
            if bounded || input.buffered > 0 {
                report.truncated = true
                report.warn("the file ends before the FIT file checksum", at: crcOffset)
            }
            return false
        }
        if UInt16(stored[0]) | UInt16(stored[1]) << 8 != computed {
            report.fileChecksumMismatches += 1
            report.warn("the FIT file checksum does not match; the records were kept", at: crcOffset)
        }
        return true
    }

    /// After a record that cannot be decoded: skips to the end of the segment when the header said
    /// where it is (checking the checksum there), else gives up on the rest of the file.
    private static func skipRest<Source: ByteSource>(
        _ input: inout FitInput<Source>, dataStart: Int, dataSize: Int, report: inout FitDecodeReport
    ) throws(IngestError) -> Bool {
        guard dataSize > 0 else { return false }
        let remaining = dataSize - (input.offset - dataStart)
        if remaining > 0, try input.skip(remaining) < remaining {
            report.truncated = true
            report.warn("the file ends before the end of the FIT data its header announced", at: input.offset)
            return false
        }
        let computed = input.checksum
        let crcOffset = input.offset
        guard let stored = try input.take(2) else { return false }
        if UInt16(stored[0]) | UInt16(stored[1]) << 8 != computed {
            report.fileChecksumMismatches += 1
            report.warn("the FIT file checksum does not match", at: crcOffset)
        }
        return true
    }
}
