import Foundation

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
    /// The file the session was read from (its sets carry only their line numbers).
    public var source: String?
    /// The athlete column's value, as written, when a coach sheet names athletes (a run keeps the
    /// sessions of the athlete whose folder holds the sheet); nil for every other log.
    public var athlete: String?

    public init(
        start: LocalDateTime, name: String? = nil, sets: [StrengthSet] = [], cardio: [CardioEntry] = [],
        perceivedExertion: Double? = nil, durationSeconds: Double? = nil, source: String? = nil, athlete: String? = nil
    ) {
        self.start = start
        self.name = name
        self.sets = sets
        self.cardio = cardio
        self.perceivedExertion = perceivedExertion
        self.durationSeconds = durationSeconds
        self.source = source
        self.athlete = athlete
    }
}
