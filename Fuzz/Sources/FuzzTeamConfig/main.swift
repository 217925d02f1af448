import Analysis
import Batch
import Foundation
import FuzzSupport
import HipBalanceCore
import Ingest

/// One input is a whole `team.yaml`: the strict loader, then what a run does with what it
/// returns (the `model:` overrides applied to the defaults, the `exercises:` block parsed as
/// catalogue entries). Configuration errors are expected; a crash, an address-sanitizer report,
/// a hang or runaway memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeamConfig(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzInput(start, count), as: UTF8.self)
    guard let configuration = try? TeamConfiguration.parse(yaml: text) else { return 0 }
    if let json = configuration.modelOverridesJSON {
        _ = try? ModelParameters.defaults.applying(overridesJSON: json)
    }
    if let yaml = configuration.exercisesYAML {
        _ = try? ExerciseCatalogue.entries(fromYAML: yaml)
    }
    return 0
}

runFuzzer { fuzzTeamConfig($0, $1) }
