import Foundation
import ZIPFoundation

/// Strava bulk exports built at run time for discovery and end-to-end tests.
public enum StravaExportZip {
    /// A Strava bulk-export zip: `activities.csv` at the root and the linked file in `activities/`.
    public static func make(at url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "activities.csv", fileURL: Corpus.url("exports/strava-activities.csv"))
        let gpx = try Data(contentsOf: Corpus.url("exports/strava-activity-668551054.gpx"))
        try archive.addEntry(
            with: "activities/668551054.gpx", type: .file, uncompressedSize: Int64(gpx.count),
            compressionMethod: .deflate
        ) {
            (position: Int64, size: Int) in gpx.subdata(in: Int(position)..<Int(position) + size)
        }
        try archive.addEntry(with: "profile.csv", type: .file, uncompressedSize: Int64(4)) { (_: Int64, _: Int) in
            Data("x,y\n".utf8)
        }
    }
}
