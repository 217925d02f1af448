extension String {
    /// The text without leading and trailing spaces and tabs; a byte scan, much cheaper per field
    /// than Foundation's `trimmingCharacters(in:)`.
    var trimmingSpaces: String {
        let bytes = utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        let end = bytes.index(after: last)
        return first == bytes.startIndex && end == bytes.endIndex ? self : String(self[first..<end])
    }
}
