import ArgumentParser
import Batch

@main
struct HipBalance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hipbalance",
        abstract: "Quad/low-back versus glute/core balance for endurance athletes, from their own exports.",
        version: hipBalanceVersion,
        subcommands: [Inspect.self]
    )
}
