import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Damaged copies of real layouts (seeded, so every run checks the same inputs) never crash
/// the reader: each gives a log, with row errors where rows broke, or one clear error.
@Suite(.corpus) struct StrengthReaderRobustnessTests {
    static let samples = [
        "strong-setmarkers-resttimer.synthetic.csv", "hevy-lb-superset-timed.synthetic.csv",
        "fitnotes-unitcol-comment.synthetic.csv", "jefit-multisection.synthetic.csv",
        "generic-coach-log-semicolon-eu.synthetic.csv", "strong-quoted-semicolon-workoutno.csv",
        "garmin-summarizedactivities-strength.synthetic.json",
    ]

    @Test(arguments: samples)
    func damagedCopiesNeverCrash(file: String) throws {
        GeneratedStrengthLogTests.readDamagedCopies(of: [UInt8](try StrengthCorpus.data(file)), source: file, count: 60)
    }
}
