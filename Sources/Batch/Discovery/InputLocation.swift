import Foundation
import Ingest

/// Where an input's bytes live.
public enum InputLocation: Sendable, Hashable {
    case file(URL)
    /// A member of a zip archive (a Strava bulk export), as its table of contents lists it.
    case archiveEntry(archive: URL, entry: ZipEntry)
    /// A member of a zip inside a zip (a Garmin Connect export's `UploadedFiles_*.zip` parts).
    case nestedArchiveEntry(NestedZip, entry: ZipEntry)
}
