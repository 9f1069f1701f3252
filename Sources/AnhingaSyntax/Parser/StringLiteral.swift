/// One STRING token, decoded: its prefix flags and its value, or for an
/// f-string, its literal parts and replacement fields.
struct StringLiteral {
    enum Content {
        case text(PyStringValue)
        case bytes([UInt8])
        case fString([FStringPart])
    }

    var isBytes = false
    var isRaw = false
    var hasUPrefix = false
    var isFString = false
    var content: Content = .text(PyStringValue(codePoints: []))
}

/// A piece of an f-string: literal text or a replacement field `{...}`.
enum FStringPart {
    case literal(PyStringValue)
    case field(FStringField)
}

/// A replacement field: where its expression sits in the source, and what follows it.
struct FStringField {
    /// Byte offsets of the expression text in the source buffer.
    var expression: Range<Int>
    /// Line and byte column where the expression text starts.
    var line: Int32
    var column: Int32
    /// For `{expr=}`, the text shown before the value (`"expr="` with its blanks).
    var debugText: PyStringValue?
    /// `s`, `r` or `a` after `!`.
    var conversion: UInt8?
    var formatSpec: [FStringPart]?
}

/// Decodes a STRING token. Errors are CPython's: decoding errors point just
/// past the token, with the `(unicode error)` wording of the codecs.
func decodeStringLiteral(_ source: SourceBuffer, _ token: Token) throws(SyntaxError) -> StringLiteral {
    var decoder = StringLiteralDecoder(source: source, token: token)
    return try decoder.decode()
}

struct StringLiteralDecoder {
    let source: SourceBuffer
    let token: Token
    let bytes: [UInt8]
    var literal = StringLiteral()
    /// The body (between the quotes) as byte offsets into `bytes`.
    var bodyStart = 0
    var bodyEnd = 0

    init(source: SourceBuffer, token: Token) {
        self.source = source
        self.token = token
        self.bytes = source.bytes
    }

    mutating func decode() throws(SyntaxError) -> StringLiteral {
        var index = Int(token.start)
        let end = min(Int(token.end), bytes.count)
        while index < end, bytes[index] != UInt8(ascii: "'"), bytes[index] != UInt8(ascii: "\"") {
            switch bytes[index] | 0x20 {
            case UInt8(ascii: "b"): literal.isBytes = true
            case UInt8(ascii: "r"): literal.isRaw = true
            case UInt8(ascii: "u"): literal.hasUPrefix = true
            case UInt8(ascii: "f"): literal.isFString = true
            default: break
            }
            index += 1
        }
        let quoteLength = end - index >= 6 && bytes[index] == bytes[index + 1] && bytes[index] == bytes[index + 2] ? 3 : 1
        bodyStart = index + quoteLength
        bodyEnd = max(end - quoteLength, bodyStart)

        if literal.isBytes {
            for i in bodyStart..<bodyEnd where bytes[i] >= 0x80 {
                _ = i
                throw errorOverToken("bytes can only contain ASCII literal characters")
            }
            literal.content = .bytes(literal.isRaw ? normalizedNewlines(bodyStart..<bodyEnd)
                                                   : try decodeEscapes(bodyStart..<bodyEnd, bytesMode: true).bytes)
        } else if literal.isFString {
            var scanner = FStringScanner(decoder: self, depth: 0)
            literal.content = .fString(try scanner.scanParts(bodyStart..<bodyEnd, inFormatSpec: false).parts)
        } else {
            literal.content = .text(try decodeText(bodyStart..<bodyEnd))
        }
        return literal
    }

    /// Literal text of a str or an f-string chunk, escapes processed unless raw.
    func decodeText(_ range: Range<Int>) throws(SyntaxError) -> PyStringValue {
        if literal.isRaw {
            return PyStringValue(codePoints: codePoints(of: normalizedNewlines(range)))
        }
        return PyStringValue(codePoints: try decodeEscapes(range, bytesMode: false).text)
    }

    /// Source line endings inside a literal read as `\n`, as CPython reads source.
    func normalizedNewlines(_ range: Range<Int>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\r") {
                result.append(UInt8(ascii: "\n"))
                if i + 1 < range.upperBound, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
            } else {
                result.append(byte)
            }
            i += 1
        }
        return result
    }

    func codePoints(of utf8: [UInt8]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(utf8.count)
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars { result.append(scalar.value) }
        return result
    }

    /// An error CPython places just past the end of the token.
    func errorAfterToken(_ message: String) -> SyntaxError {
        let line = Int(token.range.endLineno)
        let column = source.characterColumn(line: line, byteColumn: Int(token.range.endColOffset)) + 1
        return SyntaxError(.syntaxError, message, lineno: line, offset: column, endLineno: line,
                           endOffset: column, text: source.lineText(line))
    }

    /// An error spanning the whole token.
    func errorOverToken(_ message: String) -> SyntaxError {
        let line = Int(token.range.lineno), endLine = Int(token.range.endLineno)
        return SyntaxError(.syntaxError, message, lineno: line,
                           offset: source.characterColumn(line: line, byteColumn: Int(token.range.colOffset)) + 1,
                           endLineno: endLine,
                           endOffset: source.characterColumn(line: endLine, byteColumn: Int(token.range.endColOffset)) + 1,
                           text: source.lineText(line))
    }
}
