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
/// to the `ActivityDocument` that the parse state owns, reached through the parser's user-data
/// pointer, which is valid only inside `parse`.
enum XMLPushParser {
    /// Bytes handed to libxml2 per `xmlParseChunk` call.
    static let chunkSize = 64 * 1024

    /// Bytes of an element's text the document keeps (see `ActivityDocument.init`).
    static let textCapacity = 256

    /// Non-fatal parser complaints listed as warnings; the rest are counted.
    static let listedProblems = 5

    /// No network, no entity substitution, no DTD loading or validation, huge mode off; CDATA as
    /// text; whitespace-only text is dropped.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)

    /// libxml2's codes for bytes that cannot be converted from the declared encoding (the parser's,
    /// the converter's and the input layer's).
    private static let encodingFailures: Set<Int32> = [
        Int32(XML_ERR_INVALID_ENCODING.rawValue), Int32(XML_I18N_CONV_FAILED.rawValue), Int32(XML_IO_ENCODER.rawValue),
    ]

    /// What a fatal error before the first element means, by libxml2's code: the input ended
    /// (blanks, a declaration and comments only), or it is not XML at all (no `<`, or `<` and no
    /// name: binary data). Other errors there (an unsupported declared encoding) keep their words.
    private static let beforeTheRoot: [Int32: String] = [
        Int32(XML_ERR_DOCUMENT_END.rawValue):
            "the document ends before its first element; the file is empty or cut short",
        Int32(XML_ERR_DOCUMENT_EMPTY.rawValue): notXML,
        Int32(XML_ERR_NAME_REQUIRED.rawValue): notXML,
    ]

    private static let notXML =
        "not a GPX, TCX or FIT file: it starts with neither an XML element nor a FIT header "
        + "(a damaged or partial download, or another kind of file)"

    /// libxml2's "opening and ending tag mismatch: name line 2 and trk" in plain words.
    static func tagMismatch(_ message: String) -> String? {
        let prefix = "opening and ending tag mismatch: "
        guard message.hasPrefix(prefix) else { return nil }
        let words = message.dropFirst(prefix.count).split(separator: " ")
        guard words.count == 5, words[1] == "line", Int(words[2]) != nil, words[3] == "and" else { return nil }
        return notWellFormed("the end tag </\(words[4])> does not close <\(words[0])> (opened on line \(words[2]))")
    }

    /// A well-formedness error in plain words: what is wrong, that the file is not XML, what to do.
    static func notWellFormed(_ problem: String, fix: String = "re-export it") -> String {
        "\(problem): the file is not well-formed XML; \(fix)"
    }

    /// Runs libxml2's one-time global initialisation exactly once per process, thread-safely.
    private static let initialised: Void = { xmlInitParser() }()

    /// Parses everything `source` yields as a GPX or TCX document. Throws the first fatal XML
    /// error with its line and column; non-fatal parser complaints become warnings.
    static func parse(_ source: inout some ByteSource, sourceName: String) throws(IngestError) -> ActivityFile {
        _ = initialised
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            context.assumingMemoryBound(to: ParseState.self).pointee.document.startElement(
                localName, attributes: SAXAttributes(base: attributes, count: Int(attributeCount)))
        }
        handler.endElementNs = { context, _, _, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: ParseState.self).pointee.document.endElement()
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            context.assumingMemoryBound(to: ParseState.self).pointee.document.characters(bytes, count: Int(count))
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            context.assumingMemoryBound(to: ParseState.self).pointee.record(error.pointee)
        }

        var state = ParseState(
            document: ActivityDocument(source: sourceName, textCapacity: textCapacity), sourceName: sourceName)
        try withUnsafeMutablePointer(to: &state) { statePointer throws(IngestError) in
            try run(&source, handler: &handler, state: statePointer, sourceName: sourceName)
        }
        if let failure = state.document.failure { throw failure }
        if var fatal = state.fatal {
            // libxml2 reports a document that stops inside its root element as "extra content at the
            // end of the document", or, cut inside a tag, by the token it was reading (`attValue: '
            // expected`); an error first raised when the input ended, with elements still open, is a
            // cut file: say what happened instead.
            let open = state.document.depth
            // A small document may be parsed only by the final call, so an error of the content
            // itself (a bare `&`, an end tag that closes the wrong element) can also come first at
            // the end: those are never a cut.
            let bareAmpersand = fatal.message.hasPrefix("xmlParseEntityRef: no name")
            let contentError = bareAmpersand || state.fatalCode == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue)
            let endedEarly =
                state.fatalCode == Int32(XML_ERR_DOCUMENT_END.rawValue) || (state.fatalAtEnd && !contentError)
            if bareAmpersand {
                fatal.message = notWellFormed(
                    "a bare '&' in the text (an ampersand must be written '&amp;')",
                    fix: "re-export it, or replace the '&'")
            } else if endedEarly, open > 0 {
                fatal.message =
                    "the document ends with \(open) element\(open == 1 ? "" : "s") still open; the file looks truncated"
            } else if let mismatch = Self.tagMismatch(fatal.message) {
                fatal.message = mismatch
            } else if fatal.message.hasPrefix("attValue: \" or ' expected") {
                fatal.message = notWellFormed("an attribute value without quotes (write lat=\"46.05\", not lat=46.05)")
            } else if state.fatalCode == Int32(XML_ERR_DOCUMENT_END.rawValue), open == 0, state.document.format != nil {
                fatal.message = notWellFormed(
                    "more data after the end of the root element (two documents in one file?)")
            } else if open == 0, state.document.format == nil, let words = Self.beforeTheRoot[state.fatalCode] {
                // Nothing of a GPX or TCX document was read: libxml2's words ("extra content at the
                // end of the document" for a file of blanks, "document is empty" for binary data)
                // would mislead.
                fatal.message = words
            } else if fatal.message.hasPrefix("input is not proper UTF-8") {
                // libxml2: "Input is not proper UTF-8, indicate encoding !\nBytes: 0xE8 0x20 …".
                fatal.message =
                    "the text is not UTF-8 and the file declares no other encoding; re-export the file, "
                    + "save it as UTF-8, or declare its encoding (encoding=\"ISO-8859-1\")"
            } else if encodingFailures.contains(state.fatalCode) {
                fatal.message =
                    "the text does not match the encoding the file declares (\(fatal.message)); "
                    + "re-export the file, or save it as UTF-8"
            }
            throw fatal
        }
        guard state.document.format != nil else {
            throw IngestError("no root element found", at: SourceLocation(source: sourceName))
        }
        var file = state.document.result()
        file.warnings.append(contentsOf: state.problems)
        if state.unlistedProblems > 0 {
            file.warnings.append(
                Diagnostic(
                    .warning,
                    "and \(state.unlistedProblems) more XML problem\(state.unlistedProblems == 1 ? "" : "s") not listed",
                    at: SourceLocation(source: sourceName)))
        }
        return file
    }

    /// Feeds the source to a push parser whose user data is `state`, until the end, a fatal error
    /// or a failure of the document.
    private static func run(
        _ source: inout some ByteSource, handler: inout xmlSAXHandler, state: UnsafeMutablePointer<ParseState>,
        sourceName: String
    ) throws(IngestError) {
        guard let context = xmlCreatePushParserCtxt(&handler, state, nil, 0, sourceName) else {
            throw IngestError("cannot create an XML parser", at: SourceLocation(source: sourceName))
        }
        defer { xmlFreeParserCtxt(context) }
        // The document asks for positions through a closure over the context; it is reset before the
        // context is freed (defers run in reverse order), also when a read throws.
        state.pointee.document.currentPosition = {
            (Int(xmlSAX2GetLineNumber(context)), Int(xmlSAX2GetColumnNumber(context)))
        }
        defer { state.pointee.document.currentPosition = { (0, 0) } }
        // The encoding converter and the input layer report without a parser context, through this
        // thread's structured handler; unset, libxml2 prints them on stderr. They go to the same
        // state as the parser's own errors, and the handler is unset before the state goes away.
        xmlSetStructuredErrorFunc(state, handler.serror)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let unsupported = xmlCtxtUseOptions(context, options)
        guard unsupported == 0 else {
            throw IngestError(
                "this libxml2 does not support the parser options \(unsupported)",
                at: SourceLocation(source: sourceName))
        }

        /// Where the parser is now (asked only when an error needs a place).
        func here() -> SourceLocation {
            SourceLocation(
                source: sourceName, line: Int(xmlSAX2GetLineNumber(context)),
                column: Int(xmlSAX2GetColumnNumber(context)))
        }

        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        guard let chars = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
        var tags = StartTagGuard()
        while true {
            let n = try source.read(into: buffer)
            try tags.scan(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), sourceName: sourceName)
            let hadFatal = state.pointee.fatal != nil
            let status = xmlParseChunk(context, chars, Int32(n), n == 0 ? 1 : 0)
            if n == 0, !hadFatal, state.pointee.fatal != nil { state.pointee.fatalAtEnd = true }
            // Every error libxml2 finds reaches `serror` first; a non-zero status with nothing
            // reported at all (no fatal error, no lesser one) would be a document silently cut
            // short, so it is an error too.
            if status != 0, state.pointee.fatal == nil, state.pointee.problems.isEmpty {
                state.pointee.fatalCode = status
                state.pointee.fatal = IngestError(
                    "the XML parser stopped here without saying why; the file is damaged: re-export it", at: here())
            } else if state.pointee.fatal.map({ $0.location.line == nil }) == true {
                // Raised without a parser context (the encoding converter's): no position of its own.
                state.pointee.fatal?.location = here()
            }
            if n == 0 || state.pointee.fatal != nil || state.pointee.document.failure != nil { break }
        }
    }
}

/// What the callbacks share: the document being filled and the parser's complaints.
private struct ParseState: ~Copyable {
    var document: ActivityDocument
    let sourceName: String
    var fatal: IngestError?
    var fatalCode: Int32 = 0
    /// True when the fatal error was first raised by the final call, after the last byte.
    var fatalAtEnd = false
    var problems: [Diagnostic] = []
    var unlistedProblems = 0

    /// Keeps the first fatal error; turns the first few lesser ones into warnings and counts the rest.
    mutating func record(_ error: xmlError) {
        let message =
            error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? "unknown XML error"
        let line = Int(error.line)
        // xmlerror.h: `int2` is the "error column # or 0 if N/A" (libxml2 kept the name for ABI reasons).
        let column = Int(error.int2)
        let location = SourceLocation(
            source: sourceName, line: line > 0 ? line : nil, column: column > 0 ? column : nil)
        if error.level == XML_ERR_FATAL {
            guard fatal == nil else { return }
            fatalCode = error.code
            fatal = IngestError(Self.lowercasedFirst(message), at: location)
        } else if problems.count < XMLPushParser.listedProblems {
            problems.append(Diagnostic(.warning, Self.lowercasedFirst(message), at: location))
        } else {
            unlistedProblems += 1
        }
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase == true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
