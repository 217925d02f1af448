import Batch
import Foundation
import FuzzSupport

/// A team folder of one athlete, private to this process; each input replaces its zip.
enum Scratch {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hipbalance-fuzz-zip-\(getpid())")
    static let team = folder.appendingPathComponent("team")
    static let archive = team.appendingPathComponent("a/export.zip")
}

/// One input is an athlete's `export.zip`, read as discovery reads it: the archive's table of
/// contents (`ZipArchive`), `activities.csv` inflated through the capped member reader, and the
/// members listed. (Reading each member's bytes is internal to the ingest pipeline and not
/// reached from here.) Rejections are expected; a crash, an address-sanitizer report, a hang or
/// runaway memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZipExport(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    do {
        try FileManager.default.createDirectory(at: Scratch.archive.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(fuzzInput(start, count)).write(to: Scratch.archive)
    } catch {
        fatalError("cannot write the input to \(Scratch.archive.path): \(error)")
    }
    _ = try? TeamDiscovery(teamDirectory: Scratch.team).discover()
    return 0
}

// libFuzzer leaves through exit(): remove the scratch folder then.
atexit { try? FileManager.default.removeItem(at: Scratch.folder) }
runFuzzer { fuzzZipExport($0, $1) }
