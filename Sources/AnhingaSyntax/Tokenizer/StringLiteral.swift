/// Decoding a STRING token: its prefix, and its value with every escape
/// sequence applied (or, for an f-string, its parts; see FStringParser.swift).

/// What one STRING token means.
public struct StringLiteralPiece: Sendable {
    /// `b`/`B` prefix: a bytes literal.
    public var isBytes: Bool
    /// `r`/`R` prefix: escapes are not processed.
    public var isRaw: Bool
    /// `f`/`F` prefix: an f-string.
    public var isFString: Bool
    /// `u`/`U` prefix (recorded as `Constant.kind == "u"` in the AST).
    public var hasUPrefix: Bool
    public var content: Content
    /// Byte range of the text between the quotes, in the source buffer.
    public var bodyRange: Range<Int>
    /// The first unknown escape such as `\d` (str and bytes literals, not f-strings), for
    /// CPython's DeprecationWarning "invalid escape sequence '\d'".
    public var firstInvalidEscape: String?

    public enum Content: Sendable {
        case string(PyStringValue)
        case bytes([UInt8])
        case fString([FStringElement])
    }
}

/// The part of a string literal's body between its quotes, and its prefix.
struct StringTokenLayout {
    var isBytes = false, isRaw = false, isFString = false, hasUPrefix = false
    var body: Range<Int>
}

func stringTokenLayout(_ bytes: [UInt8], _ token: Token) -> StringTokenLayout {
    let start = max(0, min(Int(token.start), bytes.count))
    let end = max(start, min(Int(token.end), bytes.count))
    var layout = StringTokenLayout(body: start..<start)
    var index = start
    while index < end, bytes[index] != UInt8(ascii: "'"), bytes[index] != UInt8(ascii: "\"") {
        switch bytes[index] | 0x20 {
        case UInt8(ascii: "b"): layout.isBytes = true
        case UInt8(ascii: "r"): layout.isRaw = true
        case UInt8(ascii: "f"): layout.isFString = true
        case UInt8(ascii: "u"): layout.hasUPrefix = true
        default: break
        }
        index += 1
    }
    guard index < end else { return layout }
    let quote = bytes[index]
    let quoteSize = end - index >= 6 && bytes[index + 1] == quote && bytes[index + 2] == quote ? 3 : 1
    let bodyStart = min(index + quoteSize, end)
    layout.body = bodyStart..<max(bodyStart, end - quoteSize)
    return layout
}

/// Decodes a STRING token. For f-strings, `validateExpression` (when given) is
/// called on each replacement field as soon as its expression is found, before
/// its conversion and format spec are checked, so that an error in the
/// expression wins over later f-string errors, as in CPython.
public func decodeStringToken(_ source: SourceBuffer, _ token: Token,
                              validateExpression: ((FStringField) throws(SyntaxError) -> Void)? = nil)
    throws(SyntaxError) -> StringLiteralPiece {
    let bytes = source.bytes
    let layout = stringTokenLayout(bytes, token)
    let body = layout.body
    let content: StringLiteralPiece.Content
    var invalidEscape: String?
    if !layout.isRaw, !layout.isFString {
        invalidEscape = firstInvalidEscape(bytes[body], isBytes: layout.isBytes)
    }
    if source.hasInvalidUTF8, !layout.isBytes, !layout.isFString,
       let message = SourceDecoding.utf8DecodeErrorMessage(bytes[body]) {
        throw stringValueError(source, token, "(unicode error) " + message)
    }
    if layout.isFString {
        var parser = FStringParser(source: source, token: token, isRaw: layout.isRaw, validate: validateExpression)
        content = .fString(try parser.parse(body))
    } else if layout.isBytes {
        content = .bytes(try decodeBytesBody(source, token, body, isRaw: layout.isRaw))
    } else if layout.isRaw {
        content = .string(PyStringValue(codePoints: utf8CodePoints(bytes[body])))
    } else {
        content = .string(try decodeEscapes(source, token, body))
    }
    return StringLiteralPiece(isBytes: layout.isBytes, isRaw: layout.isRaw, isFString: layout.isFString,
                              hasUPrefix: layout.hasUPrefix, content: content, bodyRange: body,
                              firstInvalidEscape: invalidEscape)
}

/// The first backslash escape that Python does not know, as written (e.g. `\d`).
func firstInvalidEscape(_ body: ArraySlice<UInt8>, isBytes: Bool) -> String? {
    var index = body.startIndex
    while index < body.endIndex {
        guard body[index] == UInt8(ascii: "\\"), index + 1 < body.endIndex else {
            index += 1
            continue
        }
        let kind = body[index + 1]
        switch kind {
        case UInt8(ascii: "\n"), UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "a"),
             UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"),
             UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "0")...UInt8(ascii: "7"):
            index += 2
        case UInt8(ascii: "N"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            if isBytes { return "\\" + String(UnicodeScalar(kind)) }
            index += 2
        default:
            if kind >= 0x80 { index += 2; continue }
            return "\\" + String(UnicodeScalar(kind))
        }
    }
    return nil
}

/// The code points of valid UTF-8 bytes.
func utf8CodePoints(_ bytes: ArraySlice<UInt8>) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
        let (value, length) = utf8Scalar(bytes, index)
        result.append(value)
        index += length
    }
    return result
}

@inline(__always)
func utf8Scalar(_ bytes: ArraySlice<UInt8>, _ index: Int) -> (UInt32, Int) {
    let lead = UInt32(bytes[index])
    var value: UInt32
    var length: Int
    switch lead {
    case 0..<0x80: return (lead, 1)
    case 0xC0..<0xE0: value = lead & 0x1F; length = 2
    case 0xE0..<0xF0: value = lead & 0x0F; length = 3
    default: value = lead & 0x07; length = 4
    }
    for offset in 1..<length {
        guard index + offset < bytes.endIndex else { return (0xFFFD, offset) }
        value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F)
    }
    return (value, length)
}

/// A SyntaxError about a string token's value. CPython reports these at the
/// token after the string (the parser has already fetched it); the end of the
/// string is where that usually starts, so that is where this points.
func stringValueError(_ source: SourceBuffer, _ token: Token, _ message: String) -> SyntaxError {
    let line = Int(token.range.endLineno)
    let column = source.characterColumn(line: line, byteColumn: Int(token.range.endColOffset)) + 1
    return SyntaxError(.syntaxError, message, lineno: line, offset: column, endLineno: line, endOffset: column,
                       text: source.lineText(line))
}

/// The body of a non-raw str literal (or a literal chunk of an f-string) with escapes applied.
///
/// Error positions count as CPython's decoder sees the text: every non-ASCII
/// character stands as a 10-character `\UXXXXXXXX`, a backslash before a
/// non-ASCII character as `\u005c`.
func decodeEscapes(_ source: SourceBuffer, _ token: Token, _ body: Range<Int>) throws(SyntaxError) -> PyStringValue {
    let bytes = source.bytes[body]
    var result: [UInt32] = []
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    var position = 0  // position in CPython's escaped copy of the text
    func fail(_ start: Int, _ end: Int, _ reason: String) -> SyntaxError {
        let range = "bytes in position \(start)-\(end)"
        return stringValueError(source, token, "(unicode error) 'unicodeescape' codec can't decode \(range): \(reason)")
    }
    while index < bytes.endIndex {
        let byte = bytes[index]
        if byte >= 0x80 {
            let (value, length) = utf8Scalar(bytes, index)
            result.append(value)
            index += length
            position += 10
            continue
        }
        if byte != UInt8(ascii: "\\") {
            result.append(UInt32(byte))
            index += 1
            position += 1
            continue
        }
        let escapeStart = position
        index += 1
        guard index < bytes.endIndex else {
            // A lone backslash ending an f-string chunk: CPython rewrites it as `\u005c`.
            result.append(0x5C)
            break
        }
        let kind = bytes[index]
        if kind >= 0x80 {
            // CPython rewrites this backslash as `\u005c`: a literal backslash.
            result.append(0x5C)
            position += 6
            continue
        }
        index += 1
        position += 2
        if let value = singleCharacterEscape(kind) {
            result.append(UInt32(value))
            continue
        }
        switch kind {
        case UInt8(ascii: "\n"): break
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = UInt32(kind - UInt8(ascii: "0"))
            var digits = 1
            while digits < 3, index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "7") {
                value = value * 8 + UInt32(bytes[index] - UInt8(ascii: "0"))
                index += 1
                position += 1
                digits += 1
            }
            result.append(value)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = kind == UInt8(ascii: "x") ? 2 : kind == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<count {
                guard index < bytes.endIndex, let digit = hexValue(bytes[index]) else {
                    let name = kind == UInt8(ascii: "x") ? "\\xXX" : kind == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw fail(escapeStart, position - 1, "truncated \(name) escape")
                }
                value = value << 4 | digit
                index += 1
                position += 1
            }
            if value > 0x10FFFF { throw fail(escapeStart, position - 1, "illegal Unicode character") }
            result.append(value)
        case UInt8(ascii: "N"):
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "{") else {
                throw fail(escapeStart, position - 1, "malformed \\N character escape")
            }
            index += 1
            position += 1
            let nameStart = index
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: "}") {
                position += bytes[index] >= 0x80 ? (bytes[index] & 0xC0 == 0x80 ? 0 : 10) : 1
                index += 1
            }
            guard index > nameStart, index < bytes.endIndex else {
                throw fail(escapeStart, position - 1, "malformed \\N character escape")
            }
            let name = bytes[nameStart..<index]
            index += 1
            position += 1
            guard let value = unicodeScalarNamed(name) else {
                throw fail(escapeStart, position - 1, "unknown Unicode character name")
            }
            result.append(value)
        default:
            // An unknown escape keeps its backslash (CPython warns: invalid escape sequence).
            result.append(0x5C)
            result.append(UInt32(kind))
        }
    }
    return PyStringValue(codePoints: result)
}

/// The value of a one-character escape (`\n`, `\t`, `\\`, …), the same in str and bytes literals.
@inline(__always)
func singleCharacterEscape(_ kind: UInt8) -> UInt8? {
    switch kind {
    case UInt8(ascii: "\\"): return 0x5C
    case UInt8(ascii: "'"): return 0x27
    case UInt8(ascii: "\""): return 0x22
    case UInt8(ascii: "a"): return 0x07
    case UInt8(ascii: "b"): return 0x08
    case UInt8(ascii: "f"): return 0x0C
    case UInt8(ascii: "n"): return 0x0A
    case UInt8(ascii: "r"): return 0x0D
    case UInt8(ascii: "t"): return 0x09
    case UInt8(ascii: "v"): return 0x0B
    default: return nil
    }
}

@inline(__always)
func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
}

/// The body of a bytes literal: ASCII only; escapes unless raw (no \N, \u, \U in bytes).
func decodeBytesBody(_ source: SourceBuffer, _ token: Token, _ body: Range<Int>, isRaw: Bool) throws(SyntaxError) -> [UInt8] {
    let bytes = source.bytes[body]
    if bytes.contains(where: { $0 >= 0x80 }) {
        let line = Int(token.range.lineno)
        // A parser-level error in CPython: byte offsets in files (see Parser.column).
        let endLine = Int(token.range.endLineno)
        let start = source.parserColumnsInBytes ? Int(token.range.colOffset) + 1
            : source.characterColumn(line: line, byteColumn: Int(token.range.colOffset)) + 1
        let end = source.parserColumnsInBytes ? Int(token.range.endColOffset) + 1
            : source.characterColumn(line: endLine, byteColumn: Int(token.range.endColOffset)) + 1
        throw SyntaxError(.syntaxError, "bytes can only contain ASCII literal characters", lineno: line, offset: start,
                          endLineno: endLine, endOffset: end, text: source.lineText(line))
    }
    if isRaw { return Array(bytes) }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
        let byte = bytes[index]
        guard byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex else {
            result.append(byte)
            index += 1
            continue
        }
        let escapeStart = index - bytes.startIndex
        let kind = bytes[index + 1]
        index += 2
        if let value = singleCharacterEscape(kind) {
            result.append(value)
            continue
        }
        switch kind {
        case UInt8(ascii: "\n"): break
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = Int(kind - UInt8(ascii: "0"))
            var digits = 1
            while digits < 3, index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "7") {
                value = value * 8 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
                digits += 1
            }
            result.append(UInt8(truncatingIfNeeded: value))
        case UInt8(ascii: "x"):
            guard index + 1 < bytes.endIndex, let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else {
                throw stringValueError(source, token, "(value error) invalid \\x escape at position \(escapeStart)")
            }
            result.append(UInt8(high << 4 | low))
            index += 2
        default:
            result.append(0x5C)
            result.append(kind)
        }
    }
    return result
}
