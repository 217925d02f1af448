import Foundation
import HipBalanceTestSupport
import Testing

/// What libxml2 has to say about a broken file reaches the user only as our one JSON line:
/// nothing of its own on stderr, no library error number.
@Suite struct XMLErrorOutputTests {
    /// A GPX that declares a multi-byte encoding and holds bytes that are not valid in it: the
    /// converter fails outside the parser's own error channel.
    static func misencoded(_ encoding: String) -> Data {
        var data = Data(
            "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<gpx version=\"1.1\" creator=\"t\"><trk><name>".utf8)
        data.append(contentsOf: [0xE5, 0x39, 0x1D, 0x37])
        data.append(contentsOf: Data("</name><trkseg></trkseg></trk></gpx>\n".utf8))
        return data
    }

    @Test(arguments: ["Shift_JIS", "EUC-JP"])
    func bytesInvalidInTheDeclaredEncodingAreOneErrorLineAndNothingOnStderr(_ encoding: String) throws {
        let folder = try TemporaryDirectory("misencoded")
        defer { folder.cleanUp() }
        let file = folder.url.appendingPathComponent("ride.gpx")
        try Self.misencoded(encoding).write(to: file)
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let error = try #require(record["error"] as? [String: Any])
        let message = try #require(error["message"] as? String)
        #expect(message.contains("does not match the encoding the file declares"), "\(message)")
        #expect(message.contains("re-export"), "\(message)")
        #expect(!message.contains("libxml2 error"), "\(message)")
        #expect((error["line"] as? Int ?? 0) > 0)
    }
}
