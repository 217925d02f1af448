import Foundation
import FuzzSupport
import Ingest

/// One input: the one classifier of inputs on its first bytes (as discovery and `inspect` call
/// it: zip, Strava index, activity, strength log, or unknown by name), then a full read. Errors
/// are expected; a crash, an address-sanitizer report, a hang or runaway memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzActivity(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = Data(fuzzInput(start, count))
    _ = InputSniffer.sniff(prefix: data.prefix(InputSniffer.prefixLength), name: "fuzz")
    _ = try? ActivityReader.read(data: data, source: "fuzz")
    return 0
}

runFuzzer { fuzzActivity($0, $1) }
