/// A test helper's failure, in plain words.
public struct ProcessRunnerError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
