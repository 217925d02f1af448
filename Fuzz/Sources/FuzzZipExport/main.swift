import Batch
import Foundation
import FuzzSupport
import Ingest

/// The reading options of every member (kilograms, UTC: fixed, so a finding reproduces).
let options = StrengthReadOptions(defaultWeightUnit: .kg, timeZone: TimeZone(identifier: "UTC"))

/// One input is an athlete's `export.zip`, held in memory (no file per input) and read as a
/// run reads it: the table of contents (`ZipArchive`), `activities.csv` through the capped
/// member reader into the Strava index, and then every member's bytes streamed through
/// `ArchiveMemberReader`, the member reader of the ingest (activity files into the activity
/// reader, any other member into the strength reader), with size and CRC-32 checked to the end.
/// Rejections are expected; a crash, an address-sanitizer report, a hang or runaway memory is a
/// finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZipExport(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let archive = ZipArchive(bytes: [UInt8](fuzzInput(start, count)), name: "export.zip")
    _ = try? ArchiveMemberReader.readEveryMember(of: archive, options: options)
    return 0
}

runFuzzer { fuzzZipExport($0, $1) }
