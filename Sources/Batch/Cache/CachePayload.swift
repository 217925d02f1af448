import Foundation
import HipBalanceCore
import Ingest

/// The bytes a cache row stores for one parsed input.
///
/// Activity series blocks are most of a cached activity and strength sets most of a cached
/// log; decoding them as JSON dominated a warm run, so both are stored packed. A block is eight
/// little-endian doubles, NaN for an absent optional (JSON cannot carry NaN, so no reader result
/// ever contains one). A set is a record of integers and the doubles it has, whose strings
/// (exercise names and ids) point into a string table. Everything else is sorted-key JSON. Layout:
/// `HBC` + version, the UInt32 CRC-32 of everything after it (a damaged row is detected and
/// parsed again, never used), UInt32 JSON length, the JSON of the input with its blocks and sets removed,
/// then per activity a UInt32 block count and the blocks, or for a strength log the string table
/// (UInt32 count, then UInt32 length + UTF-8 each) and per session a UInt32 set count and the sets.
enum CachePayload {
    /// Bump when the layout changes: rows with another magic are misses and parsed again.
    /// 4: readers' warnings are diagnostics (severity, line or byte offset), no longer strings.
    /// 5: a set record carries its line (no source, no column) and only the doubles it has.
    /// 6: strength logs' warnings are diagnostics too.
    /// 7: a coach sheet's athlete name is a field of its session (no `athleteNames` list).
    static let version = 7
    static let magic = Data("HBC\(version)".utf8)
    /// Doubles per packed `SeriesBlock`; a test pins it to the type's stored properties.
    static let doublesPerBlock = 8

    enum PayloadError: Error {
        /// Not a payload of this layout (another version): a plain miss.
        case otherVersion
        /// The checksum does not match or the bytes do not decode: the row is damaged.
        case malformed
    }

    static func encode(_ parsed: ParsedInput) throws -> Data {
        var stripped = parsed
        var blocks: [[SeriesBlock]] = []
        var sets: [[StrengthSet]] = []
        switch parsed {
        case .activities(var file):
            blocks = file.activities.map(\.blocks)
            for index in file.activities.indices { file.activities[index].blocks = [] }
            stripped = .activities(file)
        case .strength(var log):
            sets = log.sessions.map(\.sets)
            for index in log.sessions.indices { log.sessions[index].sets = [] }
            stripped = .strength(log)
        case .rejected:
            break
        }
        let json = try JSONStyle.cachePayload.encoder().encode(stripped)
        // Written in place, checksum last: a log's payload is tens of MB, so it is never copied.
        var data = magic
        append(UInt32(0), to: &data)
        let bodyStart = data.count
        append(UInt32(json.count), to: &data)
        data.append(json)
        for list in blocks {
            append(UInt32(list.count), to: &data)
            var values: [Double] = []
            values.reserveCapacity(list.count * doublesPerBlock)
            for block in list {
                values += [
                    block.offsetSeconds, block.durationSeconds, block.movingSeconds, block.distanceMeters,
                    block.elevationChangeMeters ?? .nan, block.heartRate ?? .nan, block.power ?? .nan,
                    block.cadence ?? .nan,
                ]
            }
            for value in values { append(value.bitPattern, to: &data) }
        }
        if case .strength = parsed { PackedSets.append(sets, to: &data) }
        let crc = checksum(data[bodyStart...])
        withUnsafeBytes(of: crc.littleEndian) { data.replaceSubrange(magic.count..<bodyStart, with: $0) }
        return data
    }

    /// CRC-32 (zlib) of the payload body.
    static func checksum(_ data: Data) -> UInt32 {
        var digest = ContentDigest()
        digest.update(data)
        return digest.crc
    }

    static func decode(_ data: Data) throws -> ParsedInput {
        var reader = Reader(data: data)
        guard data.count >= magic.count + 4, try reader.bytes(magic.count) == magic else {
            throw PayloadError.otherVersion
        }
        let stored = try reader.uint32()
        guard checksum(data.suffix(from: reader.offset)) == stored else { throw PayloadError.malformed }
        let jsonLength = Int(try reader.uint32())
        var parsed = try JSONStyle.cachePayload.decoder().decode(ParsedInput.self, from: try reader.bytes(jsonLength))
        if case .activities(var file) = parsed {
            for index in file.activities.indices {
                let count = Int(try reader.uint32())
                let v = try reader.doubles(count * doublesPerBlock)
                file.activities[index].blocks = stride(from: 0, to: v.count, by: doublesPerBlock).map { i in
                    SeriesBlock(
                        offsetSeconds: v[i], durationSeconds: v[i + 1], movingSeconds: v[i + 2],
                        distanceMeters: v[i + 3],
                        elevationChangeMeters: optional(v[i + 4]), heartRate: optional(v[i + 5]),
                        power: optional(v[i + 6]),
                        cadence: optional(v[i + 7]))
                }
            }
            parsed = .activities(file)
        }
        if case .strength(var log) = parsed {
            let sets = try PackedSets.read(sessions: log.sessions.count, from: &reader)
            for index in log.sessions.indices { log.sessions[index].sets = sets[index] }
            parsed = .strength(log)
        }
        guard reader.isAtEnd else { throw PayloadError.malformed }
        return parsed
    }

    static func optional(_ value: Double) -> Double? { value.isNaN ? nil : value }

    static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// Sequential reads with bounds checks: a damaged row is a miss, never a crash.
    struct Reader {
        let data: Data
        var offset: Int

        init(data: Data) {
            self.data = data
            offset = data.startIndex
        }

        var isAtEnd: Bool { offset == data.endIndex }

        var remaining: Int { data.endIndex - offset }

        mutating func bytes(_ count: Int) throws -> Data {
            guard count >= 0, data.endIndex - offset >= count else { throw PayloadError.malformed }
            defer { offset += count }
            return data.subdata(in: offset..<offset + count)
        }

        mutating func uint32() throws -> UInt32 {
            let raw = try bytes(4)
            return raw.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
        }

        mutating func int32() throws -> Int32 { Int32(bitPattern: try uint32()) }

        mutating func uint8() throws -> UInt8 {
            guard let byte = try bytes(1).first else { throw PayloadError.malformed }
            return byte
        }

        mutating func doubles(_ count: Int) throws -> [Double] {
            let raw = try bytes(count * 8)
            return raw.withUnsafeBytes { buffer in
                (0..<count).map {
                    Double(
                        bitPattern: UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)))
                }
            }
        }
    }
}
