import Foundation

/// Strava bulk exports built at run time for discovery and end-to-end tests.
public enum StravaExportZip {
    /// A Strava bulk-export zip: `activities.csv` at the root and the linked file in `activities/`.
    public static func make(at url: URL) throws {
        var zip = ZipWriter()
        try zip.add(
            "activities.csv", try Data(contentsOf: Corpus.url("exports/strava-activities.csv")), method: .stored)
        try zip.add(
            "activities/668551054.gpx", try Data(contentsOf: Corpus.url("exports/strava-activity-668551054.gpx")))
        try zip.add("profile.csv", Data("x,y\n".utf8), method: .stored)
        try zip.write(to: url)
    }
}
