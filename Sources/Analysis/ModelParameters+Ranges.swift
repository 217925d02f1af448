import Foundation
import HipBalanceCore

extension ModelParameters {
    /// The valid range of every parameter, by key. A parameter without an entry here fails
    /// `validate()` (and the defaults test), so a new key cannot be added without its range.
    public static let validRanges: [String: ParameterRange] = [
        // docs/model.md §2 Session load
        "qPower": .number(0...1), "qPace": .number(0...1), "qHeartRate": .number(0...1),
        "qAgePredictedHeartRate": .number(0...1), "qSessionRPE": .number(0...1), "qDurationOnly": .number(0...1),
        "predictedHRMaxIntercept": .number(150...250, "bpm"), "predictedHRMaxSlope": .number(0...2, "bpm per year"),
        "defaultRestingHeartRate": .number(25...120, "bpm"),
        "trimpMaleA": .number(0...10), "trimpMaleB": .number(0...5), "trimpFemaleA": .number(0...10),
        "trimpFemaleB": .number(0...5),
        "trimpToTSSMale": .number(0...10), "trimpToTSSFemale": .number(0...10),
        "rpeBandUpperBounds": .number(0...10, "RPE", count: 20),
        "rpeTSSPerHour": .number(0...500, "per hour", count: 21),
        "durationOnlyTSSPerHour": .number(0...500, "per hour"),
        "stationaryMovingFraction": .number(0...1), "minimumChannelCoverage": .number(0...1),
        "trailAscentMetersPerKm": .number(0...1000, "m per km"), "maximumRunningSpeed": .number(1...15, "m/s"),
        "runningCostCoefficients": .number(-1000...1000, count: 10), "runningCostGradeLimit": .number(0...1),
        // docs/model.md §3 Endurance vector
        "runFlat": .number(0...1, "share", count: MuscleGroup.allCases.count),
        "runUphill": .number(0...1, "share", count: MuscleGroup.allCases.count),
        "runDownhill": .number(0...1, "share", count: MuscleGroup.allCases.count),
        "rideSeated": .number(0...1, "share", count: MuscleGroup.allCases.count),
        "rideHighPower": .number(0...1, "share", count: MuscleGroup.allCases.count),
        "swimming": .number(0...1, "share", count: MuscleGroup.allCases.count),
        "otherSport": .number(0...1, "share", count: MuscleGroup.allCases.count),
        "gradeSaturation": .number(0.001...1), "downhillQuadFactor": .number(0...10),
        "gradeWindowBlocks": .integer(1...61, "blocks"),
        "minimumGradeDistanceMeters": .number(0...1000, "m"), "highPowerFTPFraction": .number(0...3),
        "highPowerProxyGrade": .number(0...1), "highPowerProxyMaxCadence": .number(0...250, "rpm"),
        "kEndurance": .number(0...10),
        // docs/model.md §4 Strength vector
        "fullSetMaxRIR": .number(0...10, "reps"), "partialSetMaxRIR": .number(0...10, "reps"),
        "partialSetValue": .number(0...1),
        "missingEffortSetValue": .number(0...1), "qStrengthWithEffort": .number(0...1),
        "qStrengthMissingEffort": .number(0...1),
        "defaultHoldSeconds": .number(1...600, "s"), "isolationPartialSetMaxRIR": .number(0...10, "reps"),
        "directCreditMinimumWeight": .number(0...1),
        // docs/model.md §5 Aggregation
        "acuteDays": .integer(1...90, "days"), "chronicDays": .integer(1...365, "days"),
        "chronicSmoothingDays": .integer(1...90, "days"), "acuteRollingMean": .flag,
        "seedDays": .integer(1...365, "days"),
        "minimumHistoryDays": .integer(1...730, "days"), "ctlDays": .integer(1...365, "days"),
        "historyWeeks": .integer(1...520, "weeks"),
        // docs/model.md §6 Indicators and risk
        "balanceCutoffs": .number(0...100, count: 3), "gluteSetThresholds": .number(0...100, "sets", count: 10),
        "coreSetThresholds": .number(0...100, "sets", count: 10),
        "minimumStretchMinutesPerSide": .number(0...600, "min"),
        "rideShareThreshold": .number(0...1), "sittingHoursThreshold": .number(0...24, "h"),
        "acwrSpike": .number(0...10),
        "stretchingPoints": .integer(0...10, "points"), "spikePoints": .integer(0...10, "points"),
        "lowBackPainPoints": .integer(0...10, "points"), "bandThresholds": .integer(0...100, "points", count: 3),
        "strengthGroupCap": .integer(0...20, "points"), "unknownExerciseShareLimit": .number(0...1),
        // docs/model.md §7 Confidence
        "confidenceWindowDays": .integer(1...365, "days"), "noElevationFactor": .number(0...1),
        "confidenceCutoffs": .number(0...1, count: 2), "confidenceFullTrainingDays": .integer(1...365, "days"),
        "trainingGapDays": .integer(1...365, "days"),
        // Uncertainty
        "uncertaintyDraws": .integer(1...10_000, "draws"), "uncertaintySpread": .number(0...1),
        "uncertaintySeed": .integer(0...2_147_483_647),
        // docs/model.md §8 Prescription
        "gluteTargetBase": .number(0...100, "sets"), "gluteTargetSlope": .number(0...100, "sets"),
        "gluteTargetPivot": .number(0...100), "gluteTargetMax": .number(0...100, "sets"),
        "coreTargetCutoffs": .number(0...100, count: 10), "coreTargets": .number(0...100, "sets", count: 11),
        "progressionFraction": .number(0...1), "progressionMinimumSets": .number(0...100, "sets"),
        "startingSets": .number(0...100, "sets"), "rampLimitPerWeek": .number(0...100, "points per week"),
        "rampStrengthAdditionFraction": .number(0...1), "stretchMinutesDefault": .number(0...120, "min"),
        "stretchMinutesRaised": .number(0...120, "min"), "stretchHoldSeconds": .integer(1...600, "s"),
        "minimumStretchDays": .integer(1...7, "days"), "maximumStretchMinutesPerDay": .number(0.5...60, "min"),
        "swapSuggestionRatio": .number(0...100), "swapSuggestionACWR": .number(0...10),
        "correctiveMaximumQuadWeight": .number(0...1), "correctiveMinimumExercises": .integer(1...20),
        "correctiveMaximumExercises": .integer(1...20), "correctiveReps": .integer(1...100, "reps"),
        "correctivePreferences": .names(count: 100), "targetRIRLow": .integer(0...10, "reps"),
        "targetRIRHigh": .integer(0...10, "reps"), "ownExerciseMaximumAddedSets": .integer(0...20, "sets"),
        "ownExerciseMinimumWeight": .number(0...1),
    ]

    /// Checks every parameter against its range in `validRanges`; throws naming the key and the range.
    func validateRanges() throws {
        for child in Mirror(reflecting: self).children {
            guard let key = child.label else { continue }
            guard let range = Self.validRanges[key] else {
                throw ModelParametersError(
                    key: key, message: "has no documented valid range (add one to ModelParameters.validRanges)")
            }
            try Self.check(child.value, key: key, range: range)
        }
    }

    /// The numbers a parameter holds, or nil for a value of another kind.
    private static func numbers(_ value: Any) -> [Double]? {
        switch value {
        case let double as Double: [double]
        case let integer as Int: [Double(integer)]
        case let list as [Double]: list
        case let list as [Int]: list.map(Double.init)
        case let vector as MuscleVector: MuscleGroup.allCases.map { vector[$0] }
        default: nil
        }
    }

    private static func check(_ value: Any, key: String, range: ParameterRange) throws {
        let failure = ModelParametersError(key: key, message: "expected \(range.description)")
        switch range.kind {
        case .flag:
            guard value is Bool else { throw failure }
        case .names:
            guard let names = value as? [String], names.count <= range.maximumCount else { throw failure }
        case .number, .integer:
            guard let values = numbers(value), values.count <= range.maximumCount else { throw failure }
            for number in values {
                guard number.isFinite, range.bounds.contains(number) else { throw failure }
                if range.kind == .integer && number != number.rounded() { throw failure }
            }
        }
    }
}
