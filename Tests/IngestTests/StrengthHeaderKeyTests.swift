import Foundation
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Header and cell keys: the byte scan for ASCII gives exactly what Foundation's folding gives.
@Suite struct StrengthHeaderKeyTests {
    @Test(arguments: [
        ("Exercise Name", "exercisename"), ("Weight (kg)", "weightkg"), ("weight_lbs", "weightlbs"),
        ("SET ORDER", "setorder"), ("Nom de l'entraînement", "nomdelentrainement"), ("Übung", "ubung"),
        ("Duración", "duracion"), ("", ""), ("  ", ""), ("1RM", "1rm"),
    ])
    func keys(text: String, key: String) {
        #expect(StrengthHeader.key(text) == key)
    }

    @Test func everyASCIITextFoldsLikeFoundation() {
        var generator = SplitMix64(seed: 13)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = String(
                decoding: (0..<length).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }, as: UTF8.self)
            #expect(StrengthHeader.key(text) == StrengthHeader.foldedKey(text), "\(Array(text.utf8))")
        }
    }
}
