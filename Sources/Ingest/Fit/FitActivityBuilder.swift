import Foundation
import HipBalanceCore

/// Turns the messages of a FIT file into per-session `ActivityAccumulator`s, strength sets and the
/// facts around them (device, file type, local time offset).
///
/// Records go to the session whose time range holds them when the sessions are known before the
/// records (summary-first files, or a second pass with a `FitPlan`); otherwise to one accumulator
/// for the whole file, which is the answer when the file has at most one session.
struct FitActivityBuilder: FitMessageHandler {
    let plan: FitPlan?

    private(set) var fileTypes: [Int64] = []
    private var manufacturer: Int64?
    private var product: Int64?
    private var productName: String?
    private var creatorManufacturer: Int64?
    private var creatorProduct: Int64?
    private var creatorName: String?

    private(set) var sessions: [FitSession] = []
    private var sportMessages: [(sport: Int64?, subSport: Int64?)] = []
    private var lapSports: [(sport: Int64?, subSport: Int64?)] = []
    private var lapStarts: [Double] = []
    private(set) var localTimeOffset: Double?
    private(set) var systemTimeOffset: Double?
    private(set) var systemTimesSeen = 0
    private(set) var heartRate = FitHeartRateSamples()
    private(set) var sets: [FitStrengthSet] = []
    private var setMessages = 0
    /// Active pool lengths (`length` messages of type active): start and timer seconds, at most
    /// `maximumLengths` of them (a pool swim has tens to a few hundred).
    private(set) var activeLengths: [(start: Double, seconds: Double)] = []

    static var maximumLengths: Int { 100_000 }

    private var developerPower: [UInt16: (baseType: UInt8, scale: Double, offset: Double)] = [:]
    private var compressedDistanceLast: UInt32?
    private var compressedDistanceTotal = 0.0

    /// Route records by session (sessions known before the first record).
    private var routing = false
    private var firstRecordSeen = false
    private var heartRateCursor: FitHeartRateCursor?
    private(set) var whole = ActivityAccumulator()
    private(set) var perSession: [Int: ActivityAccumulator] = [:]
    /// Record distances run on across the legs of a multisport file: each leg counts from the
    /// last distance before its first record.
    private var distanceBase: [Int: Double] = [:]
    private var lastDistance = 0.0
    private(set) var recordsOutsideSessions = 0
    private(set) var recordsInTransitions = 0
    private(set) var recordsWithoutHeartRate = 0

    static var listLimit: Int { 100_000 }
    /// A step between consecutive records longer than this (either way) is a clock jump, not a
    /// pause: the records after it are moved to follow the record before.
    static var clockJumpSeconds: Double { 86_400 }

    private var clockCorrection = 0.0
    private var lastRecordTime: Double?
    private(set) var clockJumps = 0
    private(set) var firstClockJump: (offset: Int, seconds: Double)?

    init(plan: FitPlan?) {
        self.plan = plan
        if let plan {
            sessions = plan.sessions
            systemTimeOffset = plan.systemTimeOffset
            if !plan.heartRate.isEmpty { heartRateCursor = FitHeartRateCursor(plan.heartRate) }
        }
    }

    mutating func beginSegment(_ index: Int) {
        clockCorrection = 0
        lastRecordTime = nil
        developerPower = [:]
        compressedDistanceLast = nil
    }

    mutating func handle(_ message: FitMessage) {
        switch message.globalNumber {
        case FitProfile.Message.record: record(message)
        case FitProfile.Message.fileID: fileID(message)
        case FitProfile.Message.deviceInfo: deviceInfo(message)
        case FitProfile.Message.session where plan == nil: session(message)
        case FitProfile.Message.sport:
            if sportMessages.count < Self.listLimit { sportMessages.append((message.integer(0), message.integer(1))) }
        case FitProfile.Message.lap:
            if lapStarts.count < Self.listLimit {
                lapStarts.append(time(message.integer(2)) ?? time(message.timestamp.map(Int64.init)) ?? .nan)
                lapSports.append((message.integer(25), message.integer(39)))
            }
        case FitProfile.Message.activity:
            if let utc = message.integer(253), let local = message.integer(5), utc >= FitProfile.systemTimeLimit {
                localTimeOffset = Double(local - utc)
            }
        case FitProfile.Message.timestampCorrelation:
            if let utc = message.integer(253), let system = message.integer(1), utc >= FitProfile.systemTimeLimit {
                systemTimeOffset = Double(utc - system)
            }
        case FitProfile.Message.heartRate where plan == nil:
            heartRate.add(message, utc: time(message.timestamp.map(Int64.init)))
        case FitProfile.Message.fieldDescription: fieldDescription(message)
        case FitProfile.Message.set where plan == nil: strengthSet(message)
        case FitProfile.Message.length where plan == nil: length(message)
        case FitProfile.Message.event: timerEvent(message)
        default: break
        }
    }

    // MARK: Time

    /// Seconds since 1970 for a FIT `date_time`; device (system) time is placed through
    /// `timestamp_correlation` when known, else nil.
    func time(_ raw: Int64?) -> Double? {
        guard let raw else { return nil }
        if raw >= FitProfile.systemTimeLimit { return Double(raw) + FitProfile.epochOffset }
        guard let systemTimeOffset else { return nil }
        return Double(raw) + systemTimeOffset + FitProfile.epochOffset
    }

    // MARK: Messages

    private mutating func fileID(_ message: FitMessage) {
        if let type = message.integer(0), fileTypes.count < 64 { fileTypes.append(type) }
        if manufacturer == nil {
            manufacturer = message.integer(1)
            product = message.integer(2)
            productName = message.string(8)
        }
    }

    private mutating func deviceInfo(_ message: FitMessage) {
        // The creator is device index 0; some writers leave the index out on their one message.
        let index = message.integer(0)
        guard index == 0 || (index == nil && creatorManufacturer == nil) else { return }
        creatorManufacturer = message.integer(2) ?? creatorManufacturer
        creatorProduct = message.integer(4) ?? creatorProduct
        creatorName = message.string(27) ?? creatorName
    }

    private mutating func session(_ message: FitMessage) {
        guard sessions.count < Self.listLimit else { return }
        var s = FitSession()
        s.sport = message.integer(5)
        s.subSport = message.integer(6)
        s.elapsedSeconds = message.value(7, scale: 1000)
        s.timerSeconds = message.value(8, scale: 1000)
        s.distanceMeters = message.value(9, scale: 100)
        // 0 is what devices write when the sensor was missing.
        s.averageHeartRate = message.value(16).flatMap { $0 > 0 ? $0 : nil }
        s.maximumHeartRate = message.value(17).flatMap { $0 > 0 ? $0 : nil }
        s.averageCadence = message.value(18).map { $0 + (message.value(92, scale: 128) ?? 0) }
        s.averagePower = message.value(20).flatMap { $0 > 0 ? $0 : nil }
        s.maximumPower = message.value(21).flatMap { $0 > 0 ? $0 : nil }
        s.normalizedPower = message.value(34).flatMap { $0 > 0 ? $0 : nil }
        s.ascentMeters = message.value(22)
        s.descentMeters = message.value(23)
        // The range: `start_time` (2) to `timestamp` (253, the end), widened to
        // `total_elapsed_time` (7) where the two disagree. Summary-first files write the file's
        // start as every session's timestamp, so a timestamp not after the start is not an end.
        let start = time(message.integer(2))
        let end = time(message.timestamp.map(Int64.init))
        let elapsed = s.elapsedSeconds ?? 0
        if let start, let end, end > start {
            s.start = min(start, end - elapsed)
            s.end = end
        } else if let start {
            s.start = start
            s.end = start + elapsed
        } else if let end {
            s.start = end - elapsed
            s.end = end
        }
        sessions.append(s)
    }

    private mutating func fieldDescription(_ message: FitMessage) {
        guard let index = message.integer(0), let number = message.integer(1), let baseType = message.integer(2) else {
            return
        }
        let nativeMessage = message.integer(14)
        let nativeField = message.integer(15)
        let name = message.string(3)?.lowercased()
        let onRecord = nativeMessage == nil || nativeMessage == Int64(FitProfile.Message.record)
        let isPower =
            (nativeMessage == Int64(FitProfile.Message.record) && nativeField == 7) || (onRecord && name == "power")
        let key = UInt16(truncatingIfNeeded: index) << 8 | UInt16(truncatingIfNeeded: number)
        guard isPower, developerPower.count < 256 else { return }
        let scale = message.value(6).flatMap { $0 > 0 ? $0 : nil } ?? 1
        developerPower[key] = (UInt8(truncatingIfNeeded: baseType) & 0x1F, scale, message.value(7) ?? 0)
    }

    private mutating func strengthSet(_ message: FitMessage) {
        setMessages += 1
        guard message.integer(5) == 1, sets.count < Self.listLimit else { return }
        let category = message.integer(7).flatMap { $0 == 65534 ? nil : UInt16(exactly: $0) }
        let subtype = category == nil ? nil : message.integer(8).flatMap { UInt16(exactly: $0) }
        let weight = message.value(4, scale: 16).flatMap { $0 > 0 ? $0 : nil }
        let reps = message.integer(3).flatMap { $0 > 0 ? Int($0) : nil }
        sets.append(
            FitStrengthSet(
                start: time(message.integer(6)) ?? .nan, durationSeconds: message.value(0, scale: 1000),
                repetitions: reps, weightKilograms: weight, category: category, subtype: subtype, index: sets.count))
    }

    private mutating func record(_ message: FitMessage) {
        if !firstRecordSeen {
            firstRecordSeen = true
            routing = sessions.count >= 2
        }
        var point = TrackPoint()
        if let raw = message.timestamp {
            if raw < FitProfile.systemTimeLimit { systemTimesSeen += 1 }
            point.time = time(Int64(raw)) ?? .nan
        }
        if point.time.isFinite {
            var corrected = point.time + clockCorrection
            if let previous = lastRecordTime, abs(corrected - previous) > Self.clockJumpSeconds {
                clockJumps += 1
                if firstClockJump == nil { firstClockJump = (message.offset, corrected - previous) }
                clockCorrection += previous + 1 - corrected
                corrected = previous + 1
            }
            lastRecordTime = corrected
            point.time = corrected
        }
        if let lat = message.integer(0), let lon = message.integer(1) {
            point.latitude = Double(lat) * (180.0 / 2_147_483_648.0)
            point.longitude = Double(lon) * (180.0 / 2_147_483_648.0)
        }
        // Altitude raw 0 decodes to -500 m: a placeholder, not a reading.
        if let altitude = message.value(78, scale: 5, offset: 500) ?? message.value(2, scale: 5, offset: 500),
            altitude > -500
        {
            point.elevation = altitude
        }
        if let distance = message.value(5, scale: 100) {
            point.distance = distance
        } else if let packed = message.rawBytes(8), packed.count == 3, !packed.allSatisfy({ $0 == 0xFF }) {
            // compressed_speed_distance: 12 bits speed (1/100 m/s), 12 bits rolling distance (1/16 m).
            let rolling = UInt32(packed[1] >> 4) | UInt32(packed[2]) << 4
            if let last = compressedDistanceLast { compressedDistanceTotal += Double((rolling &- last) & 0xFFF) / 16 }
            compressedDistanceLast = rolling
            point.distance = compressedDistanceTotal
            point.speed = Double(UInt32(packed[0]) | UInt32(packed[1] & 0x0F) << 8) / 100
        }
        if let speed = message.value(73, scale: 1000) ?? message.value(6, scale: 1000) { point.speed = speed }
        if let heartRate = message.value(3) { point.heartRate = heartRate }
        if let cadence = message.value(4) { point.cadence = cadence + (message.value(53, scale: 128) ?? 0) }
        if let power = message.value(7) {
            point.power = power
        } else if !developerPower.isEmpty {
            for field in message.definition.developerFields {
                let key = UInt16(field.developerIndex) << 8 | UInt16(field.number)
                if let description = developerPower[key],
                    let value = message.developerValue(
                        field, baseType: description.baseType, scale: description.scale, offset: description.offset)
                {
                    point.power = value
                    break
                }
            }
        }
        if let temperature = message.value(13) { point.temperature = temperature }
        if point.heartRate.isNaN || point.heartRate < 20 {
            if var cursor = heartRateCursor {
                if let merged = cursor.heartRate(at: point.time) { point.heartRate = merged }
                heartRateCursor = cursor
            } else {
                recordsWithoutHeartRate += 1
            }
        }
        route(point)
    }

    /// A pool `length` (101): active lengths (field 12 = 1) give the time spent swimming, start
    /// (2) and timer time (4, else elapsed time 3; ms); idle lengths are rest at the wall.
    private mutating func length(_ message: FitMessage) {
        guard message.integer(12) == 1, activeLengths.count < Self.maximumLengths,
            let start = time(message.integer(2)),
            let seconds = message.value(4, scale: 1000) ?? message.value(3, scale: 1000), seconds >= 0, seconds < 86_400
        else { return }
        activeLengths.append((start + clockCorrection, seconds))
    }

    /// A timer `event` (event 0): start (type 0) or stop (1 stop, 4 stop all, 8/9 stop and
    /// disable) goes to the accumulator that holds its time, so pauses are the device's own.
    private mutating func timerEvent(_ message: FitMessage) {
        guard message.integer(0) == 0, let type = message.integer(1),
            let raw = message.timestamp, var instant = time(Int64(raw))
        else { return }
        instant += clockCorrection
        let stop = type == 1 || type == 4 || type == 8 || type == 9
        guard type == 0 || stop else { return }
        func apply(_ accumulator: inout ActivityAccumulator) {
            if stop { accumulator.timerStopped(at: instant) } else { accumulator.timerStarted(at: instant) }
        }
        if routing, let index = sessions.lastIndex(where: { $0.contains(instant) }) {
            if sessions[index].isTransition { return }
            apply(&perSession[index, default: ActivityAccumulator()])
        } else {
            apply(&whole)
        }
    }

    private mutating func route(_ point: TrackPoint) {
        let previousDistance = lastDistance
        if point.distance.isFinite { lastDistance = point.distance }
        guard routing, point.time.isFinite else {
            whole.add(point)
            return
        }
        // The last session that holds the time, else one that holds it within a second (sessions
        // are few; this stays cheap).
        guard
            let index = sessions.lastIndex(where: { $0.start <= point.time && point.time <= $0.end })
                ?? sessions.lastIndex(where: { $0.contains(point.time) })
        else {
            recordsOutsideSessions += 1
            whole.add(point)
            return
        }
        if sessions[index].isTransition {
            recordsInTransitions += 1
            return
        }
        var point = point
        if distanceBase[index] == nil { distanceBase[index] = previousDistance }
        if point.distance.isFinite, let base = distanceBase[index] { point.distance = max(0, point.distance - base) }
        perSession[index, default: ActivityAccumulator()].add(point)
    }

    // MARK: Results

    /// Whether the records were split by session while reading.
    var routedBySession: Bool { routing }

    /// Whether a second pass would place records better than this one could.
    var needsSecondPass: Bool {
        guard plan == nil else { return false }
        let multisport = sessions.count >= 2 && !routing
        let heartRateToMerge = !heartRate.isEmpty && recordsWithoutHeartRate > 0
        let lateCorrelation = systemTimesSeen > 0 && systemTimeOffset != nil
        return multisport || heartRateToMerge || lateCorrelation
    }

    func makePlan() -> FitPlan {
        var samples = heartRate
        samples.finish()
        return FitPlan(sessions: sessions, heartRate: samples, systemTimeOffset: systemTimeOffset)
    }

    /// Sport and sub-sport of a file without sessions: its `sport` message, else its laps.
    var fallbackSport: (sport: Int64?, subSport: Int64?) {
        sportMessages.first ?? lapSports.first(where: { $0.sport != nil }) ?? (nil, nil)
    }

    /// Laps that start inside a time range (all laps when the range is unknown).
    func laps(in session: FitSession?) -> Int {
        guard let session, session.start.isFinite else { return lapStarts.count }
        return lapStarts.count { session.contains($0) }
    }

    /// The device that recorded the file: the creator's product name, else the file's.
    var deviceName: String? {
        if let name = FitDeviceNames.name(manufacturer: manufacturer, product: product, productName: productName) {
            return name
        }
        return FitDeviceNames.name(manufacturer: creatorManufacturer, product: creatorProduct, productName: creatorName)
    }

    var setMessageCount: Int { setMessages }
}
