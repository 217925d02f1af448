import Foundation

/// A small FIT writer of our own, to build test inputs at test time (every trap the decoder
/// handles can be produced on purpose: big-endian definitions, compressed timestamps, chained
/// segments, bad checksums, wrong sizes, truncation).
public struct FitEncoder {
    /// A field value: integers (one or an array), text, raw bytes or the base type's invalid value.
    public enum Value {
        case int(Int64)
        case ints([Int64])
        case float(Double)
        case text(String)
        case raw([UInt8])
        case invalid
    }

    public struct FieldSpec {
        public var number: UInt8
        public var size: Int
        public var baseType: UInt8

        public init(number: UInt8, size: Int, baseType: UInt8) {
            self.number = number
            self.size = size
            self.baseType = baseType
        }
    }

    private struct Definition {
        var fields: [FieldSpec]
        var developerSizes: [Int]
        var bigEndian: Bool
    }

    /// Base-type bytes as written in definitions (endian-ability bit set for multi-byte types).
    public enum BaseType {
        public static let enumeration: UInt8 = 0x00
        public static let sint8: UInt8 = 0x01
        public static let uint8: UInt8 = 0x02
        public static let sint16: UInt8 = 0x83
        public static let uint16: UInt8 = 0x84
        public static let sint32: UInt8 = 0x85
        public static let uint32: UInt8 = 0x86
        public static let string: UInt8 = 0x07
        public static let float32: UInt8 = 0x88
        public static let uint8z: UInt8 = 0x0A
        public static let byte: UInt8 = 0x0D
    }

    /// Seconds from 1970 to the FIT epoch.
    public static let epoch: Int64 = 631_065_600

    public private(set) var records: [UInt8] = []
    private var definitions: [UInt8: Definition] = [:]

    public init() {}

    /// Appends a definition message for `local`.
    public mutating func define(
        local: UInt8, global: UInt16, fields: [FieldSpec], developer: [(number: UInt8, size: Int, index: UInt8)] = [],
        bigEndian: Bool = false
    ) {
        records.append(0x40 | (developer.isEmpty ? 0 : 0x20) | (local & 0x0F))
        records.append(0)
        records.append(bigEndian ? 1 : 0)
        records += bigEndian ? [UInt8(global >> 8), UInt8(global & 0xFF)] : [UInt8(global & 0xFF), UInt8(global >> 8)]
        records.append(UInt8(fields.count))
        for f in fields { records += [f.number, UInt8(f.size), f.baseType] }
        if !developer.isEmpty {
            records.append(UInt8(developer.count))
            for d in developer { records += [d.number, UInt8(d.size), d.index] }
        }
        definitions[local] = Definition(fields: fields, developerSizes: developer.map(\.size), bigEndian: bigEndian)
    }

    /// Appends a data message for `local` with one value per defined field (missing = invalid),
    /// and the developer fields' raw bytes.
    public mutating func data(local: UInt8, _ values: [UInt8: Value], developer: [[UInt8]] = []) {
        records.append(local & 0x0F)
        appendValues(local: local, values, developer: developer)
    }

    /// Appends a data message with a compressed-timestamp header (local 0–3, offset 0–31 s).
    public mutating func compressed(local: UInt8, timeOffset: UInt8, _ values: [UInt8: Value]) {
        records.append(0x80 | (local & 0x03) << 5 | (timeOffset & 0x1F))
        appendValues(local: local, values, developer: [])
    }

    /// Appends raw bytes (garbage, a record header with no definition, …).
    public mutating func raw(_ bytes: [UInt8]) { records += bytes }

    private mutating func appendValues(local: UInt8, _ values: [UInt8: Value], developer: [[UInt8]]) {
        guard let definition = definitions[local] else {
            preconditionFailure("local \(local) not defined")
        }
        for field in definition.fields {
            records += Self.encode(values[field.number] ?? .invalid, field: field, bigEndian: definition.bigEndian)
        }
        for (index, size) in definition.developerSizes.enumerated() {
            let bytes = index < developer.count ? developer[index] : []
            records += Array((bytes + [UInt8](repeating: 0xFF, count: size)).prefix(size))
        }
    }

    public static func baseSize(_ type: UInt8) -> Int {
        switch type & 0x1F {
        case 3, 4, 11: 2
        case 5, 6, 8, 12: 4
        case 9, 14, 15, 16: 8
        default: 1
        }
    }

    public static func invalidBits(_ type: UInt8) -> UInt64 {
        switch type & 0x1F {
        case 1: 0x7F
        case 3: 0x7FFF
        case 5: 0x7FFF_FFFF
        case 4: 0xFFFF
        case 6, 8: 0xFFFF_FFFF
        case 7, 10, 11, 12, 16: 0
        case 9, 15: UInt64.max
        case 14: 0x7FFF_FFFF_FFFF_FFFF
        default: 0xFF
        }
    }

    private static func encode(_ value: Value, field: FieldSpec, bigEndian: Bool) -> [UInt8] {
        let size = baseSize(field.baseType)
        func element(_ bits: UInt64, width: Int) -> [UInt8] {
            let little = (0..<width).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
            return bigEndian ? little.reversed() : little
        }
        let width = field.size % size == 0 ? size : 1
        let count = max(field.size / width, 0)
        var elements: [UInt64]
        switch value {
        case .int(let v): elements = [UInt64(bitPattern: v)]
        case .ints(let vs): elements = vs.map { UInt64(bitPattern: $0) }
        case .float(let v): elements = [UInt64(Float(v).bitPattern)]
        case .text(let text):
            let bytes = Array(text.utf8)
            return Array((bytes + [UInt8](repeating: 0, count: field.size)).prefix(field.size))
        case .raw(let bytes):
            return Array((bytes + [UInt8](repeating: 0xFF, count: field.size)).prefix(field.size))
        case .invalid: elements = []
        }
        var out: [UInt8] = []
        for i in 0..<count {
            out += element(
                i < elements.count ? elements[i] : invalidBits(width == size ? field.baseType : BaseType.byte),
                width: width)
        }
        return out
    }

    /// The whole segment: header (12 or 14 bytes), records, file CRC. `dataSize` overrides the
    /// header's data size, `corruptCRC` flips the file CRC, `headerCRC` nil writes 0.
    public func segment(headerSize: Int = 14, dataSize: Int? = nil, headerCRC: Bool = true, corruptCRC: Bool = false)
        -> [UInt8]
    {
        var header: [UInt8] = [UInt8(headerSize), 0x20, 0x54, 0x08]
        let size = UInt32(dataSize ?? records.count)
        header += (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * UInt32($0))) }
        header += Array(".FIT".utf8)
        if headerSize == 14 {
            let crc = headerCRC ? Self.crc(header) : 0
            header += [UInt8(crc & 0xFF), UInt8(crc >> 8)]
        }
        var bytes = header + records
        var crc = Self.crc(bytes)
        if corruptCRC { crc ^= 0x5A5A }
        bytes += [UInt8(crc & 0xFF), UInt8(crc >> 8)]
        return bytes
    }

    /// CRC-16/ARC, written independently of the decoder's (bitwise, no table).
    public static func crc(_ bytes: [UInt8]) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc ^= UInt16(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
        }
        return crc
    }
}

/// Activity-shaped FIT files built from plain values, on top of `FitEncoder`.
public struct FitActivityWriter {
    public typealias F = FitEncoder.FieldSpec
    public typealias B = FitEncoder.BaseType

    public var encoder = FitEncoder()
    public var bigEndian = false
    private var defined: Set<String> = []

    public init(bigEndian: Bool = false) { self.bigEndian = bigEndian }

    public static func fitTime(_ unix: Int64) -> Int64 { unix - FitEncoder.epoch }

    private mutating func ensure(
        _ name: String, local: UInt8, global: UInt16, _ fields: [F], developer: [(UInt8, Int, UInt8)] = []
    ) {
        let key = "\(name)#\(local)"
        guard !defined.contains(key) else { return }
        defined.insert(key)
        encoder.define(
            local: local, global: global, fields: fields,
            developer: developer.map { (number: $0.0, size: $0.1, index: $0.2) }, bigEndian: bigEndian)
    }

    public mutating func fileID(
        type: Int64 = 4, manufacturer: Int64 = 1, product: Int64 = 4315, productName: String? = nil, created: Int64
    ) {
        var fields = [
            F(number: 0, size: 1, baseType: B.enumeration), F(number: 1, size: 2, baseType: B.uint16),
            F(number: 2, size: 2, baseType: B.uint16), F(number: 4, size: 4, baseType: B.uint32),
        ]
        if productName != nil { fields.append(F(number: 8, size: 16, baseType: B.string)) }
        ensure("file_id\(productName != nil)", local: 0, global: 0, fields)
        var values: [UInt8: FitEncoder.Value] = [
            0: .int(type), 1: .int(manufacturer), 2: .int(product), 4: .int(Self.fitTime(created)),
        ]
        if let productName { values[8] = .text(productName) }
        encoder.data(local: 0, values)
    }

    public struct Point {
        public var time: Int64
        public var latitude: Double? = nil
        public var longitude: Double? = nil
        public var altitude: Double? = nil
        public var distance: Double? = nil
        public var heartRate: Int64? = nil
        public var cadence: Int64? = nil
        public var fractionalCadence: Int64? = nil
        public var power: Int64? = nil
        public var speed: Double? = nil

        public init(
            time: Int64, latitude: Double? = nil, longitude: Double? = nil, altitude: Double? = nil,
            distance: Double? = nil, heartRate: Int64? = nil, cadence: Int64? = nil, fractionalCadence: Int64? = nil,
            power: Int64? = nil, speed: Double? = nil
        ) {
            self.time = time
            self.latitude = latitude
            self.longitude = longitude
            self.altitude = altitude
            self.distance = distance
            self.heartRate = heartRate
            self.cadence = cadence
            self.fractionalCadence = fractionalCadence
            self.power = power
            self.speed = speed
        }
    }

    public mutating func record(_ p: Point) {
        ensure(
            "record", local: 1, global: 20,
            [
                F(number: 253, size: 4, baseType: B.uint32), F(number: 0, size: 4, baseType: B.sint32),
                F(number: 1, size: 4, baseType: B.sint32), F(number: 78, size: 4, baseType: B.uint32),
                F(number: 5, size: 4, baseType: B.uint32), F(number: 3, size: 1, baseType: B.uint8),
                F(number: 4, size: 1, baseType: B.uint8), F(number: 53, size: 1, baseType: B.uint8),
                F(number: 7, size: 2, baseType: B.uint16), F(number: 73, size: 4, baseType: B.uint32),
            ])
        var v: [UInt8: FitEncoder.Value] = [253: .int(Self.fitTime(p.time))]
        if let lat = p.latitude { v[0] = .int(Int64((lat * 2_147_483_648.0 / 180).rounded())) }
        if let lon = p.longitude { v[1] = .int(Int64((lon * 2_147_483_648.0 / 180).rounded())) }
        if let a = p.altitude { v[78] = .int(Int64(((a + 500) * 5).rounded())) }
        if let d = p.distance { v[5] = .int(Int64((d * 100).rounded())) }
        if let h = p.heartRate { v[3] = .int(h) }
        if let c = p.cadence { v[4] = .int(c) }
        if let c = p.fractionalCadence { v[53] = .int(c) }
        if let w = p.power { v[7] = .int(w) }
        if let s = p.speed { v[73] = .int(Int64((s * 1000).rounded())) }
        encoder.data(local: 1, v)
    }

    public struct Session {
        public var start: Int64
        public var elapsed: Double
        public var timer: Double? = nil
        public var distance: Double? = nil
        public var sport: Int64 = 1
        public var subSport: Int64 = 0
        public var averageHeartRate: Int64? = nil
        public var maximumHeartRate: Int64? = nil
        public var averagePower: Int64? = nil

        public init(
            start: Int64, elapsed: Double, timer: Double? = nil, distance: Double? = nil, sport: Int64 = 1,
            subSport: Int64 = 0, averageHeartRate: Int64? = nil, maximumHeartRate: Int64? = nil,
            averagePower: Int64? = nil
        ) {
            self.start = start
            self.elapsed = elapsed
            self.timer = timer
            self.distance = distance
            self.sport = sport
            self.subSport = subSport
            self.averageHeartRate = averageHeartRate
            self.maximumHeartRate = maximumHeartRate
            self.averagePower = averagePower
        }
    }

    public mutating func session(_ s: Session) {
        ensure(
            "session", local: 2, global: 18,
            [
                F(number: 253, size: 4, baseType: B.uint32), F(number: 2, size: 4, baseType: B.uint32),
                F(number: 5, size: 1, baseType: B.enumeration), F(number: 6, size: 1, baseType: B.enumeration),
                F(number: 7, size: 4, baseType: B.uint32), F(number: 8, size: 4, baseType: B.uint32),
                F(number: 9, size: 4, baseType: B.uint32), F(number: 16, size: 1, baseType: B.uint8),
                F(number: 17, size: 1, baseType: B.uint8), F(number: 20, size: 2, baseType: B.uint16),
            ])
        var v: [UInt8: FitEncoder.Value] = [
            253: .int(Self.fitTime(s.start) + Int64(s.elapsed)), 2: .int(Self.fitTime(s.start)), 5: .int(s.sport),
            6: .int(s.subSport), 7: .int(Int64(s.elapsed * 1000)), 8: .int(Int64((s.timer ?? s.elapsed) * 1000)),
        ]
        if let d = s.distance { v[9] = .int(Int64((d * 100).rounded())) }
        if let h = s.averageHeartRate { v[16] = .int(h) }
        if let h = s.maximumHeartRate { v[17] = .int(h) }
        if let p = s.averagePower { v[20] = .int(p) }
        encoder.data(local: 2, v)
    }

    public mutating func lap(start: Int64, end: Int64) {
        ensure(
            "lap", local: 3, global: 19,
            [F(number: 253, size: 4, baseType: B.uint32), F(number: 2, size: 4, baseType: B.uint32)])
        encoder.data(local: 3, [253: .int(Self.fitTime(end)), 2: .int(Self.fitTime(start))])
    }

    /// A timer event: type 0 start, 1 stop, 4 stop_all.
    public mutating func timer(at time: Int64, type: Int64) {
        ensure(
            "event", local: 4, global: 21,
            [
                F(number: 253, size: 4, baseType: B.uint32), F(number: 0, size: 1, baseType: B.enumeration),
                F(number: 1, size: 1, baseType: B.enumeration),
            ])
        encoder.data(local: 4, [253: .int(Self.fitTime(time)), 0: .int(0), 1: .int(type)])
    }

    public struct StrengthSet {
        public var start: Int64
        public var duration: Double
        public var reps: Int64? = nil
        public var weightKilograms: Double? = nil
        public var active = true
        public var categories: [Int64] = []
        public var subtypes: [Int64] = []
        /// The file/activity start the watch writes in field 254.
        public var fileTimestamp: Int64 = 0

        public init(
            start: Int64, duration: Double, reps: Int64? = nil, weightKilograms: Double? = nil, active: Bool = true,
            categories: [Int64] = [], subtypes: [Int64] = [], fileTimestamp: Int64 = 0
        ) {
            self.start = start
            self.duration = duration
            self.reps = reps
            self.weightKilograms = weightKilograms
            self.active = active
            self.categories = categories
            self.subtypes = subtypes
            self.fileTimestamp = fileTimestamp
        }
    }

    public mutating func set(_ s: StrengthSet) {
        ensure(
            "set", local: 5, global: 225,
            [
                F(number: 254, size: 4, baseType: B.uint32), F(number: 0, size: 4, baseType: B.uint32),
                F(number: 6, size: 4, baseType: B.uint32), F(number: 3, size: 2, baseType: B.uint16),
                F(number: 4, size: 2, baseType: B.uint16), F(number: 7, size: 6, baseType: B.uint16),
                F(number: 8, size: 6, baseType: B.uint16), F(number: 5, size: 1, baseType: B.uint8),
            ])
        var v: [UInt8: FitEncoder.Value] = [
            254: .int(Self.fitTime(s.fileTimestamp)), 0: .int(Int64(s.duration * 1000)), 6: .int(Self.fitTime(s.start)),
            5: .int(s.active ? 1 : 0), 7: .ints(s.categories), 8: .ints(s.subtypes),
        ]
        if let r = s.reps { v[3] = .int(r) }
        v[4] = .int(Int64(((s.weightKilograms ?? 0) * 16).rounded()))
        encoder.data(local: 5, v)
    }

    /// An `activity` message giving the local time offset.
    public mutating func activity(at time: Int64, localOffsetSeconds: Int64) {
        ensure(
            "activity", local: 6, global: 34,
            [F(number: 253, size: 4, baseType: B.uint32), F(number: 5, size: 4, baseType: B.uint32)])
        encoder.data(local: 6, [253: .int(Self.fitTime(time)), 5: .int(Self.fitTime(time) + localOffsetSeconds)])
    }

    public func bytes(headerSize: Int = 14, dataSize: Int? = nil, headerCRC: Bool = true, corruptCRC: Bool = false)
        -> Data
    {
        Data(encoder.segment(headerSize: headerSize, dataSize: dataSize, headerCRC: headerCRC, corruptCRC: corruptCRC))
    }
}
