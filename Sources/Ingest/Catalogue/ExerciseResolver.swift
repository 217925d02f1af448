import Foundation
import HipBalanceCore

/// Maps exercise names as apps and people write them to catalogue ids.
///
/// Names are compared after normalisation: case and accents folded, punctuation dropped,
/// abbreviations expanded (`RDL`, `DB`, `BB`, `KB`, `SL`, `OHP`, …), plurals made singular and
/// word order ignored, so `Barbell Back Squat`, `squat (barbell)` and `Squats - BB` meet. When
/// the full name is unknown the resolver retries without equipment words, then also without
/// modifiers that do not change the muscles trained (`paused`, `deficit`, `close grip`, …).
public struct ExerciseResolver: Sendable {
    private let catalogue: ExerciseCatalogue
    /// One index per matching stage: full name, without equipment, without equipment and modifiers.
    private let stages: [[String: String]]

    public init(catalogue: ExerciseCatalogue) {
        self.catalogue = catalogue
        var stages = [[String: String]](repeating: [:], count: ExerciseResolver.stageCount)
        // Names before aliases, and catalogue order within each, decide which entry a shortened key means.
        let names = catalogue.exercises.map { ($0.id, [$0.name]) } + catalogue.exercises.map { ($0.id, $0.aliases) }
        for (id, spellings) in names {
            for spelling in spellings {
                for (stage, key) in ExerciseResolver.keys(for: spelling).enumerated() where stages[stage][key] == nil {
                    stages[stage][key] = id
                }
            }
        }
        self.stages = stages
    }

    /// The resolver for the shipped catalogue, built once.
    public static let standard = ExerciseResolver(catalogue: .standard)

    /// The catalogue id for a name as written in an export, or nil when unknown.
    public func resolve(_ name: String) -> String? {
        for (stage, key) in ExerciseResolver.keys(for: name).enumerated() where !key.isEmpty {
            if let id = stages[stage][key] { return id }
        }
        return nil
    }

    /// The catalogue exercise for a name, or nil when unknown.
    public func exercise(named name: String) -> Exercise? { resolve(name).flatMap { catalogue[$0] } }

    /// `log` with every set that has no catalogue id resolved by its name (still nil when unknown).
    ///
    /// For a watch's sets: they name catalogue exercises (`FitExerciseCatalogue`) but carry no
    /// ids, because the activity reader knows no team catalogue (and its cached results must not
    /// depend on one). A run resolves them once when it assembles the athlete's log, `inspect` once
    /// before it counts them; a strength-log reader resolves its own sets as it reads them.
    public func resolvingExercises(of log: StrengthLog) -> StrengthLog {
        var log = log
        var ids: [String: String?] = [:]
        for session in log.sessions.indices {
            for index in log.sessions[session].sets.indices where log.sessions[session].sets[index].exerciseID == nil {
                let name = log.sessions[session].sets[index].exerciseName
                let id = ids[name] ?? resolve(name)
                ids[name] = id
                log.sessions[session].sets[index].exerciseID = id
            }
        }
        return log
    }

    private static let stageCount = 3

    /// The lookup keys of a name for each stage: sorted normalised words, then without equipment,
    /// then also without modifiers and numbers.
    static func keys(for name: String) -> [String] {
        let words = normalizedWords(name)
        let withoutEquipment = words.filter { !equipmentWords.contains($0) }
        let core = withoutEquipment.filter { !modifierWords.contains($0) && !$0.allSatisfy(\.isNumber) }
        return [words, withoutEquipment, core].map { $0.sorted().joined(separator: " ") }
    }

    /// Folds case and accents, splits on anything that is not a letter or digit, expands
    /// abbreviations and joined forms, and makes each word singular.
    static func normalizedWords(_ name: String) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            .replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
            .replacingOccurrences(of: "&", with: " and ")
        var words: [String] = []
        for raw in folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let word = String(raw)
            if let expansion = expansions[word] {
                words += expansion
            } else {
                let single = singular(word)
                words += expansions[single] ?? [single]
            }
        }
        return words.filter { !stopWords.contains($0) }
    }

    /// `curls` → `curl`, `crunches` → `crunch`, `presses` → `press`, `carries` → `carry`; short words and `-ss` endings stay.
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") else { return word }
        if word.hasSuffix("ies"), word.count > 4 { return word.dropLast(3) + "y" }
        for ending in ["ches", "shes", "sses", "xes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }

    /// Abbreviations and joined spellings, mapped to the words they stand for (already singular).
    private static let expansions: [String: [String]] = [
        "db": ["dumbbell"], "dbs": ["dumbbell"], "bb": ["barbell"], "kb": ["kettlebell"], "kbs": ["kettlebell"],
        "rdl": ["romanian", "deadlift"], "rdls": ["romanian", "deadlift"], "sl": ["single", "leg"],
        "sa": ["single", "arm"], "ohp": ["overhead", "press"], "sldl": ["stiff", "leg", "deadlift"],
        "dl": ["deadlift"], "ghr": ["glute", "ham", "raise"], "bss": ["bulgarian", "split", "squat"],
        "bw": ["bodyweight"], "ez": ["ez"], "ezbar": ["ez", "bar"], "tbar": ["t", "bar"],
        "pushup": ["push", "up"], "pullup": ["pull", "up"], "chinup": ["chin", "up"], "situp": ["sit", "up"],
        "stepup": ["step", "up"], "pulldown": ["pulldown"], "pushdown": ["pushdown"],
        "tricep": ["triceps"], "bicep": ["biceps"], "flye": ["fly"], "flie": ["fly"],
        "hyperextension": ["back", "extension"], "hyper": ["back", "extension"],
        "dumbell": ["dumbbell"], "dumbells": ["dumbbell"], "barbel": ["barbell"],
        "pulley": ["cable"], "lever": ["machine"], "hammerstrength": ["machine"], "freemotion": ["cable"],
        "abdominal": ["ab"], "abdo": ["ab"], "abdos": ["ab"], "birddog": ["bird", "dog"], "deadbug": ["dead", "bug"],
        "skullcrusher": ["skull", "crusher"], "skullcrushers": ["skull", "crusher"],
        "goodmorning": ["good", "morning"], "rollout": ["rollout"], "kneeling": ["kneeling"],
        "triceps": ["triceps"], "biceps": ["biceps"], "abs": ["ab"], "pdc": ["bodyweight"],
        "weighted": ["weighted"], "paused": ["pause"], "single": ["single"], "one": ["single"],
        "1": ["single"], "unilateral": ["single"], "hip": ["hip"], "glutes": ["glute"],
    ]

    /// Words that carry no identity at all.
    private static let stopWords: Set<String> = [
        "the", "with", "on", "a", "de", "du", "des", "la", "le", "en", "of", "to",
    ]

    /// Equipment words, dropped at the second stage.
    static let equipmentWords: Set<String> = [
        "barbell", "dumbbell", "cable", "machine", "smith", "band", "banded", "kettlebell", "bodyweight", "plate",
        "loaded", "assisted", "weighted", "ez", "bar", "trap", "hex", "landmine", "sled", "trx", "suspension",
        "medicine", "ball", "stability", "swiss", "exercise", "resistance", "loop", "rope", "straight", "v",
        "captain", "chair", "plated", "selectorized",
    ]

    /// Modifiers that change neither the movement pattern nor the muscles, dropped at the third stage.
    static let modifierWords: Set<String> = [
        "pause", "tempo", "deficit", "pin", "pulse", "block", "elevated", "platform", "close", "wide",
        "narrow", "neutral", "grip", "underhand", "overhand", "alternating", "alternate", "heavy", "light",
        "standing", "seated", "flat", "partial", "deep", "full", "explosive", "slow", "strict", "dual",
        "double", "wall", "floor", "ground", "touch", "go", "high", "low", "variation", "hold", "isometric",
    ]
}
