import Foundation
import HipBalanceCore

/// A problem with the output folder: it cannot be created or written, or another run holds it.
/// It names the file or folder concerned; its message says in plain words what went wrong and
/// what to do.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; the reasons are the system's, in plain words (`PlainError`).
    public enum Problem: Sendable, Hashable {
        /// `--out` names a file.
        case notAFolder
        /// A folder cannot be created.
        case cannotCreate(reason: String)
        /// A file cannot be written (or its finished copy moved into place).
        case cannotWrite(reason: String)
        /// A report's place is taken by a folder.
        case targetIsAFolder
        /// A new report cannot be moved into place when the run publishes; the previous ones were kept.
        case cannotPublish(reason: String)
        /// Another hipbalance run holds the folder's lock.
        case locked
    }

    public var problem: Problem
    /// The file or folder concerned (absolute).
    public var path: String

    public init(_ problem: Problem, at path: String) {
        self.problem = problem
        self.path = path
    }

    /// True when another hipbalance process holds the folder's lock.
    public var isLocked: Bool { problem == .locked }

    /// What went wrong and what to do, without the path (the location names it).
    public var message: String {
        switch problem {
        case .notAFolder:
            "the output is a file, not a folder; give --out a folder"
        case .cannotCreate(let reason):
            "cannot create this folder: \(reason); give --out a folder you can write to"
        case .cannotWrite(let reason):
            "cannot write here: \(reason); make room or fix the permissions, then run again"
        case .targetIsAFolder:
            "cannot write this report: the path is a folder, not a file; move the folder away, then run again"
        case .cannotPublish(let reason):
            "cannot move a new report here: \(reason); the previous reports were kept, run again once this is fixed"
        case .locked:
            "another hipbalance run is writing to this output folder (its \(OutputFolder.lockFileName) is held); "
                + "try again when it has finished"
        }
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }

    /// The problem as the run reports it, at the path concerned.
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: SourceLocation(source: path)) }
}
