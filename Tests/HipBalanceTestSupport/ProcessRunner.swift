import Foundation

/// Runs external programs (the built `hipbalance`, python3, Chromium, gzip) for tests.
///
/// Output is captured through temporary files, so no pipe can fill up and block the child.
public enum ProcessRunner {
    /// What a finished process left behind.
    public struct Result: Sendable {
        public var status: Int32
        /// Standard output as bytes (a program such as gzip writes binary output).
        public var stdoutData: Data
        public var stderr: String

        /// Standard output as UTF-8 text.
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }

        /// Standard output followed by standard error, for messages and `contains` checks.
        public var output: String { stdout + stderr }
    }

    /// A started process whose output goes to two temporary files.
    public struct Started {
        public let process: Process
        let stdoutURL: URL
        let stderrURL: URL

        /// Waits for the process to end, then reads and removes its captured output.
        public func result() -> Result {
            process.waitUntilExit()
            let out = (try? Data(contentsOf: stdoutURL)) ?? Data()
            let err = (try? Data(contentsOf: stderrURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
            return Result(status: process.terminationStatus, stdoutData: out, stderr: err)
        }
    }

    /// Runs `executable` to its end. The Kubernetes shard variables are removed from the
    /// environment, so a test run inside an Indexed Job behaves like one on a laptop.
    public static func run(
        _ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
        input: Data? = nil
    ) throws -> Result {
        try start(executable, arguments, in: folder, environment: environment, input: input).result()
    }

    /// Runs a program looked up on `PATH` (through `/usr/bin/env`).
    public static func run(
        _ command: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
        input: Data? = nil
    ) throws -> Result {
        try run(
            URL(fileURLWithPath: "/usr/bin/env"), [command] + arguments, in: folder, environment: environment,
            input: input)
    }

    /// True when `command` (on `PATH`) exits 0: used to skip tests whose tool is missing.
    public static func succeeds(_ command: String, _ arguments: [String]) -> Bool {
        (try? run(command, arguments).status) == 0
    }

    public static func start(
        _ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
        input: Data? = nil
    ) throws -> Started {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env["JOB_COMPLETION_INDEX"] = nil
        env["JOB_COMPLETIONS"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        let temporary = FileManager.default.temporaryDirectory
        let stdoutURL = temporary.appendingPathComponent("hipbalance-stdout-\(UUID().uuidString)")
        let stderrURL = temporary.appendingPathComponent("hipbalance-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        var inputURL: URL?
        if let input {
            let url = temporary.appendingPathComponent("hipbalance-stdin-\(UUID().uuidString)")
            try input.write(to: url)
            process.standardInput = try FileHandle(forReadingFrom: url)
            inputURL = url
        }
        try process.run()
        // The child holds its own descriptor: the file's name is no longer needed.
        if let inputURL { try? FileManager.default.removeItem(at: inputURL) }
        return Started(process: process, stdoutURL: stdoutURL, stderrURL: stderrURL)
    }
}

/// Compresses bytes with the system's `gzip -n` (no name, no time: the same bytes every run).
public func gzipped(_ data: Data) throws -> Data {
    let result = try ProcessRunner.run("gzip", ["-c", "-n"], input: data)
    guard result.status == 0 else {
        throw ProcessRunnerError("gzip exited with status \(result.status): \(result.stderr)")
    }
    return result.stdoutData
}
