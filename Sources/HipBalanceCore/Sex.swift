import Foundation

public enum Sex: String, Sendable, Hashable, Codable {
    case female
    case male
}
