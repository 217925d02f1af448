import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An independent, deliberately simple reading of GPX/TCX files with Foundation's DOM-less
/// `XMLParser`, used to check the streaming reader's numbers. It shares no code with `Ingest`.
final class ReferenceReader: NSObject, XMLParserDelegate {
    struct Track {
        var points = 0
        var firstTime: Date?
        /// Haversine sum within segments (GPX) or the last cumulative distance (TCX).
        var distance = 0.0
        var heartRates: [Double] = []
        /// Heart rate held from each timed sample to the next one in the same segment, at most
        /// 120 s (GPX), as `docs/inspect.md` defines the mean.
        var heldHeartRateSum = 0.0
        var heldHeartRateSeconds = 0.0
        /// TCX: lap `AverageHeartRateBpm` weighted by lap `TotalTimeSeconds` (the device's mean).
        var lapHeartRateSum = 0.0
        var lapSeconds = 0.0
        var lapSecondsWithHeartRate = 0.0
    }

    private(set) var tracks: [Track] = []
    private var path: [String] = []
    private var text = ""
    private var lastPosition: (Double, Double)?
    private var pointLatitude: Double?
    private var pointLongitude: Double?
    private var pointTime: Date?
    private var pointHeartRate: Double?
    private var lastHeartRate: (time: Date, value: Double)?
    private var currentLapSeconds = 0.0
    private let isTCX: Bool

    init(data: Data, tcx: Bool) {
        isTCX = tcx
        super.init()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        path.append(name)
        text = ""
        switch name {
        case "trk" where !isTCX, "Activity" where isTCX:
            tracks.append(Track())
        case "trkseg", "Track":
            lastPosition = nil
            lastHeartRate = nil
        case "trkpt" where !tracks.isEmpty, "Trackpoint" where !tracks.isEmpty && path.contains("Activity"):
            tracks[tracks.count - 1].points += 1
            pointLatitude = attributes["lat"].flatMap(Double.init)
            pointLongitude = attributes["lon"].flatMap(Double.init)
            pointTime = nil
            pointHeartRate = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { path.removeLast() }
        guard !tracks.isEmpty else { return }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let inPoint = path.contains(isTCX ? "Trackpoint" : "trkpt")
        switch name {
        case "time", "Time":
            if inPoint, tracks[tracks.count - 1].firstTime == nil {
                tracks[tracks.count - 1].firstTime = Self.date(value)
            }
            if inPoint { pointTime = Self.date(value) }
        case "hr" where inPoint:
            if let hr = Double(value) {
                tracks[tracks.count - 1].heartRates.append(hr)
                pointHeartRate = hr
            }
        case "Value" where inPoint && path.dropLast().last == "HeartRateBpm":
            if let hr = Double(value) {
                tracks[tracks.count - 1].heartRates.append(hr)
                pointHeartRate = hr
            }
        case "TotalTimeSeconds" where path.dropLast().last == "Lap":
            currentLapSeconds = Double(value) ?? 0
            tracks[tracks.count - 1].lapSeconds += currentLapSeconds
        case "Value" where path.dropLast().last == "AverageHeartRateBpm" && path.dropLast(2).last == "Lap":
            if let hr = Double(value) {
                tracks[tracks.count - 1].lapHeartRateSum += hr * currentLapSeconds
                tracks[tracks.count - 1].lapSecondsWithHeartRate += currentLapSeconds
            }
        case "LatitudeDegrees" where inPoint: pointLatitude = Double(value)
        case "LongitudeDegrees" where inPoint: pointLongitude = Double(value)
        case "DistanceMeters" where inPoint:
            if let d = Double(value) { tracks[tracks.count - 1].distance = max(tracks[tracks.count - 1].distance, d) }
        case "trkpt", "Trackpoint":
            if let time = pointTime, let hr = pointHeartRate {
                if let last = lastHeartRate {
                    if time > last.time {
                        let seconds = min(time.timeIntervalSince(last.time), 120)
                        tracks[tracks.count - 1].heldHeartRateSum += last.value * seconds
                        tracks[tracks.count - 1].heldHeartRateSeconds += seconds
                    }
                    if time >= last.time { lastHeartRate = (time, hr) }
                } else {
                    lastHeartRate = (time, hr)
                }
            }
            if name == "trkpt", let lat = pointLatitude, let lon = pointLongitude {
                if let (lat0, lon0) = lastPosition {
                    tracks[tracks.count - 1].distance += Self.haversine(lat0, lon0, lat, lon)
                }
                lastPosition = (lat, lon)
            }
        default:
            break
        }
    }

    private static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// Great-circle distance on a sphere of radius 6,371 km.
    private static func haversine(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let h = pow(sin((lat2 - lat1) * r / 2), 2) + cos(lat1 * r) * cos(lat2 * r) * pow(sin((lon2 - lon1) * r / 2), 2)
        return 2 * 6_371_000 * asin(sqrt(h))
    }
}
