import Foundation
import HipBalanceCore

@testable import Ingest

/// One trackpoint of a hand-built test document; nil fields are left out of the XML.
struct TestPoint {
    var time: String?
    var latitude = 46.0
    var longitude = 11.0
    var elevation: Double?
    var heartRate: Int?
    var cadence: Int?
    var power: Int?
}

/// A GPX 1.1 document with one track of one segment holding `points`.
func gpxDocument(_ points: [TestPoint], type: String? = nil, creator: String = "test") -> Data {
    var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="\(creator)" xmlns="http://www.topografix.com/GPX/1/1" \
        xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
        <trk>\(type.map { "<type>\($0)</type>" } ?? "")<trkseg>

        """
    for p in points {
        xml += "<trkpt lat=\"\(p.latitude)\" lon=\"\(p.longitude)\">"
        if let e = p.elevation { xml += "<ele>\(e)</ele>" }
        if let t = p.time { xml += "<time>\(t)</time>" }
        var sensors = ""
        if let hr = p.heartRate { sensors += "<gpxtpx:hr>\(hr)</gpxtpx:hr>" }
        if let cad = p.cadence { sensors += "<gpxtpx:cad>\(cad)</gpxtpx:cad>" }
        if !sensors.isEmpty || p.power != nil {
            xml += "<extensions>\(p.power.map { "<power>\($0)</power>" } ?? "")"
            xml += "<gpxtpx:TrackPointExtension>\(sensors)</gpxtpx:TrackPointExtension></extensions>"
        }
        xml += "</trkpt>\n"
    }
    return Data((xml + "</trkseg></trk></gpx>\n").utf8)
}

/// `2024-05-04T07:00:00Z` plus `seconds`.
func timestamp(_ seconds: Int) -> String {
    Timestamp.iso8601(1_714_806_000 + Double(seconds))
}

/// Reads a document that must give exactly one activity.
func readOne(_ data: Data) throws -> Activity {
    let file = try ActivityReader.read(data: data, source: "test.gpx")
    guard file.activities.count == 1 else {
        throw IngestError("expected one activity, found \(file.activities.count)", at: SourceLocation(source: "test"))
    }
    return file.activities[0]
}
