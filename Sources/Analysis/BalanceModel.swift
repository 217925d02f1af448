import Foundation
import HipBalanceCore

/// The balance model of `docs/model.md`: one athlete's log in, one assessment out.
public enum BalanceModel {
    /// The note every report carries.
    public static let disclaimer =
        "This is a screening aid, not a diagnosis: it estimates training balance from logged data. "
        + "Consult a qualified professional (physician or physiotherapist) about pain, injury or a training change."

    /// Assesses `log` as of the end of `asOf`; only data up to and including that day counts.
    ///
    /// Activities fall on the calendar day of their UTC start in `timeZone`; strength sessions on
    /// their local start date. Pure: no I/O, no clock.
    public static func assess(
        _ log: TrainingLog, settings: AthleteSettings, catalogue: ExerciseCatalogue, parameters: ModelParameters,
        asOf: LocalDate, timeZone: TimeZone
    ) -> BalanceAssessment {
        let ledger = MuscleLoadLedger.build(
            log, settings: settings, catalogue: catalogue, parameters: parameters, asOf: asOf, timeZone: timeZone)
        let indicators = BalanceIndicators(ledger, parameters: parameters)
        let risk = RiskScoring.assess(indicators, ledger: ledger, settings: settings, parameters: parameters)
        let prescription = PrescriptionBuilder.build(indicators, settings: settings, catalogue: catalogue, parameters: parameters)
        let weekly = indicators.weekly
        return BalanceAssessment(
            asOf: asOf, historyDays: ledger.historyDays, risk: risk, balance: indicators.ratios,
            weeklyLoad: weekly.total, enduranceWeeklyLoad: weekly.endurance, strengthWeeklyLoad: weekly.strength,
            acuteChronicQuads: indicators.acuteChronicQuads, acuteChronicLowBack: indicators.acuteChronicLowBack,
            gluteSetsPerWeek: weekly.gluteSets, coreSetsPerWeek: weekly.coreSets,
            hamstringStretchMinutesPerSide: weekly.stretchMinutes.hamstrings,
            hipFlexorStretchMinutesPerSide: weekly.stretchMinutes.hipFlexors, rideShare: indicators.rideShare,
            prescription: prescription, weeks: weeks(ledger, parameters), missingSettings: missingSettings(settings, ledger.counts),
            dataNotes: dataNotes(ledger, parameters), disclaimer: disclaimer, balanceCutoffs: parameters.balanceCutoffs,
            chronicTrainingLoad: indicators.chronicTrainingLoad, rampPerWeek: indicators.rampPerWeek)
    }

    /// Monday-start weeks of the ledger, the last `historyWeeks` of them, oldest first.
    public static func weeks(_ ledger: MuscleLoadLedger, _ p: ModelParameters) -> [WeekSummary] {
        guard let firstDay = ledger.firstDay else { return [] }
        let lastWeek = ledger.asOf.weekStart
        let start = max(firstDay.weekStart, lastWeek.adding(days: -7 * (p.historyWeeks - 1)))
        return stride(from: start.dayNumber, through: lastWeek.dayNumber, by: 7).map { weekStart in
            let from = max(0, weekStart - firstDay.dayNumber)
            let to = min(ledger.days.count, weekStart + 7 - firstDay.dayNumber)
            let week = DayLoad.sum(ledger.days[from..<max(from, to)])
            return WeekSummary(
                start: LocalDate(dayNumber: weekStart), load: week.total, enduranceLoad: week.endurance,
                strengthLoad: week.strength, ratio: BalanceIndicators.ratio(week.total), gluteSets: week.gluteSets,
                coreSets: week.coreSets, hamstringStretchMinutes: week.stretchMinutes.hamstrings,
                hipFlexorStretchMinutes: week.stretchMinutes.hipFlexors)
        }
    }

    /// Settings that are missing and would raise confidence or sharpen the model, in a fixed order.
    public static func missingSettings(_ settings: AthleteSettings, _ counts: LedgerCounts) -> [String] {
        var missing: [String] = []
        // LTHR makes HRmax, HRrest, birth year and sex unnecessary for heart-rate load.
        let heartRateWithoutThreshold = settings.lthr == nil
        if counts.sports.contains(.cycling) && settings.ftp == nil { missing.append("ftp") }
        if counts.sports.contains(.running) && settings.thresholdPaceSecondsPerKm == nil {
            missing.append("thresholdPaceSecondsPerKm")
        }
        if settings.hrMax == nil && heartRateWithoutThreshold { missing += ["hrMax", "lthr"] }
        if settings.hrRest == nil && heartRateWithoutThreshold { missing.append("hrRest") }
        if settings.birthYear == nil && settings.hrMax == nil && heartRateWithoutThreshold { missing.append("birthYear") }
        if settings.sex == nil && heartRateWithoutThreshold { missing.append("sex") }
        if settings.sittingHoursPerDay == nil { missing.append("sittingHoursPerDay") }
        if settings.lowBackPain == nil { missing.append("lowBackPain") }
        if settings.thomasTestPositive == nil { missing.append("thomasTestPositive") }
        return missing
    }

    /// Plain-language notes on what was counted, estimated or left out.
    public static func dataNotes(_ ledger: MuscleLoadLedger, _ p: ModelParameters) -> [String] {
        let counts = ledger.counts
        var notes: [String] = []
        if counts.activitiesWithoutStart > 0 {
            notes.append(
                "\(plural(counts.activitiesWithoutStart, "activity", "activities")) had no usable start time "
                    + "and could not be placed on a day; not counted.")
        }
        if counts.activitiesAfterAsOf + counts.strengthSessionsAfterAsOf > 0 {
            notes.append(
                "\(plural(counts.activitiesAfterAsOf, "activity", "activities")) and "
                    + "\(plural(counts.strengthSessionsAfterAsOf, "strength session", "strength sessions")) "
                    + "after \(ledger.asOf) are not counted.")
        }
        if ledger.historyDays > 0 && ledger.sumOfLast(p.confidenceWindowDays).loadSize == 0 {
            notes.append("Nothing was logged in the last \(p.confidenceWindowDays) days: loads are decaying old values.")
        }
        if counts.activities > 0 {
            let methods = LoadMethod.allCases.compactMap { method in
                counts.activitiesByMethod[method].map { (methodText(method), $0) }
            }
            let list = methods.count == 1 ? methods[0].0 : methods.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")
            notes.append("Endurance load of \(plural(counts.activities, "activity", "activities")) estimated from \(list).")
        }
        if counts.runsWithoutElevation > 0 {
            notes.append(
                "\(plural(counts.runsWithoutElevation, "run or walk", "runs or walks")) had no elevation and were treated as flat; confidence is lowered.")
        }
        if counts.otherSportActivities > 0 {
            notes.append(
                "\(plural(counts.otherSportActivities, "activity", "activities")) of an unknown sport count toward training load but no muscle group.")
        }
        if counts.strengthSessions == 0 {
            notes.append("No strength sessions logged: strength work counts as none.")
        }
        if counts.setsWithoutEffort > 0 {
            notes.append(
                "\(counts.setsWithoutEffort) of \(plural(counts.countedSets, "set", "sets")) had no RPE or RIR "
                    + "and count as \(fmt(p.missingEffortSetValue, 2)) of a set.")
        }
        if !counts.unknownSets.isEmpty {
            let total = counts.unknownSets.values.reduce(0, +)
            let names = counts.unknownSets.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .prefix(5).map { "\($0.key) (\($0.value))" }
            notes.append(
                "\(plural(total, "set", "sets")) of exercises not in the catalogue not counted: \(names.joined(separator: ", "))"
                    + (counts.unknownSets.count > 5 ? ", …" : "") + ".")
        }
        if counts.cardioEntries > 0 {
            notes.append("\(plural(counts.cardioEntries, "cardio entry", "cardio entries")) in strength logs are not counted.")
        }
        return notes
    }

    private static func methodText(_ method: LoadMethod) -> String {
        switch method {
        case .power: "power"
        case .pace: "graded pace"
        case .heartRate: "heart rate"
        case .heartRateAgePredicted: "heart rate with age-predicted maximum"
        case .sessionRPE: "session RPE"
        case .durationOnly: "duration only"
        }
    }

    private static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
