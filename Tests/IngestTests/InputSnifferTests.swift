import Foundation
import Ingest
import Testing

/// The one classifier that discovery and `inspect` share: content first, the name as a fallback.
@Suite struct InputSnifferTests {
    static let cases: [(name: String, text: String, expected: SniffedInput)] = [
        ("a/ride.gpx", "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">", .activity),
        ("a/run.bin", "<TrainingCenterDatabase xmlns=\"x\">", .activity),
        (
            "a/log.csv",
            "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
            .strength
        ),
        ("a/activities.csv", "\u{FEFF}Activity ID,Activity Date,Activity Name,Activity Type,Filename\n", .stravaIndex),
        ("a/export.zip", "PK\u{3}\u{4}rest of a zip", .zipArchive),
        ("a/broken.tcx.gz", "not xml at all", .activity),
        ("a/notes.txt", "hello", .unknown(reason: "not a recognised activity file or strength log")),
        ("a/fake.ZIP", "hello", .unknown(reason: "named .zip but not a zip archive")),
        ("a/empty.gpx", "", .empty),
    ]

    @Test(arguments: cases) func classifiesByContentThenName(name: String, text: String, expected: SniffedInput) {
        #expect(InputSniffer.sniff(prefix: Data(text.utf8), name: name) == expected)
    }

    @Test func namesActivityFilesInAnyCaseWithOrWithoutGzip() {
        for name in ["x.gpx", "x.TCX", "x.fit", "x.Gpx.gz", "x.tcx.GZ", "x.fit.gz"] {
            #expect(InputSniffer.hasActivityExtension(name), "\(name)")
        }
        for name in ["x.gz", "x.gpx.zip", "gpx", "x.csv"] {
            #expect(!InputSniffer.hasActivityExtension(name), "\(name)")
        }
    }
}
