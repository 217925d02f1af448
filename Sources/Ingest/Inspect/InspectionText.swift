import Foundation
import HipBalanceCore

/// The human-readable form of an inspect record (`inspect --format text`), beside its JSON form.
/// Each line's text from the input (file, exercise and device names, messages) is escaped
/// (`VisibleText`): no input adds a line or acts on the terminal.
public enum InspectionText {
    /// One head line for a strength log, then one line per unknown exercise, warning and row error.
    public static func render(_ record: StrengthInspection) -> String {
        var head = "\(record.file): \(record.format.rawValue) log, \(record.sessions) sessions, \(record.sets) sets"
        head += " (\(record.workingSets) working, \(record.warmupSets) warm-up, \(record.timedSets) timed)"
        head += ", \(record.cardioRows) cardio rows, weights in \(record.weightUnit.rawValue)"
        if let first = record.firstDate, let last = record.lastDate { head += ", \(first) to \(last)" }
        var lines = [head]
        lines += record.unknownExercises.map(unknownExerciseLine)
        lines += record.warnings.map { "  warning: \($0.text(withPath: false))" }
        lines += record.rowErrors.map { "  row error: \($0)" }
        return lines.map(VisibleText.escaped).joined(separator: "\n")
    }

    /// One head line for an activity file (or its error), then one line per activity and warning.
    public static func render(_ record: InspectRecord) -> String {
        switch record.status {
        case .error:
            let location = [record.error?.line, record.error?.column].compactMap { $0.map(String.init) }
            let at = location.isEmpty ? "" : ":" + location.joined(separator: ":")
            return VisibleText.escaped("\(record.file)\(at): error: \(record.error?.message ?? "")")
        case .empty:
            return VisibleText.escaped("\(record.file): empty: \(record.reason ?? "")")
        case .ok:
            var lines = [
                "\(record.file): \(record.format?.rawValue ?? "") with \(record.activities.count) activit\(record.activities.count == 1 ? "y" : "ies")"
            ]
            for a in record.activities {
                var parts = [a.sport.rawValue, a.start ?? "no usable time"]
                parts.append(String(format: "%.2f km", a.distanceMeters / 1000))
                parts.append("elapsed \(duration(a.elapsedSeconds)), moving \(duration(a.movingSeconds))")
                parts.append(String(format: "+%.0f/-%.0f m", a.ascentMeters, a.descentMeters))
                parts.append("\(a.points) points")
                if a.laps > 0 { parts.append("\(a.laps) laps") }
                if let hr = a.heartRate { parts.append(String(format: "HR %.0f/%.0f", hr.mean, hr.max)) }
                if let cadence = a.cadence { parts.append(String(format: "cadence %.0f", cadence.mean)) }
                if let power = a.power {
                    parts.append(String(format: "power %.0f W (NP %.0f)", power.mean, power.normalized))
                }
                if let device = a.device { parts.append(device) }
                lines.append("  " + parts.joined(separator: ", "))
            }
            if let s = record.strength {
                lines.append(
                    "  strength: \(s.sessions) sessions, \(s.sets) sets (\(s.workingSets) working, \(s.warmupSets) warm-up, \(s.timedSets) timed)"
                )
                lines += s.unknownExercises.map(unknownExerciseLine)
                lines += s.warnings.map { "  warning: \($0.text(withPath: false))" }
            }
            lines += record.warnings.map { "  warning: \($0.text(withPath: false))" }
            return lines.map(VisibleText.escaped).joined(separator: "\n")
        }
    }

    /// An unknown exercise and its sets, which leave warm-ups out as the model does.
    private static func unknownExerciseLine(_ exercise: UnknownExercise) -> String {
        "  unknown exercise: \(exercise.name) (\(exercise.sets) set\(exercise.sets == 1 ? "" : "s"), warm-ups left out)"
    }

    private static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
    }
}
