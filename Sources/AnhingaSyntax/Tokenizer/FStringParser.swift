/// Splitting an f-string (one STRING token with an `f` prefix; Python 3.11
/// has no f-string tokens) into literal text and replacement fields, with
/// CPython 3.11's f-string error messages.
///
/// The parser then parses each field's expression by tokenizing its byte
/// range (`Tokenizer(source, byteRange:startLine:startColumn:)`) and builds
/// `JoinedStr` / `FormattedValue` nodes. CPython joins adjacent literal text
/// (including a field's `debugText`) into one `Constant`; so should the parser.

/// One part of an f-string or of a replacement field's format spec.
public enum FStringElement: Sendable {
    /// Literal text, escapes applied (unless raw) and `{{`/`}}` undoubled.
    case literal(PyStringValue)
    /// A `{expression!conversion:spec}` replacement field.
    case field(FStringField)
}

/// A replacement field `{expression=!conversion:format_spec}`.
public struct FStringField: Sendable {
    /// Byte range of the expression's source in the buffer (between `{` and
    /// the `=`, `!`, `:` or `}` that ends it; may hold blanks and newlines).
    public var expressionRange: Range<Int>
    /// Line and byte column of `expressionRange.lowerBound` in the buffer.
    public var line: Int32
    public var column: Int32
    /// With `=` (self-documenting): the text from the start of the expression
    /// through the `=` and any blanks after it, e.g. " a = " for `{ a = }`.
    /// It goes into the literal text before the value.
    public var debugText: PyStringValue?
    /// As `FormattedValue.conversion`: -1, or the code of `s`, `r` or `a`.
    /// With `=` and neither conversion nor format spec, CPython uses `r` (114).
    public var conversion: Int32
    /// The format spec after `:`, as its own elements (nil when there is no `:`;
    /// an empty array for `{a:}`).
    public var formatSpec: [FStringElement]?
}

struct FStringParser {
    let source: SourceBuffer
    let bytes: [UInt8]
    let token: Token
    let isRaw: Bool
    let validate: ((FStringField) throws(SyntaxError) -> Void)?

    static let maxNesting = 200

    init(source: SourceBuffer, token: Token, isRaw: Bool, validate: ((FStringField) throws(SyntaxError) -> Void)?) {
        self.source = source
        self.bytes = source.bytes
        self.token = token
        self.isRaw = isRaw
        self.validate = validate
    }

    func error(_ message: String) -> SyntaxError {
        stringValueError(source, token, message)
    }

    mutating func parse(_ body: Range<Int>) throws(SyntaxError) -> [FStringElement] {
        var cursor = body.lowerBound
        return try parseParts(&cursor, end: body.upperBound, level: 0)
    }

    /// Literal text and fields up to the end of `end` (level 0) or a closing `}` (a format spec).
    private mutating func parseParts(_ cursor: inout Int, end: Int, level: Int) throws(SyntaxError) -> [FStringElement] {
        var elements: [FStringElement] = []
        func appendLiteral(_ text: PyStringValue) {
            guard !text.codePoints.isEmpty else { return }
            if case .literal(let previous)? = elements.last {
                elements[elements.count - 1] = .literal(PyStringValue(codePoints: previous.codePoints + text.codePoints))
            } else {
                elements.append(.literal(text))
            }
        }
        while true {
            let (literal, continueScanning) = try findLiteral(&cursor, end: end, level: level)
            if let literal { appendLiteral(literal) }
            if continueScanning { continue }
            if cursor >= end || bytes[cursor] == UInt8(ascii: "}") { break }
            let field = try findField(&cursor, end: end, level: level)
            if let debugText = field.debugText { appendLiteral(debugText) }
            elements.append(.field(field))
        }
        if level != 0, cursor >= end || bytes[cursor] != UInt8(ascii: "}") {
            throw error("f-string: expecting '}'")
        }
        return elements
    }

    /// Literal text up to a `{` or `}`. Returns the decoded text, and whether a
    /// doubled brace was just consumed (scan again for more literal text).
    private func findLiteral(_ cursor: inout Int, end: Int, level: Int) throws(SyntaxError) -> (PyStringValue?, Bool) {
        let literalStart = cursor
        var index = cursor
        var literalEnd = end
        var doubled = false
        scan: while index < end {
            var byte = bytes[index]
            index += 1
            if !isRaw, byte == UInt8(ascii: "\\"), index < end {
                byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "N") {
                    // Skip `\N{...}` so its braces do not start a field.
                    if index < end {
                        let next = bytes[index]
                        index += 1
                        if next == UInt8(ascii: "{") {
                            while index < end {
                                let inner = bytes[index]
                                index += 1
                                if inner == UInt8(ascii: "}") { break }
                            }
                        }
                    }
                    continue
                }
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                if level == 0 {
                    if index < end, bytes[index] == byte {
                        literalEnd = index
                        cursor = index + 1
                        doubled = true
                        break scan
                    }
                    if byte == UInt8(ascii: "}") {
                        throw error("f-string: single '}' is not allowed")
                    }
                }
                index -= 1
                literalEnd = index
                cursor = index
                break scan
            }
        }
        if !doubled, literalEnd == end { cursor = end }
        guard literalEnd > literalStart else { return (nil, doubled) }
        if source.hasInvalidUTF8, let message = SourceDecoding.utf8DecodeErrorMessage(bytes[literalStart..<literalEnd]) {
            throw error("(unicode error) " + message)
        }
        if isRaw {
            return (PyStringValue(codePoints: utf8CodePoints(bytes[literalStart..<literalEnd])), doubled)
        }
        return (try decodeEscapes(source, token, literalStart..<literalEnd), doubled)
    }

    /// A replacement field; the cursor is on its `{`.
    private mutating func findField(_ cursor: inout Int, end: Int, level: Int) throws(SyntaxError) -> FStringField {
        if level >= 2 { throw error("f-string: expressions nested too deeply") }
        cursor += 1
        let expressionStart = cursor
        var quote: UInt8 = 0
        var isTripleQuoted = false
        var brackets: [UInt8] = []
        scan: while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\\") { throw error("f-string expression part cannot include a backslash") }
            if quote != 0 {
                if byte == quote {
                    if isTripleQuoted {
                        if cursor + 2 < end, bytes[cursor + 1] == byte, bytes[cursor + 2] == byte {
                            cursor += 3
                            quote = 0
                            continue
                        }
                    } else {
                        quote = 0
                    }
                }
                cursor += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if cursor + 2 < end, bytes[cursor + 1] == byte, bytes[cursor + 2] == byte {
                    isTripleQuoted = true
                    cursor += 2
                } else {
                    isTripleQuoted = false
                }
                quote = byte
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                if brackets.count >= FStringParser.maxNesting { throw error("f-string: too many nested parenthesis") }
                brackets.append(byte)
            case UInt8(ascii: "#"):
                throw error("f-string expression part cannot include '#'")
            case UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: "}"), UInt8(ascii: "="), UInt8(ascii: ">"),
                 UInt8(ascii: "<"):
                if !brackets.isEmpty {
                    if byte == UInt8(ascii: "}") { try closeBracket(byte, &brackets) }
                    break
                }
                if cursor + 1 < end, bytes[cursor + 1] == UInt8(ascii: "="), byte != UInt8(ascii: ":"),
                   byte != UInt8(ascii: "}") {
                    cursor += 2  // `!=`, `==`, `<=`, `>=` stay in the expression
                    continue
                }
                if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") { break }
                break scan
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                try closeBracket(byte, &brackets)
            default:
                break
            }
            cursor += 1
        }
        let expressionEnd = min(cursor, end)
        if quote != 0 { throw error("f-string: unterminated string") }
        if let opening = brackets.last { throw error("f-string: unmatched '\(Character(UnicodeScalar(opening)))'") }
        if cursor >= end { throw error("f-string: expecting '}'") }
        if bytes[expressionStart..<expressionEnd].allSatisfy(isPythonSpaceByte) {
            throw error("f-string: empty expression not allowed")
        }
        let (line, column) = position(of: expressionStart)
        var field = FStringField(expressionRange: expressionStart..<expressionEnd, line: line, column: column,
                                 debugText: nil, conversion: -1, formatSpec: nil)
        try validate?(field)

        if bytes[cursor] == UInt8(ascii: "=") {
            cursor += 1
            while cursor < end, isPythonSpaceByte(bytes[cursor]) { cursor += 1 }
            if cursor >= end { throw error("f-string: expecting '}'") }
            field.debugText = PyStringValue(codePoints: utf8CodePoints(bytes[expressionStart..<cursor]))
        }
        if bytes[cursor] == UInt8(ascii: "!") {
            cursor += 1
            if cursor >= end { throw error("f-string: expecting '}'") }
            let conversion = bytes[cursor]
            cursor += 1
            guard conversion == UInt8(ascii: "s") || conversion == UInt8(ascii: "r") || conversion == UInt8(ascii: "a") else {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            field.conversion = Int32(conversion)
        }
        if cursor < end, bytes[cursor] == UInt8(ascii: ":") {
            cursor += 1
            if cursor >= end { throw error("f-string: expecting '}'") }
            field.formatSpec = try parseParts(&cursor, end: end, level: level + 1)
        }
        if cursor >= end || bytes[cursor] != UInt8(ascii: "}") { throw error("f-string: expecting '}'") }
        cursor += 1
        if field.debugText != nil, field.formatSpec == nil, field.conversion == -1 {
            field.conversion = Int32(UInt8(ascii: "r"))
        }
        return field
    }

    private func closeBracket(_ byte: UInt8, _ brackets: inout [UInt8]) throws(SyntaxError) {
        guard let opening = brackets.popLast() else {
            throw error("f-string: unmatched '\(Character(UnicodeScalar(byte)))'")
        }
        let expected = opening == UInt8(ascii: "(") ? UInt8(ascii: ")")
            : opening == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        if byte != expected {
            throw error("f-string: closing parenthesis '\(Character(UnicodeScalar(byte)))' does not match "
                + "opening parenthesis '\(Character(UnicodeScalar(opening)))'")
        }
    }

    /// Line and byte column of a byte inside the token.
    private func position(of index: Int) -> (Int32, Int32) {
        var line = token.range.lineno
        var lineStart = Int(token.start) - Int(token.range.colOffset)
        var cursor = Int(token.start)
        while cursor < index {
            if bytes[cursor] == UInt8(ascii: "\n") {
                line &+= 1
                lineStart = cursor + 1
            }
            cursor += 1
        }
        return (line, Int32(truncatingIfNeeded: index - lineStart))
    }
}

/// `Py_ISSPACE`: ASCII blanks, tab, newlines, vertical tab, form feed.
@inline(__always)
func isPythonSpaceByte(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
}
