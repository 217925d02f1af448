import Foundation
import FuzzSupport
import Ingest

/// One input is a FIT file (plain or gzip), read through the same entry as every activity file:
/// the sniff, then `ActivityReader.read(data:source:)`, which hands FIT bytes to the FIT decoder
/// (`Sources/Ingest/Fit`). Its own target and seeds keep the fuzzer on FIT's binary structure.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFit(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = Data(fuzzInput(start, count))
    _ = ActivityReader.sniff(prefix: data.prefix(512))
    _ = try? ActivityReader.read(data: data, source: "fuzz.fit")
    return 0
}

runFuzzer { fuzzFit($0, $1) }
