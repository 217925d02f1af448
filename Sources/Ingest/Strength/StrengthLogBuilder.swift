import Foundation
import HipBalanceCore

/// Turns rows into a `StrengthLog`: groups sessions, converts loads to kilograms, classifies
/// cardio, timed and empty rows, and collects row errors and warnings.
struct StrengthLogBuilder {
    private struct SessionKey: Hashable {
        var start: LocalDateTime
        var name: String?
        var athlete: String?
    }

    let format: StrengthFormat
    let source: String
    let options: StrengthReadOptions
    private let resolver: ExerciseResolver
    /// Resolved exercises by name as written: logs repeat a few dozen names thousands of times,
    /// and every set of a name shares the one copy of it kept here.
    private var exercisesByName: [String: (name: String, exercise: Exercise?)] = [:]
    private var sessions: [StrengthSession] = []
    /// Sets and cardio entries added so far (checked against `StrengthLogReader.maximumSets`).
    private(set) var entryCount = 0
    private var sessionIndex: [SessionKey: Int] = [:]
    private var unitsUsed = Set<WeightUnit>()
    private var assumedUnitRows = 0
    private var emptyRows = 0
    private(set) var rowErrors: [IngestError] = []
    private var warnings: [Diagnostic] = []

    init(format: StrengthFormat, source: String, options: StrengthReadOptions) {
        self.format = format
        self.source = source
        self.options = options
        self.resolver = options.catalogue == .standard ? .standard : ExerciseResolver(catalogue: options.catalogue)
    }

    /// Records a bad row: file, line and 1-based column (as far as known).
    mutating func error(_ message: String, line: Int?, column: Int? = nil) {
        rowErrors.append(IngestError(message, at: SourceLocation(source: source, line: line, column: column)))
    }

    /// Records a warning about the file (once), at `line` when one row is to blame.
    mutating func warn(_ message: String, line: Int? = nil) {
        let warning = Diagnostic(.warning, message, at: SourceLocation(source: source, line: line))
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// `seconds` when a workout or exercise can last that long (0…12 h, `StrengthValues.longestPlausibleWorkout`);
    /// otherwise nil with one warning for the file: a timer left running (`47h 7min`) or damage.
    mutating func plausibleDuration(_ seconds: Double) -> Double? {
        guard (0...StrengthValues.longestPlausibleWorkout).contains(seconds) else {
            warn("durations outside 0 to 12 h (timers left running, or damage) were ignored")
            return nil
        }
        return seconds
    }

    /// Records that a unit is known for the whole file even when no row carries a load.
    mutating func noteUnit(_ unit: WeightUnit) { unitsUsed.insert(unit) }

    /// Adds one row: a set (or `setCount` sets), a cardio entry, or nothing for an empty row.
    mutating func add(_ row: StrengthRow) {
        let trimmed = row.exercise.trimmingSpaces
        guard !trimmed.isEmpty else {
            error("missing exercise name", line: row.line)
            return
        }
        let (exerciseName, exercise) = exercise(named: trimmed)
        let hasReps = (row.reps ?? 0) > 0
        let hasDuration = (row.durationSeconds ?? 0) > 0
        let hasDistance = (row.distanceMeters ?? 0) > 0
        let isCardio =
            exercise.map { $0.pattern == .cardio }
            ?? (row.category.map { StrengthHeader.key($0) == "cardio" } ?? false || (hasDistance && !hasReps))
        if isCardio {
            guard hasDuration || hasDistance || hasReps else {
                emptyRows += 1
                return
            }
            entryCount += 1
            sessions[session(for: row)].cardio.append(
                CardioEntry(
                    time: row.start, exerciseName: exerciseName,
                    durationSeconds: hasDuration ? row.durationSeconds : nil,
                    distanceMeters: hasDistance ? row.distanceMeters : nil))
            return
        }
        guard hasReps || hasDuration || row.performed || hasDistance else {
            emptyRows += 1
            return
        }
        let set = StrengthSet(
            time: row.start, exerciseName: exerciseName, exerciseID: exercise?.id, kind: row.kind,
            reps: hasReps ? row.reps : nil, loadKilograms: kilograms(row),
            rpe: rpe(row), rir: row.rir, durationSeconds: hasDuration ? row.durationSeconds : nil,
            distanceMeters: hasDistance ? row.distanceMeters : nil, line: row.line)
        entryCount += max(1, row.setCount)
        sessions[session(for: row)].sets.append(contentsOf: repeatElement(set, count: max(1, row.setCount)))
    }

    /// The row's RPE when on the 1–10 scale; `0` (written by some apps for "not logged") and
    /// values above 10 are dropped, the latter with a warning.
    private mutating func rpe(_ row: StrengthRow) -> Double? {
        guard let rpe = row.rpe, rpe > 0 else { return nil }
        guard rpe <= 10 else {
            warn("RPE values above 10 were ignored")
            return nil
        }
        return rpe
    }

    /// Sets a session's perceived exertion (Strong users log it as a pseudo-exercise, `Intensity`).
    mutating func setPerceivedExertion(_ value: Double, for row: StrengthRow) {
        sessions[session(for: row)].perceivedExertion = value
    }

    /// Stops the reading when the log holds more sets (with `waiting` rows still to come) than
    /// `StrengthLogReader.maximumSets`: memory grows with the sets, so their number is capped.
    func checkSize(waiting: Int = 0) throws(IngestError) {
        let limit = StrengthLogReader.maximumSets
        guard entryCount + waiting + rowErrors.count <= limit else {
            throw IngestError(
                "holds more than \(limit / 1_000_000) million sets and rows, the most read from one strength log: split it into smaller files "
                    + "(by athlete or by year) in the athletes' folders", at: SourceLocation(source: source))
        }
    }

    /// The finished log, sessions in start order; row errors in line order (layouts that wait
    /// for a file-wide convention report some rows late).
    func finish() -> StrengthLog {
        var warnings = warnings
        func warn(_ message: String) {
            warnings.append(Diagnostic(.warning, message, at: SourceLocation(source: source)))
        }
        let rowErrors = rowErrors.enumerated().sorted {
            ($0.element.location.line ?? Int.max, $0.offset) < ($1.element.location.line ?? Int.max, $1.offset)
        }.map(\.element)
        if assumedUnitRows > 0 {
            warn(
                "no weight unit in the file and none set for the athlete: "
                    + "\(assumedUnitRows) loads read as kilograms (set the athlete's weight unit to be sure)")
        }
        if emptyRows > 0 {
            warn("\(emptyRows) rows with no reps, time or distance were not counted as sets")
        }
        if !rowErrors.isEmpty {
            warn("\(rowErrors.count) rows could not be read and were skipped")
        }
        let order = sessions.indices.sorted {
            (sessions[$0].start, sessions[$0].name ?? "", sessions[$0].athlete ?? "", $0)
                < (sessions[$1].start, sessions[$1].name ?? "", sessions[$1].athlete ?? "", $1)
        }
        let usage: WeightUnitUsage =
            if assumedUnitRows > 0 { .unknown } else if unitsUsed.count > 1 { .mixed } else {
                unitsUsed.first.map { $0 == .kg ? .kg : .lb } ?? .unknown
            }
        return StrengthLog(
            format: format, sessions: order.map { sessions[$0] }, weightUnit: usage, rowErrors: rowErrors,
            warnings: warnings)
    }

    /// The shared copy of a name and the exercise it resolves to.
    private mutating func exercise(named name: String) -> (name: String, exercise: Exercise?) {
        if let known = exercisesByName[name] { return known }
        let resolved = (name: name, exercise: resolver.exercise(named: name))
        exercisesByName[name] = resolved
        return resolved
    }

    /// The index of the row's session, opened on its first set, cardio entry or session RPE.
    private mutating func session(for row: StrengthRow) -> Int {
        let name = row.workoutName.flatMap { $0.isEmpty ? nil : $0 }
        let key = SessionKey(start: row.start, name: name, athlete: row.athlete)
        if let index = sessionIndex[key] {
            if sessions[index].durationSeconds == nil, let duration = row.workoutDuration {
                sessions[index].durationSeconds = duration
            }
            return index
        }
        sessionIndex[key] = sessions.count
        sessions.append(
            StrengthSession(
                start: row.start, name: name, durationSeconds: row.workoutDuration, source: source,
                athlete: row.athlete))
        return sessions.count - 1
    }

    /// The row's load in kilograms, tracking which units the file used; nil for no external load
    /// (bodyweight sets, whether the app wrote `0`, `0.0` or nothing).
    private mutating func kilograms(_ row: StrengthRow) -> Double? {
        guard let weight = row.weight, weight > 0 else { return nil }
        if let unit = row.unit ?? options.defaultWeightUnit {
            unitsUsed.insert(unit)
            return StrengthValues.kilograms(weight, unit: unit)
        }
        assumedUnitRows += 1
        return StrengthValues.kilograms(weight, unit: .kg)
    }
}
