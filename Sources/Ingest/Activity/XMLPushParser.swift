import CLibXML2
import Foundation
import HipBalanceCore

/// The attributes of a starting element as libxml2's SAX2 interface hands them over: five
/// pointers per attribute (local name, prefix, URI, value start, value end).
struct SAXAttributes {
    fileprivate let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    fileprivate let count: Int

    /// The raw value of the attribute with this local name (ASCII case-insensitive), or nil.
    func value(of localName: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        let wanted = localName.utf8Start
        let wantedLength = localName.utf8CodeUnitCount
        for k in 0..<count {
            guard let name = base[5 * k], let start = base[5 * k + 3], let end = base[5 * k + 4] else { continue }
            var i = 0
            while i < wantedLength, name[i] != 0, name[i] | 0x20 == wanted[i] | 0x20 { i += 1 }
            if i == wantedLength, name[i] == 0 {
                return UnsafeBufferPointer(start: start, count: end - start)
            }
        }
        return nil
    }
}

/// The one place that drives libxml2: a SAX2 push parser fed in chunks, with safe options only.
///
/// No DOM is built and nothing is kept per node: the callbacks forward names, attributes and text
/// to an `ActivityDocument` reached through the parser's user-data pointer.
enum XMLPushParser {
    /// Bytes handed to libxml2 per `xmlParseChunk` call.
    static let chunkSize = 64 * 1024

    /// No network, no entity substitution, no DTD loading or validation, huge mode off; CDATA as
    /// text; whitespace-only text is dropped.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)

    /// Runs libxml2's one-time global initialisation exactly once per process, thread-safely.
    private static let initialised: Void = { xmlInitParser() }()

    /// Parses everything `source` yields into `document`; throws the first fatal XML error with its
    /// line and column. Non-fatal parser errors come back as warnings.
    static func parse(
        _ source: inout some ByteSource, into document: inout ActivityDocument, sourceName: String
    ) throws(IngestError) -> [String] {
        _ = initialised
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            let state = context.assumingMemoryBound(to: ParseState.self)
            state.pointee.document.pointee.startElement(
                localName, attributes: SAXAttributes(base: attributes, count: Int(attributeCount)))
        }
        handler.endElementNs = { context, _, _, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: ParseState.self).pointee.document.pointee.endElement()
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            context.assumingMemoryBound(to: ParseState.self).pointee.document.pointee.characters(bytes, count: Int(count))
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            context.assumingMemoryBound(to: ParseState.self).pointee.record(error.pointee)
        }

        return try withUnsafeMutablePointer(to: &document) { documentPointer throws(IngestError) -> [String] in
            var state = ParseState(document: documentPointer, sourceName: sourceName)
            return try withUnsafeMutablePointer(to: &state) { statePointer throws(IngestError) -> [String] in
                try run(&source, handler: &handler, state: statePointer, sourceName: sourceName)
            }
        }
    }

    private static func run(
        _ source: inout some ByteSource, handler: inout xmlSAXHandler, state: UnsafeMutablePointer<ParseState>,
        sourceName: String
    ) throws(IngestError) -> [String] {
        guard let context = xmlCreatePushParserCtxt(&handler, state, nil, 0, sourceName) else {
            throw IngestError("cannot create an XML parser", at: SourceLocation(source: sourceName))
        }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, options)
        state.pointee.document.pointee.currentPosition = {
            (Int(xmlSAX2GetLineNumber(context)), Int(xmlSAX2GetColumnNumber(context)))
        }

        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try source.read(into: buffer)
            let chars = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            _ = xmlParseChunk(context, chars, Int32(n), n == 0 ? 1 : 0)
            if n == 0 || state.pointee.fatal != nil || state.pointee.document.pointee.failure != nil { break }
        }
        state.pointee.document.pointee.currentPosition = { (0, 0) }
        if let failure = state.pointee.document.pointee.failure { throw failure }
        if var fatal = state.pointee.fatal {
            // libxml2 reports a document that stops inside its root element as "extra content at the
            // end of the document"; say what happened instead.
            let open = state.pointee.document.pointee.depth
            if state.pointee.fatalCode == Int32(XML_ERR_DOCUMENT_END.rawValue), open > 0 {
                fatal.message = "the document ends with \(open) element\(open == 1 ? "" : "s") still open; the file looks truncated"
            }
            throw fatal
        }
        if context.pointee.wellFormed == 0 {
            throw IngestError("the document is not well-formed XML", at: SourceLocation(source: sourceName))
        }
        return state.pointee.problems
    }
}

/// What the callbacks share: the document being filled and the parser's complaints.
private struct ParseState {
    let document: UnsafeMutablePointer<ActivityDocument>
    let sourceName: String
    var fatal: IngestError?
    var fatalCode: Int32 = 0
    var problems: [String] = []

    /// Keeps the first fatal error; turns the first few lesser ones into warnings.
    mutating func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? "unknown XML error"
        let line = Int(error.line)
        let column = Int(error.int2)
        if error.level == XML_ERR_FATAL {
            guard fatal == nil else { return }
            fatalCode = error.code
            fatal = IngestError(
                Self.lowercasedFirst(message),
                at: SourceLocation(source: sourceName, line: line > 0 ? line : nil, column: column > 0 ? column : nil))
        } else if problems.count < 5 {
            problems.append("line \(line): \(Self.lowercasedFirst(message))")
        }
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase == true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
