import Foundation
import HipBalanceCore

/// One line of `hipbalance inspect` output: what reading one input file gave.
///
/// Encoded with `JSONEncoder` (`.sortedKeys`) as one compact JSON object per line. The keys a
/// status has are always written (absent values as `null`), the others left out: `format`,
/// `activities` and `warnings` for `ok` (`strength` too for FIT files), `reason` for `empty`,
/// `error` for `error`. The interface is documented in `docs/inspect.md`.
public struct InspectRecord: Sendable, Hashable, InspectionLine {
    /// `ok` (activities read), `empty` (readable, nothing recorded) or `error`.
    public enum Status: String, Sendable, Hashable, Encodable {
        case ok, empty, error
    }

    /// Where reading failed; line and column are null when unknown.
    public struct Failure: Sendable, Hashable, Encodable {
        public var line: Int?
        public var column: Int?
        public var message: String

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(message, forKey: .message)
        }

        private enum CodingKeys: String, CodingKey { case line, column, message }
    }

    public var file: String
    public var status: Status
    public var format: ActivityFormat?
    public var activities: [InspectedActivity]
    /// Written as `text(withPath: false)`: the line names the file already.
    public var warnings: [Diagnostic]
    public var reason: String?
    public var error: Failure?
    /// The strength sets of a FIT file; nil for files without any.
    public var strength: InspectedStrength?

    /// The record for a file the activity reader read. The strength sets a FIT file holds must be
    /// resolved already (`ExerciseResolver.resolvingExercises(of:)`, as `Inspection` does): a set
    /// without a catalogue id is counted as an unknown exercise.
    public init(file: String, activityFile: ActivityFile) {
        self.file = file
        if let log = activityFile.strength {
            strength = InspectedStrength(log)
        }
        if activityFile.activities.isEmpty && strength == nil {
            status = .empty
            reason = activityFile.emptyReason ?? "no recorded activity"
        } else {
            status = .ok
            format = activityFile.format
        }
        activities = activityFile.activities.map(InspectedActivity.init)
        warnings = activityFile.warnings
    }

    /// The record for a file that could not be read.
    public init(file: String, error: IngestError) {
        self.file = file
        status = .error
        activities = []
        warnings = []
        self.error = Failure(line: error.location.line, column: error.location.column, message: error.message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(status, forKey: .status)
        switch status {
        case .ok:
            try container.encode(format, forKey: .format)
            try container.encode(activities, forKey: .activities)
            if format == .fit { try container.encode(strength, forKey: .strength) }
            try container.encode(warnings.map { $0.text(withPath: false) }, forKey: .warnings)
        case .empty:
            try container.encode(reason, forKey: .reason)
        case .error:
            try container.encode(error, forKey: .error)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case file, status, format, activities, strength, warnings, reason, error
    }
}
