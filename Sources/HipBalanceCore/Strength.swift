import Foundation

public enum WeightUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case kg
    case lb

    /// Kilograms in one unit.
    public var kilograms: Double { self == .kg ? 1 : 0.45359237 }
}

public enum SetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case working
    case warmup
    case drop
    case failure
}

/// One set of one exercise as logged.
public struct StrengthSet: Sendable, Hashable, Codable {
    /// Local wall-clock time of the workout (or of the set, when the app logs that).
    public var time: LocalDateTime
    /// The exercise name exactly as written in the file.
    public var exerciseName: String
    /// The catalogue id the name resolved to; nil until resolved or when unknown.
    public var exerciseID: String?
    public var kind: SetKind
    public var reps: Int?
    public var loadKilograms: Double?
    /// Rate of perceived exertion (1–10) when logged.
    public var rpe: Double?
    /// Reps in reserve when logged.
    public var rir: Double?
    /// For timed holds (planks, stretches).
    public var durationSeconds: Double?
    /// For sets done over a distance (carries, sled pushes).
    public var distanceMeters: Double?
    /// Where in the file it came from.
    public var location: SourceLocation?

    public init(
        time: LocalDateTime, exerciseName: String, exerciseID: String? = nil, kind: SetKind = .working,
        reps: Int? = nil, loadKilograms: Double? = nil, rpe: Double? = nil, rir: Double? = nil,
        durationSeconds: Double? = nil, distanceMeters: Double? = nil, location: SourceLocation? = nil
    ) {
        self.time = time
        self.exerciseName = exerciseName
        self.exerciseID = exerciseID
        self.kind = kind
        self.reps = reps
        self.loadKilograms = loadKilograms
        self.rpe = rpe
        self.rir = rir
        self.durationSeconds = durationSeconds
        self.distanceMeters = distanceMeters
        self.location = location
    }
}

/// A cardio row inside a strength log (treadmill, rowing, …): kept, never counted as strength.
public struct CardioEntry: Sendable, Hashable, Codable {
    public var time: LocalDateTime
    public var exerciseName: String
    public var durationSeconds: Double?
    public var distanceMeters: Double?

    public init(time: LocalDateTime, exerciseName: String, durationSeconds: Double? = nil, distanceMeters: Double? = nil) {
        self.time = time
        self.exerciseName = exerciseName
        self.durationSeconds = durationSeconds
        self.distanceMeters = distanceMeters
    }
}

/// One workout: the sets logged under one start time / workout name.
public struct StrengthSession: Sendable, Hashable, Codable {
    public var start: LocalDateTime
    public var name: String?
    public var sets: [StrengthSet]
    public var cardio: [CardioEntry]
    /// Session RPE (CR-10) when the app records one for the whole workout.
    public var perceivedExertion: Double?
    /// Duration of the whole workout when the app records it.
    public var durationSeconds: Double?

    public init(
        start: LocalDateTime, name: String? = nil, sets: [StrengthSet] = [], cardio: [CardioEntry] = [],
        perceivedExertion: Double? = nil, durationSeconds: Double? = nil
    ) {
        self.start = start
        self.name = name
        self.sets = sets
        self.cardio = cardio
        self.perceivedExertion = perceivedExertion
        self.durationSeconds = durationSeconds
    }
}

public enum StrengthFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case strong
    case hevy
    case fitnotes
    case fitbod
    case jefit
    case generic
    /// Garmin Connect export `summarizedActivities.json`: per-exercise totals of strength activities.
    case garmin
    /// Sets a Garmin watch recorded in a FIT activity file (`set` messages).
    case fit
}

/// Which weight unit a log used, as found.
public enum WeightUnitUsage: String, Sendable, Hashable, Codable {
    case kg
    case lb
    case mixed
    case unknown
}

/// What one strength-log file held.
public struct StrengthLog: Sendable, Hashable, Codable {
    public var format: StrengthFormat
    public var sessions: [StrengthSession]
    public var weightUnit: WeightUnitUsage
    /// Rows that could not be read (file, row, column, message); the rest of the file still counts.
    public var rowErrors: [IngestError]
    public var warnings: [String]
    /// When the generic coach sheet names athletes, the athlete column value per session index.
    public var athleteNames: [String?]

    public init(
        format: StrengthFormat, sessions: [StrengthSession], weightUnit: WeightUnitUsage,
        rowErrors: [IngestError] = [], warnings: [String] = [], athleteNames: [String?] = []
    ) {
        self.format = format
        self.sessions = sessions
        self.weightUnit = weightUnit
        self.rowErrors = rowErrors
        self.warnings = warnings
        self.athleteNames = athleteNames
    }
}
