import Foundation
import HipBalanceCore

/// The bytes a cache row stores for one parsed input.
///
/// Activity series blocks are most of a cached activity and decoding them as JSON dominated a
/// warm run, so they are stored packed: eight little-endian doubles per block, NaN for an absent
/// optional (JSON cannot carry NaN, so no reader result ever contains one). Everything else is
/// sorted-key JSON. Layout: `HBC` + version, UInt32 JSON length, the JSON of the input with its blocks
/// removed, then per activity a UInt32 block count and the blocks.
enum CachePayload {
    /// Bump when the layout changes: rows with another magic are misses and parsed again.
    static let version = 1
    static let magic = Data("HBC\(version)".utf8)
    /// Doubles per packed `SeriesBlock`; a test pins it to the type's stored properties.
    static let doublesPerBlock = 8

    enum PayloadError: Error {
        case malformed
    }

    static func encode(_ parsed: ParsedInput) throws -> Data {
        var stripped = parsed
        var blocks: [[SeriesBlock]] = []
        if case .activities(var file) = parsed {
            blocks = file.activities.map(\.blocks)
            for index in file.activities.indices { file.activities[index].blocks = [] }
            stripped = .activities(file)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(stripped)
        var data = magic
        append(UInt32(json.count), to: &data)
        data.append(json)
        for list in blocks {
            append(UInt32(list.count), to: &data)
            var values: [Double] = []
            values.reserveCapacity(list.count * doublesPerBlock)
            for block in list {
                values += [
                    block.offsetSeconds, block.durationSeconds, block.movingSeconds, block.distanceMeters,
                    block.elevationChangeMeters ?? .nan, block.heartRate ?? .nan, block.power ?? .nan, block.cadence ?? .nan,
                ]
            }
            for value in values { append(value.bitPattern, to: &data) }
        }
        return data
    }

    static func decode(_ data: Data) throws -> ParsedInput {
        var reader = Reader(data: data)
        guard try reader.bytes(magic.count) == magic else { throw PayloadError.malformed }
        let jsonLength = Int(try reader.uint32())
        var parsed = try JSONDecoder().decode(ParsedInput.self, from: try reader.bytes(jsonLength))
        if case .activities(var file) = parsed {
            for index in file.activities.indices {
                let count = Int(try reader.uint32())
                let v = try reader.doubles(count * doublesPerBlock)
                file.activities[index].blocks = stride(from: 0, to: v.count, by: doublesPerBlock).map { i in
                    SeriesBlock(
                        offsetSeconds: v[i], durationSeconds: v[i + 1], movingSeconds: v[i + 2], distanceMeters: v[i + 3],
                        elevationChangeMeters: optional(v[i + 4]), heartRate: optional(v[i + 5]), power: optional(v[i + 6]),
                        cadence: optional(v[i + 7]))
                }
            }
            parsed = .activities(file)
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

        mutating func bytes(_ count: Int) throws -> Data {
            guard count >= 0, data.endIndex - offset >= count else { throw PayloadError.malformed }
            defer { offset += count }
            return data.subdata(in: offset..<offset + count)
        }

        mutating func uint32() throws -> UInt32 {
            let raw = try bytes(4)
            return raw.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
        }

        mutating func doubles(_ count: Int) throws -> [Double] {
            let raw = try bytes(count * 8)
            return raw.withUnsafeBytes { buffer in
                (0..<count).map { Double(bitPattern: UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) }
            }
        }
    }
}
