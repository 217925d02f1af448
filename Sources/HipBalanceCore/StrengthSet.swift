import Foundation

/// One set of one exercise as logged.
///
/// A log may hold up to `StrengthLogReader.maximumSets` sets, so a set is stored compactly (96
/// bytes): the time as day number and second, optional numbers without a separate flag
/// (`CompactDouble`, `CompactInt`), the exercise name shared with every other set of the log
/// that spells it the same way, and no file name (its session has it).
public struct StrengthSet: Sendable, Hashable {
    /// The exercise name exactly as written in the file.
    public var exerciseName: String
    /// The catalogue id the name resolved to; nil until resolved or when unknown.
    public var exerciseID: String?
    private var storedLoad: CompactDouble
    private var storedRPE: CompactDouble
    private var storedRIR: CompactDouble
    private var storedDuration: CompactDouble
    private var storedDistance: CompactDouble
    private var dayNumber: Int32
    private var secondOfDay: Int32
    private var storedReps: CompactInt
    private var storedLine: CompactInt
    public var kind: SetKind

    public init(
        time: LocalDateTime, exerciseName: String, exerciseID: String? = nil, kind: SetKind = .working,
        reps: Int? = nil, loadKilograms: Double? = nil, rpe: Double? = nil, rir: Double? = nil,
        durationSeconds: Double? = nil, distanceMeters: Double? = nil, line: Int? = nil
    ) {
        self.exerciseName = exerciseName
        self.exerciseID = exerciseID
        self.kind = kind
        storedLoad = CompactDouble(loadKilograms)
        storedRPE = CompactDouble(rpe)
        storedRIR = CompactDouble(rir)
        storedDuration = CompactDouble(durationSeconds)
        storedDistance = CompactDouble(distanceMeters)
        storedReps = CompactInt(reps)
        storedLine = CompactInt(line)
        dayNumber = 0
        secondOfDay = 0
        self.time = time
    }

    /// Local wall-clock time of the workout (or of the set, when the app logs that).
    public var time: LocalDateTime {
        get { LocalDateTime(date: LocalDate(dayNumber: Int(dayNumber)), secondOfDay: Int(secondOfDay)) }
        set {
            dayNumber = Int32(clamping: newValue.date.dayNumber)
            secondOfDay = Int32(clamping: newValue.secondOfDay)
        }
    }

    public var reps: Int? {
        get { storedReps.value }
        set { storedReps = CompactInt(newValue) }
    }

    public var loadKilograms: Double? {
        get { storedLoad.value }
        set { storedLoad = CompactDouble(newValue) }
    }

    /// Rate of perceived exertion (1–10) when logged.
    public var rpe: Double? {
        get { storedRPE.value }
        set { storedRPE = CompactDouble(newValue) }
    }

    /// Reps in reserve when logged.
    public var rir: Double? {
        get { storedRIR.value }
        set { storedRIR = CompactDouble(newValue) }
    }

    /// For timed holds (planks, stretches).
    public var durationSeconds: Double? {
        get { storedDuration.value }
        set { storedDuration = CompactDouble(newValue) }
    }

    /// For sets done over a distance (carries, sled pushes).
    public var distanceMeters: Double? {
        get { storedDistance.value }
        set { storedDistance = CompactDouble(newValue) }
    }

    /// The line of its file the set was read from (the file is its session's `source`); nil
    /// for inputs without lines (JSON, FIT).
    public var line: Int? {
        get { storedLine.value }
        set { storedLine = CompactInt(newValue) }
    }
}

extension StrengthSet: Codable {
    private enum CodingKeys: String, CodingKey {
        case time, exerciseName, exerciseID, kind, reps, loadKilograms, rpe, rir, durationSeconds, distanceMeters, line
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            time: try c.decode(LocalDateTime.self, forKey: .time),
            exerciseName: try c.decode(String.self, forKey: .exerciseName),
            exerciseID: try c.decodeIfPresent(String.self, forKey: .exerciseID),
            kind: try c.decode(SetKind.self, forKey: .kind), reps: try c.decodeIfPresent(Int.self, forKey: .reps),
            loadKilograms: try c.decodeIfPresent(Double.self, forKey: .loadKilograms),
            rpe: try c.decodeIfPresent(Double.self, forKey: .rpe),
            rir: try c.decodeIfPresent(Double.self, forKey: .rir),
            durationSeconds: try c.decodeIfPresent(Double.self, forKey: .durationSeconds),
            distanceMeters: try c.decodeIfPresent(Double.self, forKey: .distanceMeters),
            line: try c.decodeIfPresent(Int.self, forKey: .line))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(time, forKey: .time)
        try c.encode(exerciseName, forKey: .exerciseName)
        try c.encodeIfPresent(exerciseID, forKey: .exerciseID)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(reps, forKey: .reps)
        try c.encodeIfPresent(loadKilograms, forKey: .loadKilograms)
        try c.encodeIfPresent(rpe, forKey: .rpe)
        try c.encodeIfPresent(rir, forKey: .rir)
        try c.encodeIfPresent(durationSeconds, forKey: .durationSeconds)
        try c.encodeIfPresent(distanceMeters, forKey: .distanceMeters)
        try c.encodeIfPresent(line, forKey: .line)
    }
}
