import Foundation
import HipBalanceCore
import Ingest
import Reports

/// One athlete's parsed inputs turned into a deduplicated training log and the summary of
/// what went into it.
struct AthleteAssembly {
    var log = TrainingLog()
    var inputs = InputSummary()
    var counts = InputCounts()
    var rowErrors: [IngestError] = []
    var errors: [Diagnostic] = []

    /// Builds the log of `athlete` from the outcomes of its items (each names its item).
    init(
        athlete: DiscoveredAthlete, entry: AthleteEntry?, outcomes: [IngestOutcome],
        resolver: ExerciseResolver, timeZone: TimeZone
    ) {
        var activities: [Activity] = []
        var sessions: [StrengthSession] = []
        var watchSessions: [StrengthSession] = []
        // Garmin Connect's summaries of strength workouts, also in `sessions`.
        var garminSummaries: [StrengthSession] = []
        // FIT files that are not activities (monitoring, sleep, settings, …), by reason: listed
        // once per kind, since a Garmin account export holds thousands of them.
        var notTrainingData: [String: [String]] = [:]
        for file in athlete.notTrainingData { notTrainingData[file.reason, default: []].append(file.path) }
        var rejected = athlete.rejected
        var warnings = athlete.notes
        for outcome in outcomes {
            let item = outcome.item
            if outcome.fromCache { counts.fromCache += 1 } else { counts.parsed += 1 }
            switch outcome.parsed {
            case .rejected(let error):
                rejected.append(Diagnostic(error).at(path: item.path))
            case .activities(let file):
                if let log = file.strength {
                    warnings += log.warnings.map { $0.at(path: item.path) }
                    // A watch's sets name catalogue exercises but carry no ids (the activity reader
                    // knows no team catalogue): resolved here, once, against the athlete's catalogue.
                    watchSessions += resolver.resolvingExercises(of: log).sessions
                }
                if file.format == .fit, file.activities.isEmpty, file.strength == nil,
                    let reason = file.emptyReason, reason.hasSuffix("not training data")
                {
                    notTrainingData[reason, default: []].append(item.path)
                } else if file.activities.isEmpty && file.strength == nil {
                    warnings.append(
                        Diagnostic(
                            .warning, "no recorded activity (\(file.emptyReason ?? "nothing to analyse"))",
                            at: SourceLocation(source: item.path)))
                }
                warnings += file.warnings.map { $0.at(path: item.path) }
                for activity in file.activities {
                    var activity = item.strava?.applied(to: activity) ?? activity
                    if activity.source == nil { activity.source = item.path }
                    activities.append(activity)
                }
            case .strength(let log):
                warnings += log.warnings.map { $0.at(path: item.path) }
                rowErrors += log.rowErrors
                let (kept, foreign) = Self.sessions(of: log, for: athlete, entry: entry)
                if kept.isEmpty && foreign > 0 {
                    warnings.append(
                        Diagnostic(
                            .warning,
                            "names athletes, none of them '\(athlete.folder)'; add the spelling used there to the athlete's aliases in team.yaml",
                            at: SourceLocation(source: item.path)))
                }
                sessions += kept
                if log.format == .garmin { garminSummaries += kept }
            }
        }
        // A session dated in year 1 or 9999 (a wrong date column) would stretch the day-by-day
        // history over millennia: such sessions are left out, with a warning.
        let plausible = RunConfiguration.asOfRange
        let implausibleActivities = activities.filter { activity in
            activity.summary.start.map { !plausible.contains(LocalDate($0, in: timeZone)) } ?? false
        }
        let implausibleSessions = sessions.filter { !plausible.contains($0.start.date) }
        if !implausibleActivities.isEmpty || !implausibleSessions.isEmpty {
            let sources = Set(
                implausibleActivities.compactMap(\.source)
                    + implausibleSessions.compactMap(\.source))
            warnings.append(
                Diagnostic(
                    .warning,
                    "\(implausibleActivities.count + implausibleSessions.count) activities or strength sessions dated outside "
                        + "\(plausible.lowerBound) to \(plausible.upperBound) were left out (a wrong date?): \(sources.sorted().joined(separator: ", "))"
                ))
            activities.removeAll { activity in
                activity.summary.start.map { !plausible.contains(LocalDate($0, in: timeZone)) } ?? false
            }
            sessions.removeAll { !plausible.contains($0.start.date) }
        }
        for (reason, paths) in notTrainingData.sorted(by: { $0.key < $1.key }) {
            let examples = paths.sorted().prefix(3).joined(separator: ", ") + (paths.count > 3 ? ", …" : "")
            warnings.append(
                Diagnostic(.note, "\(paths.count) file\(paths.count == 1 ? "" : "s"): \(reason) (\(examples))"))
        }
        let dedupedActivities = Deduplication.activities(activities)
        let watch = Deduplication.watchStrengthSessions(
            watchSessions, loggedElsewhere: sessions, garminSummaries: garminSummaries
        ) { set in
            set.exerciseID ?? set.exerciseName.lowercased()
        }
        let dedupedSessions = Deduplication.strengthSessions((sessions + watch.kept).sorted { $0.start < $1.start })
        log = TrainingLog(activities: dedupedActivities.kept, strengthSessions: dedupedSessions.kept)

        counts.filesSeen =
            athlete.items.count + athlete.unknownFiles.count + athlete.rejected.count + athlete.metadataFiles.count
            + athlete.notTrainingData.count
        counts.rejected = rejected.count
        counts.unknown = athlete.unknownFiles.count
        counts.metadata = athlete.metadataFiles.count
        counts.duplicates = dedupedActivities.dropped + dedupedSessions.dropped + watch.dropped
        errors = rejected

        let days =
            log.activities.compactMap { $0.summary.start.map { LocalDate($0, in: timeZone) } }
            + log.strengthSessions.map(\.start.date)
        inputs = InputSummary(
            activities: log.activities.count,
            strengthSets: log.strengthSessions.reduce(0) { $0 + $1.sets.count },
            strengthSessions: log.strengthSessions.count,
            duplicatesDropped: counts.duplicates,
            rejectedFiles: rejected,
            unknownFiles: athlete.unknownFiles.map(\.path),
            // Every set was resolved once, by its reader or above; warm-ups are left out as the
            // model leaves them out.
            unknownExercises: UnknownExercise.list(in: log.strengthSessions.lazy.flatMap(\.sets)),
            warnings: warnings,
            lastActivity: days.max(), firstActivity: days.min())
    }

    /// The sessions of `log` that belong to the athlete, and how many belonged to others.
    ///
    /// A generic coach sheet may hold several athletes in an `athlete` column. A session whose
    /// name is absent is kept; a named one is kept when the name equals (ignoring case and
    /// spacing) the folder name, the configured name or one of the configured aliases.
    static func sessions(of log: StrengthLog, for athlete: DiscoveredAthlete, entry: AthleteEntry?) -> (
        kept: [StrengthSession], foreign: Int
    ) {
        let accepted = Set(
            ([athlete.folder, athlete.id, entry?.settings.name].compactMap { $0 } + (entry?.aliases ?? [])).map(
                normalisedName))
        var kept: [StrengthSession] = []
        var foreign = 0
        for session in log.sessions {
            if let name = session.athlete, !accepted.contains(normalisedName(name)) {
                foreign += 1
            } else {
                kept.append(session)
            }
        }
        return (kept, foreign)
    }

    static func normalisedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
