import Foundation
import Testing

/// Small documents, generated here, with every shape of real export the activity reader
/// handles: the corpus's quirks (`../shared/corpus/SOURCES.md`, column "quirks") without the
/// corpus, so that a plain clone tests them too.
enum QuirkDocuments {
    /// What reading a document must give.
    enum Expected: Sendable, Equatable {
        /// `count` activities, each with a usable time.
        case activities(Int)
        /// No activity, with this reason.
        case empty(String)
        /// Activities whose tracks carry no usable time.
        case untimed(Int)
        /// Activities of which the first has no usable time and the others do.
        case firstUntimed(Int)
    }

    struct Document: Sendable, CustomTestStringConvertible {
        var name: String
        var data: Data
        var expected: Expected

        var testDescription: String { name }
    }

    static let gpxNamespaces = """
        xmlns="http://www.topografix.com/GPX/1/1" \
        xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" \
        xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3"
        """

    static let tcxNamespaces = """
        xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" \
        xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"
        """

    /// `count` GPX track points one second apart from `start` (seconds after 2024-05-04 07:00Z),
    /// moving north, with Garmin `ns3:` heart rate and cadence, `atemp` and a `<power>` element.
    static func gpxPoints(_ count: Int, start: Int = 0, timed: Bool = true, sensors: Bool = true) -> String {
        (0..<count).map { k in
            var point = "<trkpt lat=\"\(46.0 + Double(k) * 0.00003)\" lon=\"14.5\"><ele>\(300 + k % 7)</ele>"
            if timed { point += "<time>\(timestamp(start + k))</time>" }
            if sensors {
                point += "<extensions><power>\(200 + k % 40)</power><ns3:TrackPointExtension>"
                point += "<ns3:atemp>21.0</ns3:atemp><ns3:hr>\(130 + k % 20)</ns3:hr><ns3:cad>\(85 + k % 5)</ns3:cad>"
                point += "</ns3:TrackPointExtension></extensions>"
            }
            return point + "</trkpt>\n"
        }.joined()
    }

    /// `count` TCX track points one second apart from `start`, with `ns3:TPX` speed and watts.
    static func tcxPoints(_ count: Int, start: Int = 0, runCadence: Bool = false) -> String {
        (0..<count).map { k in
            """
            <Trackpoint><Time>\(timestamp(start + k))</Time><Position><LatitudeDegrees>\(46.0 + Double(k) * 0.00003)\
            </LatitudeDegrees><LongitudeDegrees>14.5</LongitudeDegrees></Position><AltitudeMeters>\(300 + k % 5)\
            </AltitudeMeters><DistanceMeters>\(Double(k) * 3.3)</DistanceMeters><HeartRateBpm><Value>\(140 + k % 10)\
            </Value></HeartRateBpm>\(runCadence ? "" : "<Cadence>\(88 + k % 4)</Cadence>")<Extensions><ns3:TPX>\
            <ns3:Speed>3.3</ns3:Speed>\(runCadence ? "<ns3:RunCadence>\(86 + k % 4)</ns3:RunCadence>" : "<ns3:Watts>\(210 + k % 30)</ns3:Watts>")\
            </ns3:TPX></Extensions></Trackpoint>

            """
        }.joined()
    }

    static func gpx(
        _ body: String, version: String = "1.1", creator: String = "Garmin Connect", encoding: String = "UTF-8"
    ) -> Data {
        Data(
            """
            <?xml version="1.0" encoding="\(encoding)"?>
            <gpx version="\(version)" creator="\(creator)" \(gpxNamespaces)>
            \(body)
            </gpx>

            """.utf8)
    }

    static func tcx(_ body: String) -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="no" ?>
            <TrainingCenterDatabase \(tcxNamespaces)>
            \(body)
            </TrainingCenterDatabase>

            """.utf8)
    }

    static func tcxActivity(_ sport: String, id: Int, points: String, laps: Int = 1) -> String {
        let lap = """
            <Lap StartTime="\(timestamp(id))"><TotalTimeSeconds>60.0</TotalTimeSeconds><DistanceMeters>200.0</DistanceMeters>\
            <Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod><Track>
            \(points)</Track></Lap>
            """
        return """
            <Activity Sport="\(sport)"><Id>\(timestamp(id))</Id>
            \(String(repeating: lap, count: laps))
            <Creator xsi:type="Device_t" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Name>Forerunner 910XT</Name></Creator>
            </Activity>
            """
    }

    static let all: [Document] = [
        // GPX
        Document(
            name: "garmin-connect-gpx-ns3-extensions",
            data: gpx(
                "<metadata><time>\(timestamp(0))</time></metadata><trk><name>Run</name><type>running</type><trkseg>\n\(gpxPoints(120))</trkseg></trk>"
            ),
            expected: .activities(1)),
        Document(
            name: "gpx-1.0-without-extensions",
            data: Data(
                """
                <?xml version="1.0"?>
                <gpx version="1.0" creator="GPSBabel" xmlns="http://www.topografix.com/GPX/1/0">
                <trk><trkseg>
                \(gpxPoints(60, sensors: false))</trkseg></trk>
                </gpx>
                """.utf8),
            expected: .activities(1)),
        Document(
            name: "gpx-iso-8859-1-with-accented-name",
            data: {
                let text = """
                    <?xml version="1.0" encoding="ISO-8859-1"?>
                    <gpx version="1.1" creator="gpxgo" \(gpxNamespaces)>
                    <trk><name>Rundweg am Café Müller, Straße 5</name><trkseg>
                    \(gpxPoints(30))</trkseg></trk></gpx>
                    """
                return text.data(using: .isoLatin1) ?? Data()
            }(),
            expected: .activities(1)),
        Document(
            name: "gpx-two-tracks-one-untimed",
            data: gpx(
                "<trk><trkseg>\n\(gpxPoints(20, timed: false))</trkseg></trk><trk><trkseg>\n\(gpxPoints(20, start: 3600))</trkseg></trk>"
            ),
            expected: .firstUntimed(2)),
        Document(
            name: "gpx-untimed-track", data: gpx("<trk><trkseg>\n\(gpxPoints(40, timed: false))</trkseg></trk>"),
            expected: .untimed(1)),
        Document(
            name: "gpx-metadata-only",
            data: gpx("<metadata><name>Nothing</name><time>\(timestamp(0))</time></metadata>"),
            expected: .empty("metadata only, no recorded activity")),
        Document(
            name: "gpx-waypoints-only",
            data: gpx(
                "<wpt lat=\"46.1\" lon=\"14.5\"><name>Hut</name></wpt><wpt lat=\"46.2\" lon=\"14.6\"><name>Peak</name></wpt>"
            ),
            expected: .empty("waypoints only, no recorded activity")),
        Document(
            name: "gpx-empty-segment", data: gpx("<trk><name>Empty</name><trkseg></trkseg></trk>"),
            expected: .empty("empty track, no recorded activity")),
        Document(
            name: "gpx-route-only",
            data: gpx(
                "<rte><name>Loop</name><rtept lat=\"46.1\" lon=\"14.5\"/><rtept lat=\"46.2\" lon=\"14.6\"/></rte>"),
            expected: .empty("route only, no recorded activity")),
        // TCX
        Document(
            name: "tcx-ride-with-watts",
            data: tcx("<Activities>\(tcxActivity("Biking", id: 0, points: tcxPoints(90)))</Activities>"),
            expected: .activities(1)),
        Document(
            name: "tcx-run-with-run-cadence-two-laps",
            data: tcx(
                "<Activities>\(tcxActivity("Running", id: 0, points: tcxPoints(45, runCadence: true), laps: 2))</Activities>"
            ),
            expected: .activities(1)),
        Document(
            name: "tcx-two-activities-and-folders-first",
            data: tcx(
                """
                <Folders><History><Running Name="Running"/></History></Folders>
                <Activities>\(tcxActivity("Running", id: 0, points: tcxPoints(30, runCadence: true)))\
                \(tcxActivity("Other", id: 86_400, points: tcxPoints(30, start: 86_400)))</Activities>
                """),
            expected: .activities(2)),
        Document(
            name: "tcx-course-only",
            data: tcx(
                """
                <Folders><Courses><CourseFolder Name="AllTrails"/></Courses></Folders>
                <Courses><Course><Name>Beach</Name><Lap><TotalTimeSeconds>0.0</TotalTimeSeconds></Lap><Track>
                \(tcxPoints(10))</Track></Course></Courses>
                """),
            expected: .empty("course only, no recorded activity")),
        Document(
            name: "tcx-workout-plan-only",
            data: tcx(
                "<Workouts><Workout Sport=\"Running\"><Name>4x1k</Name><Step><StepId>1</StepId></Step></Workout></Workouts>"
            ),
            expected: .empty("workout plan only, no recorded activity")),
    ]

    /// Documents that are not valid activity files, each refused with an error at a line.
    static let malformed: [Document] = [
        Document(
            name: "tcx-rootless-activities",
            data: Data(
                "<?xml version=\"1.0\"?>\n<Activities><Activity Sport=\"Running\"></Activity></Activities>\n".utf8),
            expected: .activities(0)),
        Document(
            name: "gpx-without-closing-tags",
            data: Data(
                "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" \(gpxNamespaces)>\n<trk><trkseg>\n\(gpxPoints(5))".utf8),
            expected: .activities(0)),
        Document(
            name: "gpx-with-broken-markup",
            data: Data(
                "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n<trk><trkseg>\n<trkpt lat=\"46\" lon=\"14\"><time>x</tim></trkpt>\n</trkseg></trk></gpx>\n"
                    .utf8),
            expected: .activities(0)),
    ]
}
