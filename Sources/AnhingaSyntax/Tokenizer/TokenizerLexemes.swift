/// Names, keywords, strings and operators: one token each (numbers are in
/// TokenizerNumbers.swift).
///
/// The scanners follow CPython's cursor discipline (read a byte, maybe put it
/// back) so that error offsets land where CPython's do.
extension Tokenizer {
    static let endOfInput = -1

    /// Reads one byte (-1 at the end of the range; the cursor then stays put).
    @inline(__always)
    mutating func nextc() -> Int {
        guard pos < end else { return Tokenizer.endOfInput }
        let value = Int(bytes[pos])
        pos += 1
        return value
    }

    /// Puts back a byte read by `nextc` (nothing to put back at the end).
    @inline(__always)
    mutating func backup(_ c: Int) {
        if c != Tokenizer.endOfInput { pos -= 1 }
    }

    mutating func lexToken(first: UInt8, start: Int, startLine: Int32, startLineStart: Int) throws(SyntaxError) -> Token {
        if isIdentifierStart(first) {
            return try lexNameOrString(start: start, startLine: startLine, startLineStart: startLineStart)
        }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            return try lexString(start: start, startLine: startLine, startLineStart: startLineStart)
        }
        if isDigit(Int(first)) {
            try lexNumber()
            return makeToken(.number, from: start, startLine: startLine, startLineStart: startLineStart)
        }
        pos += 1
        let kind: TokenKind
        switch first {
        case UInt8(ascii: "."):
            let c = nextc()
            if isDigit(c) {
                try lexFloatTail(c, entry: .fraction)
                return makeToken(.number, from: start, startLine: startLine, startLineStart: startLineStart)
            }
            if c == Int(UInt8(ascii: ".")), byte(at: pos) == UInt8(ascii: ".") {
                pos += 1
                kind = .ellipsis
            } else {
                backup(c)
                kind = .dot
            }
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if brackets.count >= Tokenizer.maxBracketDepth {
                throw cursorError("too many nested parentheses", cursor: pos)
            }
            brackets.append(OpenBracket(byte: first, lineno: lineno, column: Int32(truncatingIfNeeded: start - lineStart)))
            kind = first == UInt8(ascii: "(") ? .lpar : first == UInt8(ascii: "[") ? .lsqb : .lbrace
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            guard let open = brackets.popLast() else {
                throw cursorError("unmatched '\(Character(UnicodeScalar(first)))'", cursor: pos)
            }
            let expected: UInt8 = open.byte == UInt8(ascii: "(") ? UInt8(ascii: ")")
                : open.byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if first != expected {
                var message = "closing parenthesis '\(Character(UnicodeScalar(first)))' does not match "
                    + "opening parenthesis '\(Character(UnicodeScalar(open.byte)))'"
                if open.lineno != lineno { message += " on line \(open.lineno)" }
                throw cursorError(message, cursor: pos)
            }
            kind = first == UInt8(ascii: ")") ? .rpar : first == UInt8(ascii: "]") ? .rsqb : .rbrace
        default:
            kind = try lexOperator(first)
        }
        return makeToken(kind, from: start, startLine: startLine, startLineStart: startLineStart)
    }

    /// Operators and delimiters other than brackets and dots; the cursor is past `first`.
    private mutating func lexOperator(_ first: UInt8) throws(SyntaxError) -> TokenKind {
        let second = byte(at: pos)
        @inline(__always) func take(_ kind: TokenKind) -> TokenKind { pos += 1; return kind }
        let equals = UInt8(ascii: "=")
        switch first {
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: ";"): return .semi
        case UInt8(ascii: "~"): return .tilde
        case UInt8(ascii: ":"): return second == equals ? take(.colonEqual) : .colon
        case UInt8(ascii: "="): return second == equals ? take(.eqEqual) : .equal
        case UInt8(ascii: "!"): return second == equals ? take(.notEqual) : .exclamation
        case UInt8(ascii: "+"): return second == equals ? take(.plusEqual) : .plus
        case UInt8(ascii: "%"): return second == equals ? take(.percentEqual) : .percent
        case UInt8(ascii: "&"): return second == equals ? take(.amperEqual) : .amper
        case UInt8(ascii: "|"): return second == equals ? take(.vbarEqual) : .vbar
        case UInt8(ascii: "^"): return second == equals ? take(.circumflexEqual) : .circumflex
        case UInt8(ascii: "@"): return second == equals ? take(.atEqual) : .at
        case UInt8(ascii: "-"):
            if second == equals { return take(.minEqual) }
            return second == UInt8(ascii: ">") ? take(.rarrow) : .minus
        case UInt8(ascii: "*"):
            if second == equals { return take(.starEqual) }
            if second == UInt8(ascii: "*") {
                pos += 1
                return byte(at: pos) == equals ? take(.doubleStarEqual) : .doubleStar
            }
            return .star
        case UInt8(ascii: "/"):
            if second == equals { return take(.slashEqual) }
            if second == UInt8(ascii: "/") {
                pos += 1
                return byte(at: pos) == equals ? take(.doubleSlashEqual) : .doubleSlash
            }
            return .slash
        case UInt8(ascii: "<"):
            if second == equals { return take(.lessEqual) }
            // `<>` is NOTEQUAL to CPython's tokenizer; the parser rejects it unless Barry is FLUFL.
            if second == UInt8(ascii: ">") { return take(.notEqual) }
            if second == UInt8(ascii: "<") {
                pos += 1
                return byte(at: pos) == equals ? take(.leftShiftEqual) : .leftShift
            }
            return .less
        case UInt8(ascii: ">"):
            if second == equals { return take(.greaterEqual) }
            if second == UInt8(ascii: ">") {
                pos += 1
                return byte(at: pos) == equals ? take(.rightShiftEqual) : .rightShift
            }
            return .greater
        case 0:
            throw SyntaxError(.syntaxError, "source code string cannot contain null bytes", lineno: 0, offset: 0)
        default:
            if first < 0x20 || first == 0x7F {
                let hex = String(first, radix: 16, uppercase: true)
                throw cursorError("invalid non-printable character U+" + String(repeating: "0", count: 4 - hex.count) + hex,
                                  cursor: pos)
            }
            return .otherOperator
        }
    }

    // MARK: Names

    @inline(__always)
    func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    @inline(__always)
    func isIdentifierByte(_ c: Int) -> Bool {
        c >= 0 && (isIdentifierStart(UInt8(c)) || (c >= 0x30 && c <= 0x39))
    }

    private mutating func lexNameOrString(start: Int, startLine: Int32, startLineStart: Int) throws(SyntaxError) -> Token {
        // String prefixes: b, r, u, f in CPython's allowed combinations, then a quote.
        var sawB = false, sawR = false, sawU = false, sawF = false
        var cursor = pos
        while cursor < end {
            let c = bytes[cursor] | 0x20
            if !(sawB || sawU || sawF) && c == UInt8(ascii: "b") { sawB = true }
            else if !(sawB || sawU || sawR || sawF) && c == UInt8(ascii: "u") { sawU = true }
            else if !(sawR || sawU) && c == UInt8(ascii: "r") { sawR = true }
            else if !(sawF || sawB || sawU) && c == UInt8(ascii: "f") { sawF = true }
            else { break }
            cursor += 1
            let next = byte(at: cursor)
            if next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") {
                pos = cursor
                return try lexString(start: start, startLine: startLine, startLineStart: startLineStart)
            }
        }
        var sawNonASCII = false
        while pos < end {
            let byte = bytes[pos]
            if byte >= 0x80 { sawNonASCII = true } else if !isIdentifierByte(Int(byte)) { break }
            pos += 1
        }
        if sawNonASCII {
            if source.hasInvalidUTF8, let message = SourceDecoding.utf8DecodeErrorMessage(bytes[start..<pos]) {
                throw SyntaxError(.syntaxError, "(unicode error) " + message, lineno: Int(lineno),
                                  offset: pos - lineStart, endLineno: Int(lineno), endOffset: -1,
                                  text: lineTextForError(lineno))
            }
            try verifyIdentifier(start: start)
            return makeToken(.name, from: start, startLine: startLine, startLineStart: startLineStart)
        }
        let kind = keywordKind(bytes, start, pos)
        return makeToken(kind, from: start, startLine: startLine, startLineStart: startLineStart)
    }

    /// PEP 3131: the first character XID_Start or `_`, the rest XID_Continue.
    /// On failure the cursor goes just past the bad character, as CPython reports it.
    private mutating func verifyIdentifier(start: Int) throws(SyntaxError) {
        var index = start
        var isFirst = true
        while index < pos {
            let (scalar, length) = decodeScalar(at: index)
            let properties = scalar.properties
            let valid = isFirst ? (properties.isXIDStart || scalar == "_") : properties.isXIDContinue
            if !valid {
                pos = index + length
                let value = String(scalar.value, radix: 16, uppercase: true)
                let code = String(repeating: "0", count: max(0, 4 - value.count)) + value
                if isPrintable(scalar) {
                    throw cursorError("invalid character '\(Character(scalar))' (U+\(code))", cursor: pos)
                }
                throw cursorError("invalid non-printable character U+\(code)", cursor: pos)
            }
            isFirst = false
            index += length
        }
    }

    /// Decodes the UTF-8 scalar at `index` (the buffer holds valid UTF-8).
    func decodeScalar(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        var value: UInt32
        var length: Int
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
        case 0xC0..<0xE0: value = lead & 0x1F; length = 2
        case 0xE0..<0xF0: value = lead & 0x0F; length = 3
        default: value = lead & 0x07; length = 4
        }
        for offset in 1..<length {
            let index2 = index + offset
            guard index2 < bytes.count else { return ("\u{FFFD}", offset) }
            value = (value << 6) | (UInt32(bytes[index2]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    // MARK: Strings

    /// A string literal; the cursor is on its opening quote, `start` on its prefix.
    mutating func lexString(start: Int, startLine: Int32, startLineStart: Int) throws(SyntaxError) -> Token {
        let quote = Int(bytes[pos])
        pos += 1
        var quoteSize = 1
        var endQuoteSize = 0
        var c = nextc()
        if c == quote {
            c = nextc()
            if c == quote { quoteSize = 3 } else { endQuoteSize = 1 }
        }
        if c != quote { backup(c) }
        let newline = Int(UInt8(ascii: "\n"))
        while endQuoteSize != quoteSize {
            c = nextc()
            if c == Tokenizer.endOfInput || (quoteSize == 1 && c == newline) {
                var detectedLine = lineno
                if c == Tokenizer.endOfInput, pos == lineStart, detectedLine > startLine { detectedLine -= 1 }
                let kind = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal"
                let offset = source.characterCount(startLineStart..<(start + 1))
                throw SyntaxError(.syntaxError, "\(kind) (detected at line \(detectedLine))",
                                  lineno: Int(startLine), offset: offset, endLineno: Int(startLine), endOffset: offset,
                                  text: lineTextForError(startLine))
            }
            if c == newline {
                lineno &+= 1
                lineStart = pos
                try checkDeferredDecodingError()
            }
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == Int(UInt8(ascii: "\\")) {
                    let escaped = nextc()
                    if escaped == newline {
                        lineno &+= 1
                        lineStart = pos
                        try checkDeferredDecodingError()
                    }
                }
            }
        }
        return makeToken(.string, from: start, startLine: startLine, startLineStart: startLineStart)
    }
}

/// A SyntaxWarning the tokenizer found (e.g. `1if x else y`: "invalid decimal literal").
public struct TokenizerWarning: Hashable, Sendable {
    public var message: String
    public var lineno: Int
}

/// Python's `str.isprintable` for one character (Python 3.11's Unicode tables,
/// from AST/PythonRepr.swift).
@inline(__always)
func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    isPythonPrintable(scalar.value)
}
