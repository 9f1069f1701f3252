/// Splits the body of an f-string into literal text and replacement fields,
/// as CPython 3.11 does before it parses each field's expression.
struct FStringScanner {
    let decoder: StringLiteralDecoder
    /// 0 for top-level fields, 1 inside a format spec; CPython allows no deeper.
    let depth: Int

    var bytes: [UInt8] { decoder.bytes }

    /// Scans from `range.lowerBound`; in a format spec it stops at the `}` that
    /// closes the enclosing field and returns that index.
    func scanParts(_ range: Range<Int>, inFormatSpec: Bool) throws(SyntaxError) -> (parts: [FStringPart], end: Int) {
        var parts: [FStringPart] = []
        var chunkStart = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        func flushChunk(_ upTo: Int, dropping: Int = 0) throws(SyntaxError) {
            if upTo > chunkStart {
                let text = try decoder.decodeText(chunkStart..<upTo)
                if !text.codePoints.isEmpty { parts.append(.literal(text)) }
            }
        }
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\") && !decoder.literal.isRaw {
                // `\N{NAME}` braces belong to the escape.
                if i + 2 < end, bytes[i + 1] == UInt8(ascii: "N"), bytes[i + 2] == UInt8(ascii: "{"),
                   let close = bytes[(i + 2)..<end].firstIndex(of: UInt8(ascii: "}")) {
                    i = close + 1
                } else {
                    i += 2
                }
                continue
            }
            if byte == UInt8(ascii: "{") {
                if i + 1 < end, bytes[i + 1] == UInt8(ascii: "{") {
                    try flushChunk(i + 1)
                    i += 2
                    chunkStart = i
                    continue
                }
                try flushChunk(i)
                let (field, next) = try scanField(from: i + 1, end: end)
                parts.append(.field(field))
                i = next
                chunkStart = i
                continue
            }
            if byte == UInt8(ascii: "}") {
                if inFormatSpec {
                    try flushChunk(i)
                    return (parts, i)
                }
                if i + 1 < end, bytes[i + 1] == UInt8(ascii: "}") {
                    try flushChunk(i + 1)
                    i += 2
                    chunkStart = i
                    continue
                }
                throw decoder.errorAfterToken("f-string: single '}' is not allowed")
            }
            i += 1
        }
        if inFormatSpec { throw decoder.errorAfterToken("f-string: expecting '}'") }
        try flushChunk(end)
        return (parts, end)
    }

    /// Scans one field whose expression starts at `start` (just after `{`);
    /// returns it and the index just after its closing `}`.
    private func scanField(from start: Int, end: Int) throws(SyntaxError) -> (FStringField, Int) {
        if depth >= 2 { throw decoder.errorAfterToken("f-string: expressions nested too deeply") }
        var brackets: [UInt8] = []
        var i = start
        var expressionEnd = -1
        while i < end {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\\"):
                throw decoder.errorAfterToken("f-string expression part cannot include a backslash")
            case UInt8(ascii: "#"):
                throw decoder.errorAfterToken("f-string expression part cannot include '#'")
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                i = try skipNestedString(from: i, end: end)
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                brackets.append(byte)
                if brackets.count >= 200 { throw decoder.errorAfterToken("f-string: too many nested parenthesis") }
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if brackets.isEmpty {
                    if byte == UInt8(ascii: "}") {
                        expressionEnd = i
                        break
                    }
                    throw decoder.errorAfterToken("f-string: unmatched '\(Character(Unicode.Scalar(byte)))'")
                }
                let opener = brackets.removeLast()
                let expected: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : opener == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                if byte != expected {
                    throw decoder.errorAfterToken("f-string: closing parenthesis '\(Character(Unicode.Scalar(byte)))' does not match opening parenthesis '\(Character(Unicode.Scalar(opener)))'")
                }
            case UInt8(ascii: "!") where brackets.isEmpty:
                if i + 1 < end, bytes[i + 1] == UInt8(ascii: "=") {
                    i += 2
                    continue
                }
                expressionEnd = i
            case UInt8(ascii: ":") where brackets.isEmpty:
                expressionEnd = i
            case UInt8(ascii: "=") where brackets.isEmpty:
                let nextIsEqual = i + 1 < end && bytes[i + 1] == UInt8(ascii: "=")
                let previous = i > start ? bytes[i - 1] : 0
                if nextIsEqual {
                    i += 2
                    continue
                }
                if previous == UInt8(ascii: "=") || previous == UInt8(ascii: "!") ||
                    previous == UInt8(ascii: "<") || previous == UInt8(ascii: ">") {
                    break
                }
                expressionEnd = i
            default:
                break
            }
            if expressionEnd >= 0 { break }
            i += 1
        }
        guard expressionEnd >= 0 else {
            if !brackets.isEmpty { throw decoder.errorAfterToken("f-string: expecting '}'") }
            throw decoder.errorAfterToken("f-string: expecting '}'")
        }
        let isBlank = bytes[start..<expressionEnd].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        if isBlank {
            let stop = bytes[expressionEnd]
            if stop == UInt8(ascii: "}") { throw decoder.errorAfterToken("f-string: empty expression not allowed") }
            throw decoder.errorAfterToken("f-string: expression required before '\(Character(Unicode.Scalar(stop)))'")
        }
        let (line, column) = position(of: start)
        var field = FStringField(expression: start..<expressionEnd, line: line, column: column,
                                 debugText: nil, conversion: nil, formatSpec: nil)
        i = expressionEnd
        if bytes[i] == UInt8(ascii: "=") {
            i += 1
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 }
            field.debugText = PyStringValue(codePoints: decoder.codePoints(of: decoder.normalizedNewlines(start..<i)))
        }
        if i < end, bytes[i] == UInt8(ascii: "!") {
            i += 1
            guard i < end, bytes[i] == UInt8(ascii: "s") || bytes[i] == UInt8(ascii: "r") || bytes[i] == UInt8(ascii: "a"),
                  i + 1 < end, bytes[i + 1] == UInt8(ascii: ":") || bytes[i + 1] == UInt8(ascii: "}") else {
                if i >= end { throw decoder.errorAfterToken("f-string: expecting '}'") }
                throw decoder.errorAfterToken("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            field.conversion = bytes[i]
            i += 1
        }
        if i < end, bytes[i] == UInt8(ascii: ":") {
            let nested = FStringScanner(decoder: decoder, depth: depth + 1)
            let (spec, specEnd) = try nested.scanParts((i + 1)..<end, inFormatSpec: true)
            field.formatSpec = spec
            i = specEnd
        }
        guard i < end, bytes[i] == UInt8(ascii: "}") else {
            throw decoder.errorAfterToken("f-string: expecting '}'")
        }
        return (field, i + 1)
    }

    /// Skips a string literal inside a replacement field's expression.
    private func skipNestedString(from index: Int, end: Int) throws(SyntaxError) -> Int {
        let quote = bytes[index]
        let triple = index + 2 < end && bytes[index + 1] == quote && bytes[index + 2] == quote
        var i = index + (triple ? 3 : 1)
        while i < end {
            if bytes[i] == UInt8(ascii: "\\") {
                throw decoder.errorAfterToken("f-string expression part cannot include a backslash")
            }
            if bytes[i] == quote {
                if !triple { return i + 1 }
                if i + 2 < end, bytes[i + 1] == quote, bytes[i + 2] == quote { return i + 3 }
            }
            i += 1
        }
        throw decoder.errorAfterToken("f-string: unterminated string")
    }

    /// Line and byte column of a byte offset inside the token.
    private func position(of index: Int) -> (Int32, Int32) {
        var line = decoder.token.range.lineno
        var lineStart = Int(decoder.token.start) - Int(decoder.token.range.colOffset)
        var i = Int(decoder.token.start)
        while i < index {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return (line, Int32(truncatingIfNeeded: index - lineStart))
    }
}
