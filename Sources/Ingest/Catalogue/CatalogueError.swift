import Foundation

/// Exercise-catalogue entries that could not be read: which entry (counted from 1) and id when
/// known, and in plain words what is wrong and what to do. The catalogue sits in `team.yaml`'s
/// `exercises:`, whose line the configuration error adds.
public struct CatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to do.
    public var reason: String
    /// The entry's position in the list, from 1; nil when the list as a whole cannot be read.
    public var entry: Int?
    /// The entry's id, when it has one.
    public var id: String?

    public init(_ reason: String, entry: Int? = nil, id: String? = nil) {
        self.reason = reason
        self.entry = entry
        self.id = id
    }

    /// `exercise catalogue entry 3 ('hip-thrust'): reason`.
    public var message: String {
        var label = "exercise catalogue"
        if let entry { label += " entry \(entry)" }
        if let id { label += " ('\(id)')" }
        return "\(label): \(reason)"
    }

    public var description: String { message }
}
