import Foundation
import HipBalanceCore
import Yams

extension ExerciseCatalogue {
    /// The catalogue shipped with hipbalance (`Sources/Ingest/Resources/exercises.yaml`), loaded once.
    public static var standard: ExerciseCatalogue { StandardCatalogue.shared }

    /// Decodes catalogue entries (same schema as the shipped file, `docs/catalogue.md`) from YAML text.
    ///
    /// Accepts either a document with an `exercises:` list or a bare list. Throws a
    /// `CatalogueError` naming the entry for an unknown muscle group or pattern, a weight outside
    /// 0…1, a duplicate id, or a missing field.
    public static func entries(fromYAML text: String) throws -> [Exercise] {
        let entries: [CatalogueEntry]
        // UTF-8 named, never Yams' default: that one is read from the YAMS_DEFAULT_ENCODING
        // environment variable at every call, and printed to standard output when set.
        let decoder = YAMLDecoder(encoding: .utf8)
        do {
            entries = try decoder.decode(CatalogueDocument.self, from: text).exercises
        } catch let documentError {
            guard let list = try? decoder.decode([CatalogueEntry].self, from: text) else {
                throw CatalogueError(PlainError.describe(documentError))
            }
            entries = list
        }
        var seen = Set<String>()
        return try entries.enumerated().map { position, entry in
            let exercise = try entry.exercise(position: position + 1)
            guard seen.insert(exercise.id).inserted else {
                throw CatalogueError(
                    "duplicate id '\(exercise.id)'; give each exercise its own id", entry: position + 1)
            }
            return exercise
        }
    }
}

/// Loads the shipped catalogue exactly once, from the copy of `exercises.yaml` that SwiftPM
/// compiles into the binary (`.embedInCode`): there is no resource bundle to lose.
private enum StandardCatalogue {
    static let shared: ExerciseCatalogue = {
        let text = String(decoding: PackageResources.exercises_yaml, as: UTF8.self)
        do {
            return ExerciseCatalogue(try ExerciseCatalogue.entries(fromYAML: text))
        } catch {
            // The shipped file is fixed at build time and `ExerciseCatalogueTests` load it, so this
            // is a build that skipped its tests, not something a user's input can cause.
            fatalError("the built-in exercises.yaml is invalid: \(error)")
        }
    }()
}

/// The top level of a catalogue file.
private struct CatalogueDocument: Decodable {
    var exercises: [CatalogueEntry]
}

/// One entry as written in YAML: every field but `id`, `name` and `pattern` is optional.
private struct CatalogueEntry: Decodable {
    var id: String
    var name: String
    var aliases: [String]?
    var pattern: String
    var muscles: [String: Double]?
    var lengthens: [String]?
    var timed: Bool?
    var unilateral: Bool?

    private static func unknownMuscle(_ name: String) -> String {
        "unknown muscle group '\(name)'; use one of \(MuscleGroup.allCases.map(\.rawValue).joined(separator: ", "))"
    }

    func exercise(position: Int) throws -> Exercise {
        guard !id.isEmpty, id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
            throw CatalogueError("the id must be lower-case letters, digits and hyphens", entry: position, id: id)
        }
        guard let movement = MovementPattern(rawValue: pattern) else {
            throw CatalogueError(
                "unknown pattern '\(pattern)'; use one of \(MovementPattern.allCases.map(\.rawValue).joined(separator: ", "))",
                entry: position, id: id)
        }
        var weights: [MuscleGroup: Double] = [:]
        for (name, weight) in muscles ?? [:] {
            guard let group = MuscleGroup(rawValue: name) else {
                throw CatalogueError(Self.unknownMuscle(name), entry: position, id: id)
            }
            guard weight > 0, weight <= 1 else {
                throw CatalogueError(
                    "the weight for \(name) must be more than 0 and at most 1, found \(weight)", entry: position, id: id
                )
            }
            weights[group] = weight
        }
        let stretched = try (lengthens ?? []).map { name in
            guard let group = MuscleGroup(rawValue: name) else {
                throw CatalogueError(Self.unknownMuscle(name) + " (in lengthens)", entry: position, id: id)
            }
            return group
        }
        return Exercise(
            id: id, name: name, aliases: aliases ?? [], pattern: movement, muscles: weights,
            lengthens: stretched, timed: timed ?? false, unilateral: unilateral ?? false)
    }
}
