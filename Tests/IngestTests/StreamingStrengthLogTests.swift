import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

/// The strength reader streams: what used to need the whole file (the order of slash dates, a
/// JEFIT unit written after the logs) is settled while the rows pass, and memory is bounded by
/// a cap on sets, not by the file's size.
@Suite struct StreamingStrengthLogTests {
    private func read(_ text: String, chunk: Int = 1 << 16) throws -> StrengthLog {
        try StrengthLogReader.read(
            bytes: ChunkedByteSource(bytes: Array(text.utf8), chunk: chunk), source: "s.csv",
            options: StrengthReadOptions())
    }

    /// Ambiguous slash dates first; the last row (13th) settles day/month for all of them.
    @Test func aLateDayAbove12SettlesEarlierSlashDates() throws {
        let text =
            "date,exercise,sets,reps\n01/02/2026,Squat,1,5\n2026-02-03,Squat,1,5\n03/02/2026,Squat,1,5\n13/02/2026,Squat,1,5\n"
        for chunk in [1, 7, 4096] {
            let log = try read(text, chunk: chunk)
            #expect(log.rowErrors.isEmpty)
            #expect(log.sessions.map(\.start.date.description) == ["2026-02-01", "2026-02-03", "2026-02-13"])
            #expect(log.sessions[1].sets.map(\.line) == [3, 4])
            #expect(log.sessions.allSatisfy { $0.source == "s.csv" })
            #expect(!log.warnings.contains { $0.message.contains("ambiguous") })
        }
    }

    /// A month-first file is known only at its end: the rows before wait, then read month first.
    @Test func aLateMonthFirstDateSettlesEarlierRows() throws {
        let log = try read("date,exercise,sets,reps\n01/02/2026,Squat,1,5\n02/13/2026,Squat,1,5\n")
        #expect(log.sessions.map(\.start.date.description) == ["2026-01-02", "2026-02-13"])
    }

    /// A waiting row whose date fails in the settled order is a row error on its own line, in line order.
    @Test func aWaitingRowThatFailsIsReportedOnItsLine() throws {
        let log = try read("date,exercise,sets,reps\n02/13/2026,Squat,1,5\nx,Squat,1,5\n13/02/2026,Squat,1,5\n")
        #expect(log.rowErrors.map { $0.location.line } == [2, 3])
        #expect(log.rowErrors.first?.message == "expected a date in column 1, found '02/13/2026'")
        #expect(log.sessions.map(\.start.date.description) == ["2026-02-13"])
    }

    /// JEFIT writes `SETTING` (the unit) after the logs in some backups: the sets still get it.
    @Test func aJefitUnitAfterTheLogsStillApplies() throws {
        let text = """
            ### EXERCISE LOGS ###
            _id,mydate,ename,logs,belongSession
            1,2026-01-05,Bench Press,100x5,
            ##########
            ### SETTING ###
            _id,mass
            1,kg
            ##########

            """
        for chunk in [3, 4096] {
            let log = try read(text, chunk: chunk)
            #expect(log.format == .jefit)
            #expect(log.weightUnit == .kg)
            #expect(log.sessions.first?.sets.first?.loadKilograms == 100)
        }
    }

    /// A 102-line coach sheet asking for 9,999 sets a row would hold more than a million sets:
    /// the file is rejected, named, with the reason and what to do, before memory grows further.
    @Test func aLogOfMoreThanAMillionSetsIsRejected() {
        #expect(StrengthLogReader.maximumSets == 1_000_000)
        let rows = (0..<101).map { _ in "2026-01-05,Squat,9999,5\n" }.joined()
        #expect {
            try read("date,exercise,sets,reps\n" + rows)
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.location.source == "s.csv"
                && error.message.contains("more than 1 million sets and rows, the most read from one strength log")
                && error.message.contains("split it into smaller files")
        }
        let log = try? read("date,exercise,sets,reps\n" + rows.dropLast(24))
        #expect(log?.sessions.first?.sets.count == 100 * 9999)
    }

    /// Binary data after valid rows still rejects the whole file, with where it was found.
    @Test func binaryDataLateInTheFileRejectsIt() {
        let text = "date,exercise,sets,reps\n" + String(repeating: "2026-01-05,Squat,1,5\n", count: 5000) + "\u{0}"
        #expect {
            try read(text)
        } throws: { error in
            (error as? IngestError)?.message.contains("not a text file") == true
                && (error as? IngestError)?.message.contains("line 5002") == true
        }
    }
}
