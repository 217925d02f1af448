import Foundation

/// The shared real-world corpus beside the package (`../shared/corpus`), found from this file's
/// path so the tests work from any checkout next to `shared/`.
enum Corpus {
    /// The folder holding `Package.swift`.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["HIPBALANCE_CORPUS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    /// In CI the corpus must be there: its tests fail rather than run on nothing.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// File names in a corpus folder (`gpx`, `tcx`, `malformed`), sorted.
    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "SOURCES.md" }.sorted()
    }

    static func url(_ folder: String, _ name: String) -> URL {
        root.appendingPathComponent(folder).appendingPathComponent(name)
    }

    static func data(_ folder: String, _ name: String) throws -> Data {
        try Data(contentsOf: url(folder, name))
    }

    /// Files that hold no recorded activity, with the reason they give (corpus README).
    static let emptyFiles: [String: String] = [
        "tcx/dblocktcx__brighton-beach.tcx": "course only, no recorded activity",
        "tcx/dblocktcx__simple_workout_1.tcx": "workout plan only, no recorded activity",
        "gpx/gc__MetadataOnly.gpx": "metadata only, no recorded activity",
        "gpx/gpxgo__iso8859-1encoded.gpx": "waypoints only, no recorded activity",
        "gpx/gpxpy__unicode2.gpx": "empty track, no recorded activity",
        "gpx/georust__ecology-trail-and-lovers-lane-loop.gpx": "route only, no recorded activity",
    ]

    /// Activity files whose tracks have no usable time (corpus README).
    static let untimedFiles: Set<String> = [
        "gpx/gc__A_ride_mapped_on_11_22_2011.gpx", "gpx/georust__strava_route_example.gpx",
        "gpx/georust__outdooractive-export.gpx", "gpx/gpxpy__cerknicko-without-times.gpx", "gpx/gpxpy__Mojstrovka.gpx",
    ]
}

/// Compresses bytes with the system's `gzip`, as a test fixture built at run time.
func gzipped(_ data: Data) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -c -n"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let writer = Thread {
        input.fileHandleForWriting.write(data)
        try? input.fileHandleForWriting.close()
    }
    writer.start()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return result
}
