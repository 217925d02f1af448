import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

/// Strength logs in the encodings spreadsheets save: a German coach's sheet saved as CSV by
/// Excel on Windows is Windows-1252, Excel's "Unicode Text" is UTF-16 with a byte-order mark.
/// Each reads as the same sheet in UTF-8 does; the choice is made in the stream, so it holds
/// whatever the chunk size.
@Suite struct TextEncodingTests {
    /// A per-set coach sheet with German headers, accented names and a euro sign in a note.
    static let sheet = """
        Datum;Athlet;Übung;Satz;Wdh;Gewicht (kg);Notiz
        05.10.2026;Jörg;Hüftstoß;1;10;60;
        05.10.2026;Jörg;Hüftstoß;2;10;62,5;Studio 5 €
        07.10.2026;Jörg;Rumänisches Kreuzheben;1;8;50;

        """

    static func read(_ bytes: [UInt8], chunk: Int) throws -> StrengthLog {
        try StrengthLogReader.read(
            bytes: ChunkedByteSource(bytes: bytes, chunk: chunk), source: "sheet.csv", options: StrengthReadOptions())
    }

    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            scalar == "€" ? 0x80 : UInt8(scalar.value)  // the sheet's other letters are Latin-1
        }
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        let units = Array(text.utf16)
        return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
            + units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// What the UTF-8 sheet reads as: the reference for every encoding.
    static func summary(_ log: StrengthLog) -> [String] {
        log.sessions.flatMap { session in
            session.sets.map {
                "\(session.start.date) \(session.athlete ?? "") \($0.exerciseName) \($0.reps ?? 0)×\($0.loadKilograms ?? 0)"
            }
        }
    }

    @Test(arguments: [1, 2, 3, 7, 4096])
    func aWindows1252SheetReadsLikeItsUTF8TwinWithAWarning(chunk: Int) throws {
        let reference = try Self.read(Array(Self.sheet.utf8), chunk: 4096)
        #expect(Self.summary(reference).first == "2026-10-05 Jörg Hüftstoß 10×60.0")
        #expect(reference.warnings.isEmpty)
        let log = try Self.read(Self.windows1252(Self.sheet), chunk: chunk)
        #expect(log.format == .generic)
        #expect(Self.summary(log) == Self.summary(reference))
        #expect(log.rowErrors.isEmpty)
        #expect(log.warnings.map(\.message).contains { $0.hasPrefix("not UTF-8 text: read as Windows-1252") })
    }

    @Test(arguments: [(false, 1), (false, 3), (true, 5), (true, 4096)])
    func aUTF16SheetReadsLikeItsUTF8Twin(bigEndian: Bool, chunk: Int) throws {
        let reference = try Self.read(Array(Self.sheet.utf8), chunk: 4096)
        // A character outside the Basic Multilingual Plane: a surrogate pair, split by small chunks.
        let text = Self.sheet.replacingOccurrences(of: "Studio 5 €", with: "Studio 🏋")
        let log = try Self.read(Self.utf16(text, bigEndian: bigEndian), chunk: chunk)
        #expect(Self.summary(log) == Self.summary(reference))
        #expect(log.warnings.isEmpty)
    }

    /// Team discovery and `inspect` recognise the sheet in every encoding from its first bytes.
    @Test func theSnifferRecognisesEveryEncoding() {
        for bytes in [
            Array(Self.sheet.utf8), Self.windows1252(Self.sheet), Self.utf16(Self.sheet, bigEndian: false),
            Self.utf16(Self.sheet, bigEndian: true),
        ] {
            #expect(InputSniffer.sniff(prefix: Data(bytes), name: "sheet.txt") == .strength)
        }
    }

    /// UTF-8 is decided by the first non-ASCII byte: a later byte that is not UTF-8 is still an
    /// error naming its line, and binary data (a NUL byte) is never text in any encoding.
    @Test func aBrokenUTF8FileOrBinaryDataIsStillAnError() {
        var broken = Array("date,exercise,sets,reps\n2026-10-01,Hüftstoß,3,10\n".utf8)
        broken += [0x32, 0x30, 0xFF, 0x0A]
        #expect {
            try Self.read(broken, chunk: 5)
        } throws: { error in
            (error as? IngestError)?.message.hasPrefix("not a text file: expected UTF-8 CSV") == true
                && (error as? IngestError)?.message.contains("line 3") == true
        }
        let binary = Array("date,exercise,sets,reps\n".utf8) + [0xE9, 0x00, 0x01, 0x0A]
        #expect(throws: IngestError.self) { try Self.read(binary, chunk: 4096) }
        let odd = Self.utf16(Self.sheet, bigEndian: false) + [0x41]
        #expect {
            try Self.read(odd, chunk: 4096)
        } throws: { error in
            (error as? IngestError)?.message.contains("UTF-16 text ends in the middle of a character") == true
        }
    }

    /// `inspect --format text` names the file once, on the head line, and the warning after it.
    @Test func inspectTextShowsTheEncodingWarningOnce() throws {
        let log = try Self.read(Self.windows1252(Self.sheet), chunk: 4096)
        let text = InspectionText.render(StrengthInspection(file: "sheet.csv", log: log))
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("sheet.csv: generic log, 2 sessions, 3 sets") == true, "\(text)")
        #expect(lines.contains { $0.hasPrefix("  warning: not UTF-8 text: read as Windows-1252") }, "\(text)")
    }

    /// The bytes 0x80–0x9F of Windows-1252 are letters and marks, not controls.
    @Test func windows1252MapsItsOwnBytes() {
        let mapped = String(
            String.UnicodeScalarView([0x80, 0x8A, 0x8E, 0x96, 0x9A, 0x9F, 0xE9, 0xDF].map(TextEncoding.windows1252)))
        #expect(mapped == "€ŠŽ–šŸéß")
    }
}
