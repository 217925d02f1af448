import Foundation
import HipBalanceCore

/// The state machine that turns the SAX events of one GPX or TCX document into activities.
///
/// It knows nothing of libxml2: `XMLPushParser` hands it local names as bytes, attribute values
/// as byte buffers and text as byte chunks. Elements are matched by local name whatever their
/// namespace or prefix (see `docs/inspect.md`); context (depth of the current point, extensions,
/// heart-rate element, …) decides what a name means.
///
/// It owns the buffer that collects an element's text, so it cannot be copied (a copy would
/// share the buffer) and frees the buffer when it ends.
struct ActivityDocument: ~Copyable {
    /// What the text being captured will become.
    private enum Field {
        case none, time, elevation, latitude, longitude, distance, heartRate, cadence, power, temperature, speed
        case sportLabel, device, lapSeconds, lapDistance, lapMeanHeartRate, lapMaximumHeartRate
    }

    let source: String
    private(set) var format: ActivityFormat?
    /// A fatal problem found by the handler itself (an unexpected root element).
    private(set) var failure: IngestError?
    /// The current line and column in the document, supplied by the parser driver.
    var currentPosition: () -> (line: Int, column: Int) = { (0, 0) }

    /// Elements started and not yet ended.
    private(set) var depth = 0
    private var fileCreator: String?
    private var current: ActivityAccumulator?
    private var currentIsRoute = false
    private var containerDepth = -1
    private var creatorDepth = -1
    private var pointDepth = -1
    private var extensionsDepth = -1
    private var positionDepth = -1
    private var heartRateDepth = -1
    private var lapDepth = -1
    private var lapHeartRateDepth = -1
    private var lapHeartRateField = Field.none
    /// TCX laps: this lap's start, the previous lap's start plus its timer time (NaN when unknown),
    /// and the tracks seen in this lap, which decide whether a lap or track start is a pause.
    private var lapStart = Double.nan
    private var previousLapEnd = Double.nan
    private var tracksInLap = 0
    /// Laps whose times join within this many seconds (rounded lap times) are one running timer.
    private static let lapJoinSeconds = 2.0
    private var point = TrackPoint()
    private var names = ElementNameCache()

    private var field = Field.none
    private var fieldDepth = -1
    private let text: UnsafeMutablePointer<UInt8>
    private let textCapacity: Int
    private var textLength = 0

    private(set) var activities: [Activity] = []
    private var waypoints = 0
    private var untimedRoutes = 0
    private var emptyTracks = 0
    private var sawCourse = false
    private var sawWorkout = false
    private var warnings: [Diagnostic] = []
    private var unparsable: [String: (count: Int, firstLine: Int)] = [:]

    /// `textCapacity` bytes of an element's text are kept: enough for any number, date or name a
    /// device writes; a longer number is unparsable, a longer name is cut (with a warning).
    init(source: String, textCapacity: Int) {
        self.source = source
        self.text = UnsafeMutablePointer<UInt8>.allocate(capacity: textCapacity)
        self.textCapacity = textCapacity
    }

    deinit { text.deallocate() }

    // MARK: SAX events

    /// An element starts; `attributes.value(of:)` gives the bytes of its attribute values.
    mutating func startElement(_ localName: UnsafePointer<UInt8>, attributes: SAXAttributes) {
        depth += 1
        guard failure == nil else { return }
        let name = names.classify(localName)
        if depth == 1 {
            startRoot(name, localName: localName, attributes: attributes)
            return
        }
        switch format {
        case .gpx: startGPX(name, attributes: attributes)
        case .tcx: startTCX(name, attributes: attributes)
        case .fit, nil: break
        }
    }

    /// Text (or CDATA) inside the current element.
    mutating func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard field != .none else { return }
        let room = textCapacity - textLength
        let n = min(room, count)
        if n > 0 { (text + textLength).update(from: bytes, count: n) }
        textLength += count
    }

    /// The current element ends.
    mutating func endElement() {
        defer { depth -= 1 }
        guard failure == nil else { return }
        if depth == fieldDepth { finishField() }
        if depth == heartRateDepth { heartRateDepth = -1 }
        if depth == lapHeartRateDepth { lapHeartRateDepth = -1 }
        if depth == lapDepth { lapDepth = -1 }
        if depth == positionDepth { positionDepth = -1 }
        if depth == extensionsDepth { extensionsDepth = -1 }
        if depth == creatorDepth { creatorDepth = -1 }
        if depth == pointDepth {
            pointDepth = -1
            current?.add(point)
        }
        if depth == containerDepth { finishContainer() }
    }

    // MARK: Elements

    private mutating func startRoot(_ name: ElementName, localName: UnsafePointer<UInt8>, attributes: SAXAttributes) {
        switch name {
        case .gpx:
            format = .gpx
            fileCreator = attributes.value(of: "creator").flatMap(Self.trimmedText)
        case .trainingCenterDatabase:
            format = .tcx
        default:
            let found = String(cString: localName)
            failure = IngestError(
                "expected a gpx or TrainingCenterDatabase root element, found \(found)",
                at: SourceLocation(source: source, line: currentPosition().line, column: currentPosition().column))
        }
    }

    private mutating func startGPX(_ name: ElementName, attributes: SAXAttributes) {
        if pointDepth >= 0 {
            if depth == pointDepth + 1 {
                switch name {
                case .ele: capture(.elevation)
                case .time: capture(.time)
                case .speed: capture(.speed)
                case .extensions: extensionsDepth = depth
                default: break
                }
            } else if extensionsDepth >= 0 {
                captureExtension(name)
            }
            return
        }
        switch name {
        case .trk, .rte:
            guard current == nil, depth == 2 else { return }
            current = ActivityAccumulator()
            current?.device = fileCreator
            currentIsRoute = name == .rte
            containerDepth = depth
        case .trkseg where current != nil:
            current?.beginSegment()
        case .trkpt, .rtept:
            guard current != nil else { return }
            startPoint(latitude: attributes.value(of: "lat"), longitude: attributes.value(of: "lon"))
        case .type where depth == containerDepth + 1:
            capture(.sportLabel)
        case .wpt where depth == 2:
            waypoints += 1
        default:
            break
        }
    }

    private mutating func startTCX(_ name: ElementName, attributes: SAXAttributes) {
        if pointDepth >= 0 {
            if depth == pointDepth + 1 {
                switch name {
                case .time: capture(.time)
                case .altitudeMeters: capture(.elevation)
                case .distanceMeters: capture(.distance)
                case .cadence: capture(.cadence)
                case .heartRateBpm: heartRateDepth = depth
                case .position: positionDepth = depth
                case .extensions: extensionsDepth = depth
                default: break
                }
            } else if depth == positionDepth + 1 {
                if name == .latitudeDegrees {
                    capture(.latitude)
                } else if name == .longitudeDegrees {
                    capture(.longitude)
                }
            } else if depth == heartRateDepth + 1 {
                if name == .value { capture(.heartRate) }
            } else if extensionsDepth >= 0 {
                captureExtension(name)
            }
            return
        }
        switch name {
        case .activity where current == nil:
            current = ActivityAccumulator()
            current?.hasTimerSignals = true
            previousLapEnd = .nan
            current?.sportLabel = attributes.value(of: "Sport").flatMap(Self.trimmedText)
            currentIsRoute = false
            containerDepth = depth
        case .lap where current != nil:
            current?.laps += 1
            lapDepth = depth
            let parsed = attributes.value(of: "StartTime").flatMap(Timestamp.parse)
            let start = parsed.map(\.seconds).flatMap { $0 >= Timestamp.earliestUsable ? $0 : nil }
            current?.lapTotals.startLap(at: start)
            // A lap that starts where the previous one's timer time ended (auto-lap, a rest lap
            // without points) continues the timer; any other lap start is a pause.
            let joins = start.map { abs($0 - previousLapEnd) <= Self.lapJoinSeconds } ?? false
            if !joins { current?.beginSegment() }
            lapStart = start ?? .nan
            previousLapEnd = .nan
            tracksInLap = 0
        case .totalTimeSeconds where lapDepth >= 0 && depth == lapDepth + 1:
            capture(.lapSeconds)
        case .distanceMeters where lapDepth >= 0 && depth == lapDepth + 1:
            capture(.lapDistance)
        case .averageHeartRateBpm, .maximumHeartRateBpm:
            guard lapDepth >= 0, depth == lapDepth + 1 else { return }
            lapHeartRateDepth = depth
            lapHeartRateField = name == .averageHeartRateBpm ? .lapMeanHeartRate : .lapMaximumHeartRate
        case .value where lapHeartRateDepth >= 0 && depth == lapHeartRateDepth + 1:
            capture(lapHeartRateField)
        case .track where current != nil:
            // A second track inside one lap is the device resuming after a stop.
            if lapDepth < 0 || tracksInLap > 0 { current?.beginSegment() }
            tracksInLap += 1
        case .trackpoint where current != nil:
            startPoint(latitude: nil, longitude: nil)
        case .creator where current != nil && depth == containerDepth + 1:
            creatorDepth = depth
        case .name where creatorDepth >= 0 && depth == creatorDepth + 1:
            capture(.device)
        case .course, .courses:
            sawCourse = true
        case .workouts:
            sawWorkout = true
        default:
            break
        }
    }

    /// Sensor values inside a point's extensions, at any depth and in any namespace.
    private mutating func captureExtension(_ name: ElementName) {
        switch name {
        case .hr: capture(.heartRate)
        case .cad, .cadence, .runCadence: capture(.cadence)
        case .power: capture(.power)
        case .temperature: capture(.temperature)
        case .speed: capture(.speed)
        default: break
        }
    }

    private mutating func startPoint(latitude: UnsafeBufferPointer<UInt8>?, longitude: UnsafeBufferPointer<UInt8>?) {
        pointDepth = depth
        point = TrackPoint()
        if let latitude { point.latitude = number(latitude, field: "lat") ?? .nan }
        if let longitude { point.longitude = number(longitude, field: "lon") ?? .nan }
    }

    private mutating func capture(_ wanted: Field) {
        field = wanted
        fieldDepth = depth
        textLength = 0
    }

    // MARK: Values

    private mutating func finishField() {
        let captured = field
        field = .none
        fieldDepth = -1
        let isName = captured == .sportLabel || captured == .device
        if textLength > textCapacity {
            // A number or a date this long is damage; a name this long is kept, cut, and said so.
            guard isName else {
                noteUnparsable(Self.fieldName(captured))
                return
            }
            warn(
                "the \(Self.fieldName(captured)) is \(textLength) bytes long; the first \(textCapacity) are kept",
                line: currentPosition().line)
        }
        let bytes = UnsafeBufferPointer(start: text, count: min(textLength, textCapacity))
        switch captured {
        case .none: break
        case .time:
            guard let instant = Timestamp.parse(bytes) else {
                noteUnparsable("time")
                return
            }
            if instant.zoneAssumed { current?.noteZoneAssumed() }
            if instant.seconds >= Timestamp.earliestUsable {
                point.time = instant.seconds
            } else {
                current?.noteSentinelTime()
            }
        case .elevation: point.elevation = number(bytes, field: "elevation") ?? .nan
        case .latitude: point.latitude = number(bytes, field: "latitude") ?? .nan
        case .longitude: point.longitude = number(bytes, field: "longitude") ?? .nan
        case .distance: point.distance = number(bytes, field: "distance") ?? .nan
        case .heartRate: point.heartRate = number(bytes, field: "heart rate") ?? .nan
        case .cadence: point.cadence = number(bytes, field: "cadence") ?? .nan
        case .power: point.power = number(bytes, field: "power") ?? .nan
        case .temperature: point.temperature = number(bytes, field: "temperature") ?? .nan
        case .speed: point.speed = number(bytes, field: "speed") ?? .nan
        case .lapSeconds:
            if let seconds = number(bytes, field: "lap time") {
                current?.lapTotals.addSeconds(seconds)
                previousLapEnd = lapStart + seconds
            }
        case .lapDistance: number(bytes, field: "lap distance").map { current?.lapTotals.addDistance($0) }
        case .lapMeanHeartRate: number(bytes, field: "lap heart rate").map { current?.lapTotals.addMeanHeartRate($0) }
        case .lapMaximumHeartRate:
            number(bytes, field: "lap heart rate").map { current?.lapTotals.addMaximumHeartRate($0) }
        case .sportLabel: current?.sportLabel = Self.trimmedText(bytes)
        case .device: current?.device = Self.trimmedText(bytes)
        }
    }

    private mutating func number(_ bytes: UnsafeBufferPointer<UInt8>, field name: String) -> Double? {
        if let value = Numbers.parseDouble(bytes) { return value }
        // Empty elements (`<ele/>`) are absence, not damage.
        if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { noteUnparsable(name) }
        return nil
    }

    /// A warning about this file, at `line` when one line is to blame.
    /// A warning about this file, at `line` or about its `activity` (counted from 1) when known.
    private mutating func warn(_ message: String, line: Int? = nil, activity: Int? = nil) {
        warnings.append(
            Diagnostic(.warning, message, at: SourceLocation(source: source, line: line, activity: activity)))
    }

    private mutating func noteUnparsable(_ name: String) {
        if let seen = unparsable[name] {
            unparsable[name] = (seen.count + 1, seen.firstLine)
        } else {
            unparsable[name] = (1, currentPosition().line)
        }
    }

    private static func fieldName(_ field: Field) -> String {
        switch field {
        case .none: "text"
        case .time: "time"
        case .elevation: "elevation"
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .distance: "distance"
        case .heartRate: "heart rate"
        case .cadence: "cadence"
        case .power: "power"
        case .temperature: "temperature"
        case .speed: "speed"
        case .sportLabel: "sport"
        case .device: "device name"
        case .lapSeconds: "lap time"
        case .lapDistance: "lap distance"
        case .lapMeanHeartRate, .lapMaximumHeartRate: "lap heart rate"
        }
    }

    /// UTF-8 text with surrounding whitespace removed; nil when nothing is left. A character cut
    /// at the end of a full buffer (decoded as U+FFFD) is dropped.
    private static func trimmedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var decoded = String(decoding: bytes, as: UTF8.self)
        while decoded.hasSuffix("\u{FFFD}") { decoded.removeLast() }
        let trimmed = decoded.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    // MARK: Activities

    private mutating func finishContainer() {
        containerDepth = -1
        guard let accumulator = current else { return }
        current = nil
        let number = activities.count + 1
        if accumulator.points == 0 {
            if accumulator.lapTotals.seconds > 0 {
                activities.append(accumulator.finishFromLaps(source: source))
                warn("no trackpoints; summary from the lap totals", activity: number)
            } else {
                emptyTracks += 1
            }
            return
        }
        // A route (`rte`) is a plan unless its points carry times, as some recorders write them.
        if currentIsRoute && !accumulator.hasTimedPoints {
            untimedRoutes += 1
            return
        }
        let (activity, sportInferred) = accumulator.finish(source: source)
        activities.append(activity)
        if sportInferred {
            warn("no sport given; taken as cycling from its mean moving speed", activity: number)
        }
        if accumulator.backwardSteps > 0 {
            warn(
                "\(accumulator.backwardSteps) points earlier than the point before them were left out (no time, distance or values)",
                activity: number)
        }
        for phrase in accumulator.rejected.phrases {
            warn("ignored \(phrase)", activity: number)
        }
        if activity.summary.timeZoneAssumed {
            warn("timestamps without a time zone were taken as UTC", activity: number)
        }
        if let reason = accumulator.noUsableTimeReason {
            warn("\(reason); durations are unknown", activity: number)
        }
    }

    /// The result once the document ended without a fatal error.
    func result() -> ActivityFile {
        var allWarnings = warnings
        for (name, seen) in unparsable.sorted(by: { $0.key < $1.key }) {
            allWarnings.append(
                Diagnostic(
                    .warning, "ignored \(seen.count) unparsable \(name) value\(seen.count == 1 ? "" : "s")",
                    at: SourceLocation(source: source, line: seen.firstLine)))
        }
        let format = format ?? .gpx
        guard activities.isEmpty else {
            return ActivityFile(format: format, activities: activities, warnings: allWarnings)
        }
        return ActivityFile(format: format, activities: [], emptyReason: emptyReason(format), warnings: allWarnings)
    }

    private func emptyReason(_ format: ActivityFormat) -> String {
        switch format {
        case .fit:
            return "no recorded activity"
        case .tcx:
            if sawCourse { return "course only, no recorded activity" }
            if sawWorkout { return "workout plan only, no recorded activity" }
            return emptyTracks > 0 ? "activity without trackpoints" : "no recorded activity"
        case .gpx:
            if untimedRoutes > 0 { return "route only, no recorded activity" }
            if emptyTracks > 0 { return "empty track, no recorded activity" }
            if waypoints > 0 { return "waypoints only, no recorded activity" }
            return "metadata only, no recorded activity"
        }
    }
}
