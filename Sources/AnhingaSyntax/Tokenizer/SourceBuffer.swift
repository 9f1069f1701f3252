/// Python source text ready for the tokenizer: decoded to UTF-8, with every
/// line ending (`\r\n`, `\r`) turned into `\n` and a final `\n` supplied when
/// the text does not end with one (CPython's tokenizer does both, so token
/// columns and the NEWLINE at end of file come out the same).
public final class SourceBuffer: Sendable {
    public let filename: String
    /// UTF-8 text the tokenizer reads.
    public let bytes: [UInt8]
    /// The encoding as `tokenize.detect_encoding` names it: "utf-8", "utf-8-sig", "iso-8859-1", ...
    public let encoding: String
    /// A script file or text given to `compile()`; a few error locations differ between them.
    public let origin: SourceOrigin
    /// Whether CPython 3.11's parser would report error columns in UTF-8 bytes:
    /// it converts them to characters only when its tokenizer recorded an
    /// encoding, which it does for a `str` (`-c`, `compile("...")`) and for bytes
    /// with a BOM or a coding declaration, but not for plain UTF-8 bytes (a file,
    /// standard input, `compile(b"...")`). Its tokenizer's own errors always use characters.
    public let parserColumnsInBytes: Bool
    /// Invalid UTF-8 in a script file, raised by the tokenizer when it reaches that line.
    public let deferredDecodingError: DeferredDecodingError?
    /// Whether the text did not end with a line break and `bytes` has one supplied
    /// (CPython's tokenizer supplies it for `exec` input only, which shows in errors
    /// at the end of `eval` and `single` input).
    public let suppliedFinalNewline: Bool
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    let lineStarts: [Int32]
    /// Whether the text holds any byte >= 0x80 (if not, byte and character columns agree).
    let isASCII: Bool
    /// Whether the text holds a NUL byte (only through `init(string:)`; from a file
    /// it becomes the deferred error of its line).
    let containsNUL: Bool
    /// Whether the text holds invalid UTF-8 that CPython reports token by token.
    let hasInvalidUTF8: Bool

    /// Decodes raw source bytes (BOM, coding cookie, UTF-8 validation, NUL check).
    /// Errors are worded as CPython words them for `origin` (default: a script file).
    public init(bytes raw: [UInt8], filename: String, origin: SourceOrigin = .file) throws(SyntaxError) {
        let decoded = try SourceDecoding.decode(raw, filename: filename, origin: origin)
        let text = SourceBuffer.normalizeLineEndings(decoded.utf8)
        suppliedFinalNewline = SourceBuffer.lacksFinalNewline(decoded.utf8)
        var deferred = decoded.deferredError
        if let nul = text.firstIndex(of: 0) {
            switch origin {
            case .compileArgument:
                throw SyntaxError(.syntaxError, "source code string cannot contain null bytes", lineno: 0, offset: 0)
            case .file:
                var lineno = 1
                var lineStart = 0
                for index in 0..<nul where text[index] == 0x0A {
                    lineno += 1
                    lineStart = index + 1
                }
                // Like invalid UTF-8, a NUL byte is found when its line is read.
                if deferred == nil || deferred.map({ $0.lineno > Int32(lineno) }) == true {
                    deferred = DeferredDecodingError(lineno: Int32(truncatingIfNeeded: lineno), error: SyntaxError(
                        .syntaxError, "source code cannot contain null bytes", lineno: lineno, offset: 0,
                        endLineno: lineno, endOffset: 0, text: String(decoding: text[lineStart..<nul], as: UTF8.self)))
                }
            }
        }
        self.filename = filename
        self.encoding = decoded.encoding
        self.origin = origin
        self.parserColumnsInBytes = !decoded.hasDeclaredEncoding
        self.deferredDecodingError = deferred
        self.bytes = text
        (lineStarts, isASCII) = SourceBuffer.scanLines(text)
        containsNUL = false
        hasInvalidUTF8 = decoded.hasInvalidUTF8
    }

    /// Already-decoded text (no cookie or BOM processing), as `compile()` gets a `str`.
    public init(string: String, filename: String, origin: SourceOrigin = .compileArgument) {
        self.filename = filename
        self.encoding = "utf-8"
        self.origin = origin
        self.parserColumnsInBytes = false
        self.deferredDecodingError = nil
        let text = SourceBuffer.normalizeLineEndings(Array(string.utf8))
        suppliedFinalNewline = SourceBuffer.lacksFinalNewline(Array(string.utf8))
        self.bytes = text
        (lineStarts, isASCII) = SourceBuffer.scanLines(text)
        containsNUL = text.contains(0)
        hasInvalidUTF8 = false
    }

    /// Number of lines (the supplied final newline does not start a new line).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line without its line ending ("" if out of range).
    public func lineText(_ lineno: Int) -> String {
        guard lineno >= 1, lineno <= lineStarts.count else { return "" }
        let start = Int(lineStarts[lineno - 1])
        var end = lineno < lineStarts.count ? Int(lineStarts[lineno]) : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Byte offset where the 1-based line starts (the end of the text when out of range).
    public func lineStartOffset(_ lineno: Int) -> Int {
        guard lineno >= 1, lineno <= lineStarts.count else { return bytes.count }
        return Int(lineStarts[lineno - 1])
    }

    /// Converts a 0-based byte column within a line to a 0-based code point column.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        if isASCII || byteColumn <= 0 { return byteColumn }
        let start = lineStartOffset(line)
        let end = min(start + byteColumn, bytes.count)
        var count = 0
        var index = start
        while index < end {
            // Continuation bytes do not start a character.
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count + max(0, start + byteColumn - end)
    }

    /// Counts the code points in a byte range of the text.
    func characterCount(_ range: Range<Int>) -> Int {
        if isASCII { return range.count }
        var count = 0
        for index in range where index >= 0 && index < bytes.count && bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    static func lacksFinalNewline(_ input: [UInt8]) -> Bool {
        guard let last = input.last else { return false }
        return last != 0x0A && last != 0x0D
    }

    static func normalizeLineEndings(_ input: [UInt8]) -> [UInt8] {
        var text = input
        if text.contains(0x0D) {
            var out: [UInt8] = []
            out.reserveCapacity(text.count)
            var index = 0
            while index < text.count {
                let byte = text[index]
                if byte == 0x0D {
                    out.append(0x0A)
                    if index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
                } else {
                    out.append(byte)
                }
                index += 1
            }
            text = out
        }
        if let last = text.last, last != 0x0A { text.append(0x0A) }
        return text
    }

    private static func scanLines(_ text: [UInt8]) -> ([Int32], Bool) {
        var starts: [Int32] = [0]
        var highBits: UInt8 = 0
        for (index, byte) in text.enumerated() {
            highBits |= byte
            if byte == 0x0A, index + 1 < text.count { starts.append(Int32(truncatingIfNeeded: index + 1)) }
        }
        return (starts, highBits < 0x80)
    }
}

public extension SourceBuffer {
    /// The bytes of a token.
    func slice(_ token: Token) -> ArraySlice<UInt8> {
        let start = max(0, min(Int(token.start), bytes.count))
        let end = max(start, min(Int(token.end), bytes.count))
        return bytes[start..<end]
    }

    /// The text of a token as a `String` (allocates; meant for names, messages and tests).
    func text(of token: Token) -> String {
        String(decoding: slice(token), as: UTF8.self)
    }

    /// Whether the token's bytes equal an ASCII string, without allocating.
    func tokenEquals(_ token: Token, _ literal: StaticString) -> Bool {
        let tokenBytes = slice(token)
        guard tokenBytes.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { tokenBytes.elementsEqual($0) }
    }
}
