import Foundation
import HipBalanceCore

/// A model parameter override that cannot be applied, naming the parameter.
public struct ModelParametersError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The parameter name (`kEndurance`, `runFlat.quads`, `balanceCutoffs[1]`).
    public var key: String
    public var message: String

    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { "model parameter \(key): \(message)" }
}
