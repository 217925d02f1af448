import Foundation

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
