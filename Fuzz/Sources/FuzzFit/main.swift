import Foundation
import FuzzSupport
import Ingest

/// One input is a FIT file (plain or gzip), read through the same entry as every activity file:
/// the one classifier of inputs (`InputSniffer`, as discovery and `inspect` call it), then
/// `ActivityReader.read(data:source:)`, which hands FIT bytes to the FIT decoder
/// (`Sources/Ingest/Fit`). Its own target and seeds keep the fuzzer on FIT's binary structure.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFit(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = Data(fuzzInput(start, count))
    _ = InputSniffer.sniff(prefix: data.prefix(InputSniffer.prefixLength), name: "fuzz.fit")
    _ = try? ActivityReader.read(data: data, source: "fuzz.fit")
    return 0
}

runFuzzer { fuzzFit($0, $1) }
