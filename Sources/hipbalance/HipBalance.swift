import ArgumentParser
import Batch
import Foundation

@main
struct HipBalance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hipbalance",
        abstract: "Quad/low-back versus glute/core balance for endurance athletes, from their own exports.",
        version: hipBalanceVersion,
        subcommands: [Inspect.self, Run.self, Merge.self]
    )

    /// Usage errors exit 2 (the documented status), not ArgumentParser's default 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}
