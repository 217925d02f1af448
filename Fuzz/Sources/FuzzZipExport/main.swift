import Batch
import Foundation
import FuzzSupport
import Ingest
import ZIPFoundation

/// A team folder of one athlete, private to this process; each input replaces its zip.
enum Scratch {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hipbalance-fuzz-zip-\(getpid())")
    static let team = folder.appendingPathComponent("team")
    static let archive = team.appendingPathComponent("a/export.zip")
}

/// One input is an athlete's `export.zip`, read as a run reads it: discovery opens the archive,
/// reads `activities.csv` and lists the members; then every member listed as an activity is
/// extracted and read (as `IngestPipeline.ingestMember` does on a cache miss). Rejections are
/// expected; a crash, an address-sanitizer report, a hang or runaway memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZipExport(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    do {
        try FileManager.default.createDirectory(at: Scratch.archive.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(fuzzInput(start, count)).write(to: Scratch.archive)
    } catch {
        fatalError("cannot write the input to \(Scratch.archive.path): \(error)")
    }
    guard let inventory = try? TeamDiscovery(teamDirectory: Scratch.team).discover() else { return 0 }
    for athlete in inventory.athletes {
        for item in athlete.items {
            guard case .archiveEntry(let url, let path) = item.location, let data = try? extract(path, from: url) else { continue }
            _ = try? ActivityReader.read(data: data, source: item.path)
        }
    }
    return 0
}

/// A member's bytes, nil when the archive no longer lists it.
func extract(_ path: String, from url: URL) throws -> Data? {
    let zip = try Archive(url: url, accessMode: .read)
    guard let entry = zip[path] else { return nil }
    var data = Data()
    _ = try zip.extract(entry) { data.append($0) }
    return data
}

// libFuzzer leaves through exit(): remove the scratch folder then.
atexit { try? FileManager.default.removeItem(at: Scratch.folder) }
runFuzzer { fuzzZipExport($0, $1) }
