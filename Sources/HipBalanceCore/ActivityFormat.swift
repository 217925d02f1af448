import Foundation

/// The format an activity file was read as.
public enum ActivityFormat: String, Sendable, Hashable, Codable {
    case gpx
    case tcx
    case fit
}
