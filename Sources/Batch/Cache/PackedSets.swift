import Foundation
import HipBalanceCore

/// Strength sets in the cache payload: a string table, then one record per set.
///
/// A record: Int32 day number and Int32 second of day, UInt32 indices of the exercise name and
/// the exercise id (`absent` when nil), Int32 line and reps (`Int32.min` when nil), UInt8 set
/// kind, UInt8 with one bit per double present (load, RPE, RIR, duration, distance in that
/// order), then those doubles.
enum PackedSets {
    static let absent = UInt32.max

    static func append(_ sets: [[StrengthSet]], to data: inout Data) {
        var strings: [String] = []
        var index: [String: UInt32] = [:]
        for set in sets.joined() {
            for text in [set.exerciseName, set.exerciseID] {
                guard let text, index[text] == nil else { continue }
                index[text] = UInt32(strings.count)
                strings.append(text)
            }
        }
        CachePayload.append(UInt32(strings.count), to: &data)
        for text in strings {
            let bytes = Data(text.utf8)
            CachePayload.append(UInt32(bytes.count), to: &data)
            data.append(bytes)
        }
        var record: [UInt8] = []
        record.reserveCapacity(64)
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { record.append(contentsOf: $0) }
        }
        for session in sets {
            CachePayload.append(UInt32(session.count), to: &data)
            for set in session {
                record.removeAll(keepingCapacity: true)
                let time = set.time
                put(Int32(clamping: time.date.dayNumber))
                put(Int32(clamping: time.secondOfDay))
                put(index[set.exerciseName] ?? absent)
                put(set.exerciseID.flatMap { index[$0] } ?? absent)
                put(set.line.map { Int32(clamping: $0) } ?? Int32.min)
                put(set.reps.map { Int32(clamping: $0) } ?? Int32.min)
                // Every kind is in `allCases`, so the fallback is never taken.
                put(UInt8(SetKind.allCases.firstIndex(of: set.kind) ?? SetKind.allCases.startIndex))
                let doubles = [set.loadKilograms, set.rpe, set.rir, set.durationSeconds, set.distanceMeters]
                var present: UInt8 = 0
                for (bit, value) in doubles.enumerated() where value != nil { present |= 1 << bit }
                put(present)
                for value in doubles { if let value { put(value.bitPattern) } }
                data.append(contentsOf: record)
            }
        }
    }

    static func read(sessions: Int, from reader: inout CachePayload.Reader) throws -> [[StrengthSet]] {
        var strings: [String] = []
        for _ in 0..<Int(try reader.uint32()) {
            strings.append(String(decoding: try reader.bytes(Int(try reader.uint32())), as: UTF8.self))
        }
        func string(_ reference: UInt32) throws -> String? {
            guard reference != absent else { return nil }
            guard Int(reference) < strings.count else { throw CachePayload.PayloadError.malformed }
            return strings[Int(reference)]
        }
        func integer(_ value: Int32) -> Int? { value == Int32.min ? nil : Int(value) }
        var result: [[StrengthSet]] = []
        for _ in 0..<sessions {
            let count = Int(try reader.uint32())
            // Each record takes at least 26 bytes: a damaged count cannot reserve more than the row holds.
            guard count <= reader.remaining / 26 else { throw CachePayload.PayloadError.malformed }
            var session: [StrengthSet] = []
            session.reserveCapacity(count)
            for _ in 0..<count {
                let day = Int(try reader.int32())
                let second = Int(try reader.int32())
                guard let name = try string(try reader.uint32()) else { throw CachePayload.PayloadError.malformed }
                let id = try string(try reader.uint32())
                let line = integer(try reader.int32())
                let reps = integer(try reader.int32())
                let kindIndex = Int(try reader.uint8())
                guard kindIndex < SetKind.allCases.count else { throw CachePayload.PayloadError.malformed }
                let present = try reader.uint8()
                guard present < 1 << 5 else { throw CachePayload.PayloadError.malformed }
                var doubles: [Double?] = []
                for bit in 0..<5 {
                    doubles.append(present & 1 << bit == 0 ? nil : try reader.doubles(1)[0])
                }
                session.append(
                    StrengthSet(
                        time: LocalDateTime(date: LocalDate(dayNumber: day), secondOfDay: second), exerciseName: name,
                        exerciseID: id, kind: SetKind.allCases[kindIndex], reps: reps, loadKilograms: doubles[0],
                        rpe: doubles[1], rir: doubles[2], durationSeconds: doubles[3], distanceMeters: doubles[4],
                        line: line))
            }
            result.append(session)
        }
        return result
    }
}
