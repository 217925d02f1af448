import Foundation
import HipBalanceTestSupport
import Testing

@testable import Reports

/// Loads the pages in headless Chromium through `Scripts/screenshot.sh`: no console message
/// (script error, blocked resource, CSP violation) and a screenshot that is not blank.
///
/// Set `HIPBALANCE_SAMPLE_DIR` to keep the rendered pages and screenshots in that folder.
@Suite(
    .enabled(
        if: Tool.hasChromium,
        "Chromium is not installed (apt-get install -y --no-install-recommends chromium): browser checks skipped"))
struct BrowserTests {
    private static let script = PackageRoot.url.appendingPathComponent("Scripts/screenshot.sh").path

    /// Fails unless the file is a real PNG with varied content: decoding every pixel in Python is
    /// slow, so it counts distinct (filtered) scanlines instead; a blank or single-colour page
    /// has a handful, a rendered report hundreds.
    private static let pngCheck = """
        import struct, sys, zlib
        data = open(sys.argv[1], "rb").read()
        assert data[:8] == b"\\x89PNG\\r\\n\\x1a\\n", "not a PNG"
        pos, idat, width, height, channels = 8, b"", 0, 0, 0
        while pos < len(data):
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b"IHDR":
                width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
                assert depth == 8 and ctype in (2, 6), "unexpected PNG type"
                channels = 3 if ctype == 2 else 4
            elif kind == b"IDAT":
                idat += body
            pos += 12 + length
        raw, stride = zlib.decompress(idat), width * channels + 1
        assert len(raw) == stride * height, "truncated image data"
        rows = {raw[i:i + stride] for i in range(0, len(raw), stride)}
        print(f"{width}x{height} bytes={len(data)} distinct-rows={len(rows)}")
        assert len(data) > 20000 and len(rows) > 50, "the screenshot is blank or nearly so"
        """

    private func outputDirectory() throws -> (url: URL, cleanUp: () -> Void) {
        if let kept = ProcessInfo.processInfo.environment["HIPBALANCE_SAMPLE_DIR"] {
            let url = URL(fileURLWithPath: kept)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return (url, {})
        }
        let temporary = try TemporaryDirectory()
        return (temporary.url, temporary.cleanUp)
    }

    @Test func teamAndAthletePagesLoadCleanlyAndRender() throws {
        let (directory, cleanUp) = try outputDirectory()
        defer { cleanUp() }
        try SampleOutput.write(to: directory)
        let shots = directory.appendingPathComponent("screenshots")
        let pages = [
            ("index.html", "team-overview.png", "1280x900"),
            ("marko/report.html", "athlete-report.png", "1280x2500"),
            ("modelled/report.html", "athlete-report-phone.png", "420x2400"),
        ]
        let arguments = pages.flatMap { page, png, size in
            ["--size", size, directory.appendingPathComponent(page).path, shots.appendingPathComponent(png).path]
        }
        let result = try Tool.run("bash", [Self.script] + arguments)
        #expect(result.status == 0, "screenshot.sh failed:\n\(result.output)")
        for (_, png, _) in pages {
            let path = shots.appendingPathComponent(png).path
            let console = (try? String(contentsOfFile: path + ".console.log", encoding: .utf8)) ?? "missing log"
            #expect(console.isEmpty, "\(png): console output: \(console)")
            let check = try Tool.run("python3", ["-c", Self.pngCheck, path])
            #expect(check.status == 0, "\(png): \(check.output)")
        }
    }

    @Test func hostileTextStaysTextInTheBrowsersDOM() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let athlete = temporary.url.appendingPathComponent("report.html")
        let team = temporary.url.appendingPathComponent("index.html")
        try Data(HTMLReportRenderer().render(ReportFixtures.hostile).utf8).write(to: athlete)
        try Data(TeamHTMLRenderer().render(SampleOutput.team).utf8).write(to: team)
        for (page, scripts) in [(athlete, 0), (team, 1)] {
            let result = try Tool.run(
                try #require(Tool.chromium),
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(temporary.url.path)/profile",
                    "--dump-dom", page.absoluteString,
                ])
            let dom = result.output
            #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(page.lastPathComponent)")
            #expect(dom.components(separatedBy: "<script").count - 1 == scripts, "\(page.lastPathComponent)")
            #expect(!dom.contains("<img"), "\(page.lastPathComponent)")
        }
    }

    @Test func aPageWithAScriptErrorFailsTheCheck() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let page = temporary.url.appendingPathComponent("broken.html")
        try Data("<!DOCTYPE html><p>broken</p><script>notDefined();</script>".utf8).write(to: page)
        let result = try Tool.run(
            "bash", [Self.script, page.path, temporary.url.appendingPathComponent("broken.png").path])
        #expect(result.status == 1)
        #expect(result.output.contains("notDefined"))
    }
}
