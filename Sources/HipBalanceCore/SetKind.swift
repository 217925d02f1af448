import Foundation

public enum SetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case working
    case warmup
    case drop
    case failure
}
