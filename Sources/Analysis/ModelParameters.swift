import Foundation
import HipBalanceCore

/// Every constant of the balance model, with the documented defaults of `docs/model.md`.
///
/// Names are the keys a team's config file uses under `model:` to override a default.
/// Defaults marked [L] come from the literature, [J] are judgement calls; see `docs/model.md`.
public struct ModelParameters: Sendable, Hashable, Codable {
    // MARK: docs/model.md §2 Session load

    /// Data-quality weight q of power TSS [J].
    public var qPower = 1.0
    /// q of pace-based rTSS (normalised graded pace against threshold pace) [J].
    public var qPace = 0.85
    /// q of heart-rate load with known LTHR or HRmax [J].
    public var qHeartRate = 0.75
    /// q of heart-rate load with HRmax predicted from age [J].
    public var qAgePredictedHeartRate = 0.55
    /// q of session-RPE load [J].
    public var qSessionRPE = 0.5
    /// q of duration-only load [J].
    public var qDurationOnly = 0.3
    /// Age-predicted HRmax = intercept − slope · age (Tanaka; PMC3935487) [L].
    public var predictedHRMaxIntercept = 208.0
    public var predictedHRMaxSlope = 0.7
    /// HRrest assumed when none is configured, bpm [J].
    public var defaultRestingHeartRate = 60.0
    /// Banister TRIMP weighting a·e^(b·ΔHR), men [L].
    public var trimpMaleA = 0.64
    public var trimpMaleB = 1.92
    /// Banister TRIMP weighting, women [L].
    public var trimpFemaleA = 0.86
    public var trimpFemaleB = 1.67
    /// TRIMP → TSS-equivalents, so that 1 h at ΔHR 0.83 ≈ 100 [J].
    public var trimpToTSSMale = 0.64
    public var trimpToTSSFemale = 0.58
    /// Upper RPE (CR-10) bound of each session-RPE band; one fewer than `rpeTSSPerHour` [J].
    public var rpeBandUpperBounds: [Double] = [3, 5, 6, 7, 8]
    /// TSS-equivalents per hour for each RPE band, the last for RPE above every bound [J, anchored to TrainingPeaks].
    public var rpeTSSPerHour: [Double] = [30, 50, 65, 80, 95, 110]
    /// Load per hour when nothing but duration is known [J].
    public var durationOnlyTSSPerHour = 45.0
    /// Below this share of moving in recorded time a session is stationary (trainer, treadmill
    /// without speed, pool) and duration-based loads use recorded time [J].
    public var stationaryMovingFraction = 0.25
    /// Least share of an activity's time a channel must cover for a method to use it [J].
    public var minimumChannelCoverage = 0.5
    /// A run climbing at least this many metres per km counts as trail: heart rate is preferred to pace [J].
    public var trailAscentMetersPerKm = 50.0
    /// Faster 30-s running blocks are GPS errors and are left out of graded pace, m/s (≈ 2:05 min/km) [J].
    public var maximumRunningSpeed = 8.0
    /// Minetti (2002) energy cost of running on grade g, J/kg/m: c0 + c1·g + … + c5·g⁵ [L].
    public var runningCostCoefficients: [Double] = [3.6, 19.5, 46.3, -43.3, -30.4, 155.4]
    /// Grades beyond ± this are clamped before the cost polynomial (its fitted range) [L].
    public var runningCostGradeLimit = 0.45

    // MARK: docs/model.md §3 Endurance vector

    /// Share of a session's load per muscle group on flat running [J, anchored on §1].
    public var runFlat = MuscleVector(
        quads: 0.22, glutes: 0.17, hamstrings: 0.12, lowBack: 0.07, core: 0.05, hipFlexors: 0.10, calves: 0.27)
    /// Running uphill at or above `gradeSaturation` [J].
    public var runUphill = MuscleVector(
        quads: 0.18, glutes: 0.24, hamstrings: 0.14, lowBack: 0.06, core: 0.04, hipFlexors: 0.11, calves: 0.23)
    /// Running downhill at or below −`gradeSaturation` [J].
    public var runDownhill = MuscleVector(
        quads: 0.36, glutes: 0.12, hamstrings: 0.08, lowBack: 0.09, core: 0.06, hipFlexors: 0.07, calves: 0.22)
    /// Seated riding [J].
    public var rideSeated = MuscleVector(
        quads: 0.38, glutes: 0.16, hamstrings: 0.16, lowBack: 0.05, core: 0.02, hipFlexors: 0.05, calves: 0.18)
    /// Riding at high power or standing [J].
    public var rideHighPower = MuscleVector(
        quads: 0.33, glutes: 0.20, hamstrings: 0.17, lowBack: 0.07, core: 0.04, hipFlexors: 0.05, calves: 0.14)
    /// Swimming: the lower-body and trunk share only; the rest of the load is upper body [J].
    public var swimming = MuscleVector(
        quads: 0.03, glutes: 0.04, hamstrings: 0.03, lowBack: 0.03, core: 0.10, hipFlexors: 0.03, calves: 0.02)
    /// Sports the model does not know: counted in training load, spread over no muscle by default [J].
    public var otherSport = MuscleVector()
    /// Grade at which the uphill/downhill rows apply fully; linear in between [J].
    public var gradeSaturation = 0.08
    /// Extra quad load for eccentric work at full downhill grade [J].
    public var downhillQuadFactor = 1.3
    /// Blocks in the centred window over which grade is computed (odd) [J].
    public var gradeWindowBlocks = 3
    /// Grade is taken as 0 when the window covers less distance than this, m [J].
    public var minimumGradeDistanceMeters = 10.0
    /// A ride block is high power at or above this fraction of FTP [J].
    public var highPowerFTPFraction = 1.0
    /// Without power (or FTP), a ride block is high power at this grade or steeper … [J]
    public var highPowerProxyGrade = 0.06
    /// … and at this cadence or lower (rpm; ignored when cadence is missing) [J].
    public var highPowerProxyMaxCadence = 70.0
    /// Set-equivalents per TSS-equivalent, k_e [J].
    public var kEndurance = 0.10

    // MARK: docs/model.md §4 Strength vector

    /// A set counts fully at this many reps in reserve or fewer (RPE ≥ 10 − this) [J, basis Refalo 2023].
    public var fullSetMaxRIR = 3.0
    /// A set counts `partialSetValue` up to this many reps in reserve, 0 above [J].
    public var partialSetMaxRIR = 5.0
    public var partialSetValue = 0.5
    /// Effective value of a working set logged with neither RPE nor RIR [J].
    public var missingEffortSetValue = 0.75
    /// Low-load glute isolation (hip abduction or extension with glutes as the primary muscle and
    /// no external load) logged at up to this many reps in reserve counts `partialSetValue`:
    /// bodyweight clamshells honestly logged at RPE 4 still train the gluteus medius [J, cf. Boren 2011].
    public var isolationPartialSetMaxRIR = 6.0
    /// A working set credits a muscle group's direct sets with its catalogue weight when the weight is
    /// at least this (primary 1.0, secondary 0.5; stabilisers 0.25 do not count) [L, Pelland 2024].
    public var directCreditMinimumWeight = 0.5
    /// q of a strength set with / without logged effort [J].
    public var qStrengthWithEffort = 1.0
    public var qStrengthMissingEffort = 0.7
    /// Stretch hold assumed when a stretch set has no duration, s [L, Bandy 1997].
    public var defaultHoldSeconds = 30.0

    // MARK: docs/model.md §5 Aggregation

    /// EWMA spans N (λ = 2/(N+1)) of acute and chronic load, days [L, Williams 2017].
    public var acuteDays = 7
    public var chronicDays = 28
    /// The chronic EWMA reads each day's mean over this many days, so a steady weekly rhythm gives a
    /// steady weekly dose; 1 restores the EWMA of raw daily loads [J, see docs].
    public var chronicSmoothingDays = 7
    /// Acute load as the mean of the last `acuteDays` days (Gabbett's 7-day window) rather than their
    /// EWMA, which swings with the weekly training pattern; false restores the EWMA [J, see docs].
    public var acuteRollingMean = true
    /// Both averages start from the mean of this many first days [J].
    public var seedDays = 14
    /// No risk band before this many days of history [J].
    public var minimumHistoryDays = 28
    /// Time constant of chronic training load (CTL, λ = 1/N), days [L, TrainingPeaks].
    public var ctlDays = 42
    /// Weeks of history returned for charts (when there is that much) [J].
    public var historyWeeks = 26

    // MARK: docs/model.md §6 Indicators and risk

    /// BR cut-offs: at or below the first 0 points, then one more point above each [J].
    public var balanceCutoffs: [Double] = [1.5, 2, 3]
    /// One point for each of these weekly direct glute set counts the athlete is below [J, cf. Schoenfeld 2017].
    public var gluteSetThresholds: [Double] = [6, 2]
    /// One point for each of these weekly direct core set counts the athlete is below [J].
    public var coreSetThresholds: [Double] = [4]
    /// Stretching below this many minutes per side per week counts as none [L basis Thomas 2018].
    public var minimumStretchMinutesPerSide = 5.0
    /// Cycling share of endurance load above which hip flexors need stretching [J].
    public var rideShareThreshold = 0.5
    /// Sitting hours per day above which hip flexors need stretching [L, PMID 33188982].
    public var sittingHoursThreshold = 7.0
    /// Most points the balance ratio, glute dose and core dose give together: missing strength work
    /// raises all three, so one cause scores once; the ratio gets what the doses leave [J].
    public var strengthGroupCap = 3
    /// Above this share of unknown exercises among logged working sets the strength factors are not assessed [J].
    public var unknownExerciseShareLimit = 0.3
    /// ACWR of endurance load above which a spike point is added (quads or low back) [L, weak; Gabbett 2016].
    public var acwrSpike = 1.5
    public var stretchingPoints = 1
    public var spikePoints = 1
    public var lowBackPainPoints = 2
    /// Least points for moderate, high and very-high [J].
    public var bandThresholds: [Int] = [2, 4, 5]

    // MARK: docs/model.md §7 Confidence

    /// Days over which data quality is averaged [J].
    public var confidenceWindowDays = 28
    /// Days with logged training in the confidence window that give full confidence; fewer scale it down [J].
    public var confidenceFullTrainingDays = 8
    /// A stretch of this many days without logged training is a gap: named, and the band is provisional [J].
    public var trainingGapDays = 14
    /// Factor when all run load lacks elevation; scaled by the share that lacks it [J].
    public var noElevationFactor = 0.8
    /// Least score for medium and for high confidence [J].
    public var confidenceCutoffs: [Double] = [0.5, 0.75]

    // MARK: Uncertainty

    /// Draws of the judgement constants for the band probabilities, their relative spread (±) and
    /// the generator's seed; the same seed gives the same probabilities [J].
    public var uncertaintyDraws = 200
    public var uncertaintySpread = 0.3
    public var uncertaintySeed = 20_261_122

    // MARK: docs/model.md §8 Prescription

    /// Glute target G* = min(max, base + slope · max(0, BR − pivot)) sets/week [L range Baz-Valle 2022; slope J].
    public var gluteTargetBase = 10.0
    public var gluteTargetSlope = 5.0
    public var gluteTargetPivot = 1.5
    public var gluteTargetMax = 20.0
    /// Core target for BR at or below each cut-off, the last above all [J].
    public var coreTargetCutoffs: [Double] = [2, 3]
    public var coreTargets: [Double] = [6, 9, 12]
    /// Next week = min(target, current + max(minimum, ⌈fraction · current⌉)) [J].
    public var progressionFraction = 0.25
    public var progressionMinimumSets = 2.0
    /// Next week's sets when the athlete does none [J; cf. Ferber].
    public var startingSets = 4.0
    /// CTL ramp (points/week) above which strength additions are limited [L, Friel] …
    public var rampLimitPerWeek = 5.0
    /// … to this fraction of the current weekly strength sets, but at least `progressionMinimumSets` [J].
    public var rampStrengthAdditionFraction = 0.2
    /// Stretching minutes per side per week, default and raised (ride share, sitting, Thomas test) [L, Thomas 2018; Ingram 2024].
    public var stretchMinutesDefault = 5.0
    public var stretchMinutesRaised = 10.0
    /// Hold length and least stretching days per week [L, Bandy 1997; Reid & Kim 2014].
    public var stretchHoldSeconds = 30
    public var minimumStretchDays = 3
    /// Most stretching minutes per side per muscle in one day before another day is added [J, cf. Ingram 2024].
    public var maximumStretchMinutesPerDay = 2.0
    /// Suggest swapping a squat block when BR and ACWR of quads exceed these [J].
    public var swapSuggestionRatio = 3.0
    public var swapSuggestionACWR = 1.3
    /// Effort target of prescribed sets: stop this many reps short of failure (RIR range) [L, Refalo 2023; Robinson 2023].
    public var targetRIRLow = 1
    public var targetRIRHigh = 3
    /// Sets added to one of the athlete's own exercises in one week before another exercise is used [J].
    public var ownExerciseMaximumAddedSets = 2
    /// The athlete's own exercises progressed for glutes or core: weight of that muscle at least this [J].
    public var ownExerciseMinimumWeight = 0.75
    /// Corrective exercises: at most this quad weight, this many in all, reps per set [J].
    public var correctiveMaximumQuadWeight = 0.5
    public var correctiveMinimumExercises = 3
    public var correctiveMaximumExercises = 5
    public var correctiveReps = 12
    /// Catalogue ids tried first, in this order, when they qualify (low-quad options of `model.md` §6:
    /// clamshell Gmed 77 %, single-leg bridge, side-lying abduction, side plank Gmed 89–103 %, dead bug);
    /// ids missing from the catalogue are skipped. A team may list its own favourites [L ranking, J choice].
    public var correctivePreferences: [String] = [
        "clamshell", "single-leg-glute-bridge", "side-lying-hip-abduction", "glute-bridge", "hip-thrust-barbell",
        "side-plank", "dead-bug", "plank", "pallof-press",
    ]

    /// The documented defaults.
    public static let defaults = ModelParameters()

    public init() {}

    /// Applies overrides by name from a JSON object (the team's `model:` mapping converted to JSON).
    ///
    /// Muscle-vector tables may be overridden partly (`{"runFlat": {"quads": 0.25}}`). An unknown
    /// name, a wrong type or an inconsistent value throws an error naming the key.
    public func applying(overridesJSON: Data) throws -> ModelParameters {
        let overrides: Any
        do {
            overrides = try JSONSerialization.jsonObject(with: overridesJSON)
        } catch {
            throw ModelParametersError(key: "model", message: "overrides are not valid JSON")
        }
        guard let overrideObject = overrides as? [String: Any] else {
            throw ModelParametersError(key: "model", message: "expected a mapping of parameter names to values")
        }
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(self))
        guard let current = encoded as? [String: Any] else {
            throw ModelParametersError(key: "model", message: "parameters did not encode as a mapping")
        }
        // Keys are applied one at a time so that a decoding error names the key that caused it.
        var merged = current
        var result = self
        for (key, value) in overrideObject.sorted(by: { $0.key < $1.key }) {
            merged = try Self.merge([key: value], into: merged, path: "")
            result = try Self.decode(merged, key: key)
        }
        try result.validate()
        return result
    }

    /// Checks the relations between parameters that decoding cannot (lengths, order, ranges).
    public func validate() throws {
        func require(_ condition: Bool, _ key: String, _ message: String) throws {
            if !condition { throw ModelParametersError(key: key, message: message) }
        }
        func increasing<T: Comparable>(_ values: [T]) -> Bool { zip(values, values.dropFirst()).allSatisfy { $0 < $1 } }
        try validateRanges()
        try require(
            balanceCutoffs.count == 3 && increasing(balanceCutoffs), "balanceCutoffs", "expected 3 increasing numbers")
        try require(
            bandThresholds.count == 3 && increasing(bandThresholds), "bandThresholds", "expected 3 increasing integers")
        try require(
            confidenceCutoffs.count == 2 && increasing(confidenceCutoffs), "confidenceCutoffs",
            "expected 2 increasing numbers")
        try require(increasing(rpeBandUpperBounds), "rpeBandUpperBounds", "expected increasing numbers")
        try require(
            rpeTSSPerHour.count == rpeBandUpperBounds.count + 1, "rpeTSSPerHour",
            "expected one more value than rpeBandUpperBounds")
        try require(
            coreTargets.count == coreTargetCutoffs.count + 1, "coreTargets",
            "expected one more value than coreTargetCutoffs")
        try require(increasing(coreTargetCutoffs), "coreTargetCutoffs", "expected increasing numbers")
        try require(runningCostCoefficients.count >= 1, "runningCostCoefficients", "expected at least one coefficient")
        for (key, value) in [
            ("acuteDays", acuteDays), ("chronicDays", chronicDays), ("ctlDays", ctlDays), ("seedDays", seedDays),
            ("minimumHistoryDays", minimumHistoryDays), ("confidenceWindowDays", confidenceWindowDays),
            ("historyWeeks", historyWeeks), ("chronicSmoothingDays", chronicSmoothingDays),
        ] {
            try require(value >= 1, key, "expected at least 1 day or week")
        }
        for (key, value) in [
            ("qPower", qPower), ("qPace", qPace), ("qHeartRate", qHeartRate),
            ("qAgePredictedHeartRate", qAgePredictedHeartRate),
            ("qSessionRPE", qSessionRPE), ("qDurationOnly", qDurationOnly),
            ("qStrengthWithEffort", qStrengthWithEffort),
            ("qStrengthMissingEffort", qStrengthMissingEffort), ("minimumChannelCoverage", minimumChannelCoverage),
            ("noElevationFactor", noElevationFactor), ("partialSetValue", partialSetValue),
            ("stationaryMovingFraction", stationaryMovingFraction),
            ("missingEffortSetValue", missingEffortSetValue), ("rideShareThreshold", rideShareThreshold),
            ("progressionFraction", progressionFraction),
            ("rampStrengthAdditionFraction", rampStrengthAdditionFraction),
            ("unknownExerciseShareLimit", unknownExerciseShareLimit), ("uncertaintySpread", uncertaintySpread),
            ("directCreditMinimumWeight", directCreditMinimumWeight),
        ] {
            try require((0...1).contains(value), key, "expected a number from 0 to 1")
        }
        try require(
            gradeWindowBlocks >= 1 && gradeWindowBlocks % 2 == 1, "gradeWindowBlocks", "expected a positive odd number")
        try require(targetRIRLow >= 0 && targetRIRLow <= targetRIRHigh, "targetRIRLow", "expected 0 to targetRIRHigh")
        try require(gradeSaturation > 0, "gradeSaturation", "expected a positive grade")
        try require(kEndurance >= 0, "kEndurance", "expected a non-negative number")
        try require(stretchHoldSeconds > 0, "stretchHoldSeconds", "expected a positive number of seconds")
        try require(minimumStretchDays >= 1 && minimumStretchDays <= 7, "minimumStretchDays", "expected 1 to 7")
        try require(maximumStretchMinutesPerDay > 0, "maximumStretchMinutesPerDay", "expected a positive number")
        try require(
            correctiveMinimumExercises >= 1 && correctiveMinimumExercises <= correctiveMaximumExercises,
            "correctiveMinimumExercises", "expected at least 1 and at most correctiveMaximumExercises")
        for (key, vector) in [
            ("runFlat", runFlat), ("runUphill", runUphill), ("runDownhill", runDownhill), ("rideSeated", rideSeated),
            ("rideHighPower", rideHighPower), ("swimming", swimming), ("otherSport", otherSport),
        ] {
            try require(MuscleGroup.allCases.allSatisfy { vector[$0] >= 0 }, key, "expected non-negative shares")
        }
    }

    private static func decode(_ object: [String: Any], key: String) throws -> ModelParameters {
        let data = try JSONSerialization.data(withJSONObject: object)
        func failure(_ context: DecodingError.Context, _ message: String) -> ModelParametersError {
            let path = keyPath(context.codingPath)
            return ModelParametersError(key: path.hasPrefix(key) ? path : key, message: message)
        }
        do {
            return try JSONDecoder().decode(ModelParameters.self, from: data)
        } catch let DecodingError.typeMismatch(type, context) {
            throw failure(context, "expected \(describe(type))")
        } catch let DecodingError.valueNotFound(type, context) {
            throw failure(context, "expected \(describe(type)), found null")
        } catch let DecodingError.dataCorrupted(context) {
            throw failure(context, "unreadable value")
        }
    }

    private static func merge(_ overrides: [String: Any], into base: [String: Any], path: String) throws -> [String:
        Any]
    {
        var result = base
        for key in overrides.keys.sorted() {
            let fullKey = path.isEmpty ? key : "\(path).\(key)"
            guard let existing = base[key] else {
                throw ModelParametersError(key: fullKey, message: "unknown model parameter")
            }
            if let nestedBase = existing as? [String: Any] {
                guard let nestedOverride = overrides[key] as? [String: Any] else {
                    throw ModelParametersError(key: fullKey, message: "expected a mapping of muscle groups to numbers")
                }
                result[key] = try merge(nestedOverride, into: nestedBase, path: fullKey)
            } else {
                result[key] = overrides[key]
            }
        }
        return result
    }

    private static func keyPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type: "a number"
        case is Int.Type: "an integer"
        case is [Double].Type, is [Int].Type: "a list of numbers"
        default: "a value of type \(type)"
        }
    }
}
