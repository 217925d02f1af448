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
        let strength = strengthTraining(ledger.counts, settings)
        let risk = RiskScoring.assess(
            indicators, ledger: ledger, settings: settings, strengthTraining: strength, parameters: parameters)
        let prescription = PrescriptionBuilder.build(
            indicators, ledger: ledger, settings: settings, strengthTraining: strength, catalogue: catalogue,
            parameters: parameters)
        let weekly = indicators.weekly
        var balance = indicators.ratios
        if risk.band == nil {
            balance.gluteRatio = nil
            balance.trunkRatio = nil
        }
        return BalanceAssessment(
            asOf: asOf, historyDays: ledger.historyDays, risk: risk, balance: balance,
            weeklyLoad: weekly.total, enduranceWeeklyLoad: weekly.endurance, strengthWeeklyLoad: weekly.strength,
            acuteChronicQuads: indicators.acuteChronicQuads, acuteChronicLowBack: indicators.acuteChronicLowBack,
            gluteSetsPerWeek: weekly.gluteSets, coreSetsPerWeek: weekly.coreSets,
            hamstringStretchMinutesPerSide: weekly.stretchMinutes.hamstrings,
            hipFlexorStretchMinutesPerSide: weekly.stretchMinutes.hipFlexors, rideShare: indicators.rideShare,
            prescription: prescription, weeks: weeks(ledger, parameters),
            missingSettings: missingSettings(settings, ledger.counts, strengthTraining: strength),
            dataNotes: dataNotes(ledger, strengthTraining: strength, parameters), disclaimer: disclaimer,
            balanceCutoffs: parameters.balanceCutoffs, chronicTrainingLoad: indicators.chronicTrainingLoad,
            rampPerWeek: indicators.rampPerWeek, strengthTraining: strength, lastTrainingDay: ledger.lastTrainingDay)
    }

    /// Logged when the log holds strength sessions up to `asOf`; otherwise what `team.yaml` states
    /// (`logged` with nothing logged means none was done); unknown when it states nothing.
    public static func strengthTraining(_ counts: LedgerCounts, _ settings: AthleteSettings) -> StrengthTrainingStatus {
        if counts.strengthSessions > 0 { return .logged }
        switch settings.strengthTraining {
        case .logged?: return .logged
        case .none?: return .none
        case nil: return .unknown
        }
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
                strengthLoad: week.strength, ratio: BalanceIndicators.ratio(week.total),
                gluteSets: week.gluteSetsLogged,
                coreSets: week.coreSetsLogged, hamstringStretchMinutes: week.stretchMinutes.hamstrings,
                hipFlexorStretchMinutes: week.stretchMinutes.hipFlexors)
        }
    }

    /// Settings that are missing and would raise confidence or sharpen the model, in a fixed order.
    public static func missingSettings(
        _ settings: AthleteSettings, _ counts: LedgerCounts, strengthTraining: StrengthTrainingStatus
    ) -> [AthleteSettingKey] {
        var missing: [AthleteSettingKey] = []
        // LTHR makes HRmax, HRrest, birth year and sex unnecessary for heart-rate load.
        let heartRateWithoutThreshold = settings.lthr == nil
        if counts.sports.contains(.cycling) && settings.ftp == nil { missing.append(.ftp) }
        if counts.sports.contains(.running) && settings.thresholdPaceSecondsPerKm == nil {
            missing.append(.thresholdPaceSecondsPerKm)
        }
        if settings.hrMax == nil && heartRateWithoutThreshold { missing += [.hrMax, .lthr] }
        if settings.hrRest == nil && heartRateWithoutThreshold { missing.append(.hrRest) }
        if settings.birthYear == nil && settings.hrMax == nil && heartRateWithoutThreshold {
            missing.append(.birthYear)
        }
        if settings.sex == nil && heartRateWithoutThreshold { missing.append(.sex) }
        if settings.sittingHoursPerDay == nil { missing.append(.sittingHoursPerDay) }
        if settings.lowBackPain == nil { missing.append(.lowBackPain) }
        if settings.thomasTestPositive == nil { missing.append(.thomasTestPositive) }
        if strengthTraining == .unknown { missing.append(.strengthTraining) }
        return missing
    }

    /// Facts on what was counted, estimated or left out, in a fixed order.
    public static func dataNotes(
        _ ledger: MuscleLoadLedger, strengthTraining: StrengthTrainingStatus, _ p: ModelParameters
    ) -> [DataNote] {
        let counts = ledger.counts
        var notes: [DataNote] = []
        if counts.activitiesWithoutStart > 0 {
            notes.append(.activitiesWithoutStart(count: counts.activitiesWithoutStart))
        }
        if counts.activitiesAfterAsOf + counts.strengthSessionsAfterAsOf > 0 {
            notes.append(
                .afterAsOf(
                    activities: counts.activitiesAfterAsOf, strengthSessions: counts.strengthSessionsAfterAsOf,
                    asOf: ledger.asOf))
        }
        if let last = ledger.lastTrainingDay, ledger.asOf.dayNumber - last.dayNumber >= p.trainingGapDays {
            notes.append(.lastTrainingLongAgo(days: ledger.asOf.dayNumber - last.dayNumber, last: last))
        } else if let gap = ledger.longestGap(window: p.confidenceWindowDays, minimum: p.trainingGapDays) {
            notes.append(.trainingGap(first: gap.first, last: gap.last, days: gap.days))
        }
        if ledger.historyDays > 0 && ledger.sumOfLast(p.confidenceWindowDays).loadSize == 0 {
            notes.append(.nothingRecent(days: p.confidenceWindowDays))
        }
        if counts.activities > 0 {
            let methods = LoadMethod.allCases.compactMap { method in
                counts.activitiesByMethod[method].map { MethodCount(method: method, activities: $0) }
            }
            notes.append(.loadMethods(activities: counts.activities, methods: methods))
        }
        if counts.runsWithoutElevation > 0 { notes.append(.runsWithoutElevation(count: counts.runsWithoutElevation)) }
        if counts.otherSportActivities > 0 { notes.append(.otherSportActivities(count: counts.otherSportActivities)) }
        if counts.strengthSessions == 0 { notes.append(.noStrengthSessions(strengthTraining)) }
        if counts.setsWithoutEffort > 0 {
            notes.append(
                .setsWithoutEffort(
                    count: counts.setsWithoutEffort, of: counts.countedSets, value: p.missingEffortSetValue))
        }
        if !counts.unknownSets.isEmpty {
            let total = counts.unknownSets.values.reduce(0, +)
            let list = UnknownExercise.list(from: counts.unknownSets)
            notes.append(
                .unknownExercises(
                    sets: total, share: Double(total) / Double(max(1, total + counts.countedSets)),
                    names: Array(list.prefix(5)),
                    more: list.count > 5))
        }
        if counts.cardioEntries > 0 { notes.append(.cardioEntries(count: counts.cardioEntries)) }
        return notes
    }
}
