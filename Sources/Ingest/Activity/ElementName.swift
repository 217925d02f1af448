/// The element local names the activity reader acts on, recognised from libxml2's byte strings
/// without creating Swift strings. Matching ignores ASCII case, so `Extensions`/`extensions` and
/// `Speed`/`speed` are one name; the reader tells GPX and TCX meanings apart by context.
enum ElementName: UInt8 {
    case other
    // GPX
    case gpx, wpt, rte, rtept, trk, trkseg, trkpt, ele, time, type, extensions
    case hr, cad, cadence, power, temperature, speed
    // TCX
    case trainingCenterDatabase, activity, course, courses, workouts, lap, track, trackpoint
    case position, latitudeDegrees, longitudeDegrees, altitudeMeters, distanceMeters, heartRateBpm, value
    case runCadence, creator, name, totalTimeSeconds, averageHeartRateBpm, maximumHeartRateBpm

    /// Classifies a NUL-terminated local name.
    static func classify(_ name: UnsafePointer<UInt8>) -> ElementName {
        var count = 0
        while name[count] != 0 { count += 1 }
        let length = count
        /// Whether the name equals `literal` (lower-case ASCII) ignoring case; the lengths match.
        func `is`(_ literal: StaticString) -> Bool {
            assert(literal.utf8CodeUnitCount == length)
            let bytes = literal.utf8Start
            for k in 0..<length where name[k] | 0x20 != bytes[k] { return false }
            return true
        }
        switch length {
        case 2: return `is`("hr") ? .hr : .other
        case 3:
            if `is`("ele") { return .ele }
            if `is`("cad") { return .cad }
            if `is`("gpx") { return .gpx }
            if `is`("trk") { return .trk }
            if `is`("rte") { return .rte }
            if `is`("wpt") { return .wpt }
            if `is`("lap") { return .lap }
            return .other
        case 4:
            if `is`("time") { return .time }
            if `is`("type") { return .type }
            if `is`("temp") { return .temperature }
            if `is`("name") { return .name }
            return .other
        case 5:
            if `is`("trkpt") { return .trkpt }
            if `is`("value") { return .value }
            if `is`("speed") { return .speed }
            if `is`("power") || `is`("watts") { return .power }
            if `is`("atemp") { return .temperature }
            if `is`("track") { return .track }
            if `is`("rtept") { return .rtept }
            return .other
        case 6:
            if `is`("trkseg") { return .trkseg }
            if `is`("course") { return .course }
            return .other
        case 7:
            if `is`("cadence") { return .cadence }
            if `is`("creator") { return .creator }
            if `is`("courses") { return .courses }
            return .other
        case 8:
            if `is`("position") { return .position }
            if `is`("activity") { return .activity }
            if `is`("workouts") { return .workouts }
            return .other
        case 10:
            if `is`("extensions") { return .extensions }
            if `is`("trackpoint") { return .trackpoint }
            if `is`("runcadence") { return .runCadence }
            return .other
        case 12:
            if `is`("heartratebpm") { return .heartRateBpm }
            if `is`("powerinwatts") { return .power }
            return .other
        case 14:
            if `is`("altitudemeters") { return .altitudeMeters }
            if `is`("distancemeters") { return .distanceMeters }
            return .other
        case 15: return `is`("latitudedegrees") ? .latitudeDegrees : .other
        case 16:
            if `is`("longitudedegrees") { return .longitudeDegrees }
            if `is`("totaltimeseconds") { return .totalTimeSeconds }
            return .other
        case 19:
            if `is`("averageheartratebpm") { return .averageHeartRateBpm }
            if `is`("maximumheartratebpm") { return .maximumHeartRateBpm }
            return .other
        case 22: return `is`("trainingcenterdatabase") ? .trainingCenterDatabase : .other
        default: return .other
        }
    }
}
