import Foundation

/// Finds the root element's local name in the first bytes of an XML document, skipping a BOM,
/// the declaration, comments, processing instructions and a DOCTYPE.
enum RootElementSniffer {
    /// The lower-cased local name of the first element, or nil when none is visible.
    static func rootLocalName(_ bytes: Data) -> String? {
        let b = [UInt8](bytes.prefix(64 * 1024))
        var i = 0
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        func skip(past terminator: [UInt8]) {
            while i < b.count, !b[i...].starts(with: terminator) { i += 1 }
            i += terminator.count
        }
        while i < b.count {
            guard b[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if b[i...].starts(with: Array("<?".utf8)) {
                skip(past: Array("?>".utf8))
            } else if b[i...].starts(with: Array("<!--".utf8)) {
                skip(past: Array("-->".utf8))
            } else if b[i...].starts(with: Array("<!".utf8)) {
                skip(past: [UInt8(ascii: ">")])
            } else {
                i += 1
                var name: [UInt8] = []
                while i < b.count, !" \t\r\n/>".utf8.contains(b[i]) {
                    name.append(b[i])
                    i += 1
                }
                guard i < b.count, !name.isEmpty else { return nil }
                let local = name.split(separator: UInt8(ascii: ":")).last.map(Array.init) ?? name
                return String(decoding: local, as: UTF8.self).lowercased()
            }
        }
        return nil
    }
}
