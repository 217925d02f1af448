import Foundation
import HipBalanceTestSupport
import Testing

/// D7 of the attack report as a user meets it: absurd channel values (1e308 rpm, 1e200 W) once
/// made a statistic infinite, and `inspect` printed an empty line and exited 0. Each value outside
/// its physical range is dropped with a warning; the one JSON line has only finite numbers.
@Suite struct OutOfRangeValuesTests {
    static func gpx() -> Data {
        let points = (0..<60).map { i in
            let cadence = i == 30 ? "1e308" : "85"
            let power = i == 31 ? "1e200" : "250"
            let heartRate = i == 32 ? "1e308" : "140"
            let elevation = i == 33 ? "1e308" : "300"
            return """
                <trkpt lat="46.\(String(format: "%04d", i))" lon="14.5"><ele>\(elevation)</ele>\
                <time>2026-01-01T00:00:\(String(format: "%02d", i))Z</time><extensions><power>\(power)</power>\
                <gpxtpx:TrackPointExtension><gpxtpx:hr>\(heartRate)</gpxtpx:hr><gpxtpx:cad>\(cadence)</gpxtpx:cad>\
                </gpxtpx:TrackPointExtension></extensions></trkpt>
                """
        }
        return Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1" \
            xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><type>cycling</type><trkseg>
            \(points.joined(separator: "\n"))
            </trkseg></trk></gpx>

            """.utf8)
    }

    @Test func absurdValuesAreDroppedWithAWarningAndTheLineStaysFinite() throws {
        let folder = try TemporaryDirectory("out-of-range")
        defer { folder.cleanUp() }
        let file = folder.url.appendingPathComponent("ride.gpx")
        try Self.gpx().write(to: file)
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        try #require(lines.count == 1, "\(result.stdout)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["status"] as? String == "ok")
        let activity = try #require((record["activities"] as? [[String: Any]])?.first)
        #expect((activity["cadence"] as? [String: Any])?["mean"] as? Double == 85)
        #expect((activity["power"] as? [String: Any])?["max"] as? Double == 250)
        #expect((activity["heartRate"] as? [String: Any])?["max"] as? Double == 140)
        let warnings = try #require(record["warnings"] as? [String])
        for channel in ["heart rate", "cadence", "power", "elevation"] {
            #expect(warnings.contains { $0.contains("ignored 1 \(channel) value outside") }, "\(channel): \(warnings)")
        }
    }
}
