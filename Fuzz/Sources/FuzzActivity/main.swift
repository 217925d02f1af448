import Foundation
import FuzzSupport
import Ingest

/// One input: the sniff of its first bytes, then a full read. Errors are expected; a crash, an
/// address-sanitizer report, a hang or runaway memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzActivity(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = Data(fuzzInput(start, count))
    _ = ActivityReader.sniff(prefix: data.prefix(512))
    _ = try? ActivityReader.read(data: data, source: "fuzz")
    return 0
}

runFuzzer { fuzzActivity($0, $1) }
