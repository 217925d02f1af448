import Foundation
import HipBalanceCore
import Ingest
import Yams

/// The validated content of `team.yaml`. Every key is optional.
public struct TeamConfiguration: Sendable, Hashable {
    public var name: String?
    /// IANA zone identifier of the team: the reference day and zone-less strength logs.
    public var timeZone: String?
    public var defaultWeightUnit: WeightUnit?
    /// `model:` as canonical JSON (sorted keys), for `ModelParameters.applying(overridesJSON:)`.
    public var modelOverridesJSON: Data?
    /// `exercises:` re-serialised as a catalogue YAML document (`exercises: [...]`).
    public var exercisesYAML: String?
    /// Line of the `model:` and `exercises:` keys, for errors found when they are applied.
    public var modelLine: Int?
    public var exercisesLine: Int?
    /// Entries by folder name.
    public var athletes: [String: AthleteEntry]

    public init(
        name: String? = nil, timeZone: String? = nil, defaultWeightUnit: WeightUnit? = nil,
        modelOverridesJSON: Data? = nil, exercisesYAML: String? = nil, athletes: [String: AthleteEntry] = [:]
    ) {
        self.name = name
        self.timeZone = timeZone
        self.defaultWeightUnit = defaultWeightUnit
        self.modelOverridesJSON = modelOverridesJSON
        self.exercisesYAML = exercisesYAML
        self.athletes = athletes
    }

    /// The file name looked for at the top of a team folder.
    public static let fileName = "team.yaml"

    /// Top-level keys, in the order of the documentation.
    static let topLevelKeys = ["name", "timeZone", "defaultWeightUnit", "model", "exercises", "athletes"]
    /// Keys of one athlete entry.
    static let athleteKeys = [
        "name", "aliases", "sex", "birthYear", "hrMax", "hrRest", "lthr", "ftp", "thresholdPace",
        "sittingHoursPerDay", "lowBackPain", "thomasTestPositive", "strengthTraining", "weightUnit", "timeZone",
    ]

    /// Reads `team.yaml` text strictly: an unknown key or a wrong value is an error naming the
    /// key, the athlete and the line.
    public static func parse(yaml text: String, file: String = fileName) throws(ConfigurationError) -> TeamConfiguration
    {
        let root: Node?
        do {
            // UTF-8 named, never Yams' default encoding: that one is looked up in the environment
            // (YAMS_DEFAULT_ENCODING) at every call and announced on standard output when set.
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch {
            throw YAMLSyntaxWording.error(error, text: text, file: file)
        }
        guard let root else { return TeamConfiguration() }
        // Aliases share the anchored node, so composing is cheap, but every walk below (and the
        // JSON and YAML made from `model:` and `exercises:`) expands them: a few lines of nested
        // aliases would expand to billions of nodes. Count the expanded tree first, with a cap.
        var budget = maximumExpandedNodes
        guard fitsExpanded(root, budget: &budget) else {
            throw ConfigurationError(
                file: file, key: "",
                message: "expands to more than \(maximumExpandedNodes) values (nested anchors and aliases?); "
                    + "write the values out, without aliases of aliases")
        }
        var reader = NodeReader(file: file)
        return try reader.readTeam(root)
    }

    /// The largest `team.yaml` read; a team of hundreds of athletes needs a few dozen KiB.
    public static let maximumFileSize = 1 << 20
    /// The most values (scalars, lists, mappings) the document may hold with aliases expanded.
    public static let maximumExpandedNodes = 100_000

    /// Counts `node` with its aliases expanded, stopping as soon as the budget is spent.
    static func fitsExpanded(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let sequence):
            for item in sequence where !fitsExpanded(item, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping
            where !fitsExpanded(key, budget: &budget) || !fitsExpanded(value, budget: &budget) {
                return false
            }
            return true
        }
    }

    /// Loads `team.yaml` from a team folder; a missing file gives the empty configuration.
    /// Only a regular file of at most `maximumFileSize` bytes is read.
    public static func load(teamDirectory: URL) throws(ConfigurationError) -> TeamConfiguration {
        let url = teamDirectory.appendingPathComponent(fileName)
        let data: Data
        do {
            guard let read = try RegularFile.read(url, maximumSize: maximumFileSize, what: "team.yaml") else {
                return TeamConfiguration()
            }
            data = read
        } catch {
            throw ConfigurationError(file: url.path, key: "", message: error.message)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: url.path, key: "", message: "is not UTF-8 text")
        }
        return try parse(yaml: text, file: url.path)
    }

}

/// Walks the composed YAML tree with the key path, so every error can say where it is.
private struct NodeReader {
    let file: String
    var athlete: String?

    init(file: String) { self.file = file }

    func error(_ key: String, _ node: Node?, _ message: String) -> ConfigurationError {
        ConfigurationError(
            file: file, key: key, athlete: athlete, line: node?.mark?.line, column: node?.mark?.column, message: message
        )
    }

    /// The mapping's entries as (key text, key node, value node), rejecting non-text and unknown
    /// keys (the YAML library already rejects repeated ones).
    func entries(_ node: Node, key: String, allowed: [String]?) throws(ConfigurationError) -> [(String, Node, Node)] {
        guard case .mapping(let mapping) = node else {
            throw error(key, node, "expected a mapping of keys, found \(describe(node))")
        }
        var result: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw error(key, keyNode, "expected a text key") }
            let name = scalar.string
            let path = key.isEmpty ? name : "\(key).\(name)"
            if let allowed, !allowed.contains(name) {
                let hint = closest(name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                throw error(path, keyNode, "unknown key\(hint); allowed: \(allowed.joined(separator: ", "))")
            }
            result.append((name, keyNode, value))
        }
        return result
    }

    mutating func readTeam(_ root: Node) throws(ConfigurationError) -> TeamConfiguration {
        var config = TeamConfiguration()
        for (key, keyNode, value) in try entries(root, key: "", allowed: TeamConfiguration.topLevelKeys) {
            switch key {
            case "name": config.name = try text(value, key)
            case "timeZone": config.timeZone = try zone(value, key)
            case "defaultWeightUnit": config.defaultWeightUnit = try unit(value, key)
            case "model":
                config.modelOverridesJSON = try modelJSON(value)
                config.modelLine = keyNode.mark?.line
            case "exercises":
                config.exercisesYAML = try exercisesYAML(value)
                config.exercisesLine = keyNode.mark?.line
            default:
                if isNull(value) { continue }
                for (id, idNode, entry) in try entries(value, key: "athletes", allowed: nil) {
                    athlete = id
                    guard !id.isEmpty else { throw error("athletes", idNode, "an athlete id cannot be empty") }
                    config.athletes[id] = try readAthlete(entry, key: "athletes.\(id)")
                    athlete = nil
                }
            }
        }
        return config
    }

    func readAthlete(_ node: Node, key base: String) throws(ConfigurationError) -> AthleteEntry {
        var entry = AthleteEntry()
        if isNull(node) { return entry }
        for (key, _, value) in try entries(node, key: base, allowed: TeamConfiguration.athleteKeys) {
            let path = "\(base).\(key)"
            switch key {
            case "name": entry.settings.name = try text(value, path)
            case "aliases":
                guard case .sequence(let sequence) = value else {
                    throw error(path, value, "expected a list of names, found \(describe(value))")
                }
                entry.aliases = try sequence.map { (item) throws(ConfigurationError) in try text(item, path) }
            case "sex":
                let raw = try text(value, path)
                guard let sex = Sex(rawValue: raw) else {
                    throw error(path, value, "expected female or male, found '\(raw)'")
                }
                entry.settings.sex = sex
            case "birthYear": entry.settings.birthYear = Int(try number(value, path, in: 1900...2100, integer: true))
            case "hrMax": entry.settings.hrMax = try number(value, path, in: 100...250)
            case "hrRest": entry.settings.hrRest = try number(value, path, in: 25...120)
            case "lthr": entry.settings.lthr = try number(value, path, in: 80...230)
            case "ftp": entry.settings.ftp = try number(value, path, in: 30...700)
            case "thresholdPace": entry.settings.thresholdPaceSecondsPerKm = try pace(value, path)
            case "sittingHoursPerDay": entry.settings.sittingHoursPerDay = try number(value, path, in: 0...24)
            case "lowBackPain": entry.settings.lowBackPain = try flag(value, path)
            case "thomasTestPositive": entry.settings.thomasTestPositive = try flag(value, path)
            case "strengthTraining":
                let raw = try text(value, path)
                guard let training = StrengthTraining(rawValue: raw) else {
                    throw error(path, value, "expected none or logged, found '\(raw)'")
                }
                entry.settings.strengthTraining = training
            case "weightUnit": entry.settings.weightUnit = try unit(value, path)
            default: entry.settings.timeZone = try zone(value, path)
            }
        }
        if let rest = entry.settings.hrRest, let max = entry.settings.hrMax, rest >= max {
            throw error("\(base).hrRest", node, "hrRest (\(format(rest))) must be below hrMax (\(format(max)))")
        }
        return entry
    }

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain,
            ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        {
            return true
        }
        return false
    }

    func text(_ node: Node, _ key: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            throw error(key, node, "expected text, found \(describe(node))")
        }
        return scalar.string
    }

    func number(_ node: Node, _ key: String, in range: ClosedRange<Double>, integer: Bool = false)
        throws(ConfigurationError) -> Double
    {
        let found = (try? text(node, key)) ?? describe(node)
        guard case .scalar = node, let value = node.float, value.isFinite, !isQuoted(node) else {
            throw error(key, node, "expected \(integer ? "a whole number" : "a number"), found '\(found)'")
        }
        if integer, value.rounded() != value {
            throw error(key, node, "expected a whole number, found '\(found)'")
        }
        guard range.contains(value) else {
            throw error(
                key, node,
                "expected a value from \(format(range.lowerBound)) to \(format(range.upperBound)), found \(found)")
        }
        return value
    }

    func flag(_ node: Node, _ key: String) throws(ConfigurationError) -> Bool {
        guard let value = node.bool, !isQuoted(node) else {
            throw error(key, node, "expected true or false, found '\((try? text(node, key)) ?? describe(node))'")
        }
        return value
    }

    func unit(_ node: Node, _ key: String) throws(ConfigurationError) -> WeightUnit {
        let raw = try text(node, key)
        guard let unit = WeightUnit(rawValue: raw) else { throw error(key, node, "expected kg or lb, found '\(raw)'") }
        return unit
    }

    func zone(_ node: Node, _ key: String) throws(ConfigurationError) -> String {
        let raw = try text(node, key)
        guard TimeZone(identifier: raw) != nil else {
            throw error(key, node, "expected an IANA time zone such as Europe/Ljubljana, found '\(raw)'")
        }
        return raw
    }

    /// `m:ss` per kilometre → seconds per kilometre.
    func pace(_ node: Node, _ key: String) throws(ConfigurationError) -> Double {
        let raw = try text(node, key)
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let minutes = Int(parts[0]), parts[1].count == 2, let seconds = Int(parts[1]),
            (0...15).contains(minutes), (0..<60).contains(seconds), minutes * 60 + seconds >= 120,
            minutes * 60 + seconds <= 900
        else {
            throw error(key, node, "expected a pace per km as m:ss between 2:00 and 15:00, found '\(raw)'")
        }
        return Double(minutes * 60 + seconds)
    }

    func isQuoted(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { return scalar.style != .plain }
        return false
    }

    func modelJSON(_ node: Node) throws(ConfigurationError) -> Data? {
        if isNull(node) { return nil }
        guard case .mapping = node else {
            throw error("model", node, "expected a mapping of parameter names to values")
        }
        do {
            return try JSONSerialization.data(withJSONObject: jsonValue(node), options: [.sortedKeys])
        } catch {
            // JSON has no infinity or NaN (YAML's .inf and .nan), the one value JSON cannot carry.
            throw self.error(
                "model", node, "holds a number that is not finite (.inf or .nan); write an ordinary number")
        }
    }

    func exercisesYAML(_ node: Node) throws(ConfigurationError) -> String? {
        if isNull(node) { return nil }
        guard case .sequence = node else { throw error("exercises", node, "expected a list of catalogue entries") }
        do {
            return try Yams.serialize(node: Node.mapping(Node.Mapping([(Node("exercises"), node)])))
        } catch {
            throw self.error("exercises", node, "cannot be read as a list of catalogue entries; check its YAML")
        }
    }

    /// A Foundation JSON value for a YAML node, typing plain scalars as YAML 1.1 core does.
    func jsonValue(_ node: Node) -> Any {
        switch node {
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping { object[key.string ?? ""] = jsonValue(value) }
            return object
        case .sequence(let sequence):
            return sequence.map { jsonValue($0) }
        case .scalar(let scalar):
            if isNull(node) { return NSNull() }
            if scalar.style == .plain {
                // Yams reads YAML 1.1 base-60 integers (`1:30`) with unchecked multiplication and
                // traps on a long one (`1:2:3:4:5:6:7:8:9:10:11`, F3): those are read as floats
                // (90.0), which cannot trap, and the parameter ranges judge the value.
                if !scalar.string.contains(":"), let int = node.int { return int }
                if let double = node.float { return double }
                if let bool = node.bool { return bool }
            }
            return scalar.string
        case .alias:
            return NSNull()
        }
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): isNull(node) ? "nothing" : "'\(scalar.string)'"
        }
    }

    func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    /// The allowed key within edit distance 3 of `name` (or of its start), for a "did you mean" hint.
    func closest(_ name: String, in allowed: [String]) -> String? {
        let lower = name.lowercased()
        let scored = allowed.map { candidate in
            let target = candidate.lowercased()
            // Compare with the whole key and with its start, so a shortened misspelling
            // (`sitingHours` for `sittingHoursPerDay`) still finds it.
            return (
                candidate, min(editDistance(lower, target), editDistance(lower, String(target.prefix(lower.count + 1))))
            )
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 3 else { return nil }
        return best.0
    }

    func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
