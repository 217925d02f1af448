import Foundation

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
