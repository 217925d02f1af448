import ArgumentParser

/// The output flags `run` and `merge` share.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print run.json to standard output at the end.")
    var jsonSummary = false

    @Flag(name: .shortAndLong, help: "No progress and no log lines except errors.")
    var quiet = false
}
