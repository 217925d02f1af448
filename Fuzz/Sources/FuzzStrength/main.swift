import Foundation
import FuzzSupport
import HipBalanceCore
import Ingest

/// The reading options a team can set, chosen by the input's first byte (bits 0–1: default
/// weight unit, bits 2–3: time zone); the rest of the input is the file. Seeds carry the byte too.
/// The sixteen combinations are made once, not per input (time zones are slow to load).
let optionTable: [StrengthReadOptions] = {
    let units: [WeightUnit?] = [nil, .kg, .lb, nil]
    let zones = [nil, "UTC", "Europe/Ljubljana", "America/Los_Angeles"].map { $0.flatMap(TimeZone.init(identifier:)) }
    return (0..<16).map { StrengthReadOptions(defaultWeightUnit: units[$0 & 3], timeZone: zones[$0 >> 2 & 3]) }
}()

/// One input: the format detection of its head, then a full read. Errors and row errors are
/// expected; a crash, an address-sanitizer report, a hang or runaway memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStrength(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = fuzzInput(start, count)
    guard let selector = input.first else { return 0 }
    let data = Data(input.dropFirst())
    _ = StrengthLogReader.detect(prefix: data.prefix(4096))
    _ = try? StrengthLogReader.read(data: data, source: "fuzz", options: optionTable[Int(selector & 15)])
    return 0
}

runFuzzer { fuzzStrength($0, $1) }
