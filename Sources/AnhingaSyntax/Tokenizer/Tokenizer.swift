/// The tokenizer the parser pulls from: CPython 3.11's C tokenizer, byte for
/// byte (what `compile()` sees, not the `tokenize` module).
///
/// It reads the UTF-8 bytes of a `SourceBuffer` and hands out one `Token` per
/// `next()` call, with no allocation per token. Layout of the code:
/// this file holds the line structure (indentation, NEWLINE, brackets, end of
/// file); `TokenizerLexemes.swift` holds names, numbers, strings and operators;
/// `TokenizerErrors.swift` builds the SyntaxErrors with CPython's locations.
///
/// Token positions: `start..<end` are byte offsets, `range` has 1-based lines
/// and 0-based byte columns. Special cases, as in CPython:
/// - NEWLINE is zero-width at the `\n` (its text is empty).
/// - INDENT and DEDENT are zero-width at the first non-blank byte of the line
///   (CPython gives them no column; pegen then reports the cursor, which is there).
/// - At end of file the DEDENTs and ENDMARKER sit at (last line + 1, 0).
public struct Tokenizer {
    let source: SourceBuffer
    let bytes: [UInt8]
    /// End of the byte range being tokenized.
    let end: Int
    /// Cursor: the next byte to read.
    var pos: Int
    /// Line of the cursor, and the byte offset where that line starts.
    var lineno: Int32
    var lineStart: Int
    var atBeginningOfLine: Bool
    /// Indentation columns (tabs to multiples of 8) and the same with tabs as 1 column.
    var indents: [Int32] = [0]
    var altIndents: [Int32] = [0]
    /// Positive: INDENTs still to hand out; negative: DEDENTs.
    var pendingIndents = 0
    /// Open brackets, innermost last.
    var brackets: [OpenBracket] = []
    /// A sub-range (an f-string expression) acts as if inside brackets and ends without NEWLINE.
    let isSubrange: Bool
    let typeComments: Bool
    let trivia: Bool
    /// Set once ENDMARKER has been produced; it then repeats.
    var finished = false
    /// For a sub-range: where it starts, and on which line (for error locations).
    var subrangeStart = 0
    var subrangeStartLine: Int32 = 0
    /// Where the token being lexed starts (for error locations).
    var tokenStart = 0
    /// SyntaxWarnings met so far (CPython prints them; the parser may report them).
    public internal(set) var warnings: [TokenizerWarning] = []
    /// Whether the current line holds only blanks and comments (its newline is then no NEWLINE).
    var lineIsBlank = false

    struct OpenBracket {
        var byte: UInt8
        var lineno: Int32
        var column: Int32
    }

    static let maxIndentLevels = 100
    static let maxBracketDepth = 200

    /// Tokenizes a whole buffer.
    /// - typeComments: produce `.typeComment` / `.typeIgnore` tokens (see `lexComment`).
    /// - trivia: produce `.comment` and `.nl` tokens too (blank lines, newlines inside brackets).
    public init(_ source: SourceBuffer, typeComments: Bool = false, trivia: Bool = false) {
        self.source = source
        self.bytes = source.bytes
        self.end = source.bytes.count
        self.pos = 0
        self.lineno = 1
        self.lineStart = 0
        self.atBeginningOfLine = true
        self.isSubrange = false
        self.typeComments = typeComments
        self.trivia = trivia
    }

    /// Tokenizes part of a buffer (an f-string replacement field's expression)
    /// that starts at `startLine`/`startColumn` (byte column). Newlines inside
    /// it are insignificant (as inside brackets), no indentation is tracked,
    /// and it ends with ENDMARKER directly (no NEWLINE).
    public init(_ source: SourceBuffer, byteRange: Range<Int>, startLine: Int32, startColumn: Int32) {
        self.source = source
        self.bytes = source.bytes
        let clampedEnd = min(max(byteRange.upperBound, 0), source.bytes.count)
        let clampedStart = min(max(byteRange.lowerBound, 0), clampedEnd)
        self.end = clampedEnd
        self.pos = clampedStart
        self.lineno = startLine
        self.lineStart = clampedStart - Int(startColumn)
        self.atBeginningOfLine = false
        self.isSubrange = true
        self.typeComments = false
        self.trivia = false
        self.subrangeStart = clampedStart
        self.subrangeStartLine = startLine
    }

    /// Bracket nesting level at the cursor.
    public var parenDepth: Int { brackets.count }

    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index < end ? bytes[index] : 0
    }

    @inline(__always)
    func makeToken(_ kind: TokenKind, from start: Int, startLine: Int32, startLineStart: Int) -> Token {
        Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: pos),
              range: SourceRange(lineno: startLine, colOffset: Int32(truncatingIfNeeded: start - startLineStart),
                                 endLineno: lineno, endColOffset: Int32(truncatingIfNeeded: pos - lineStart)))
    }

    @inline(__always)
    func zeroWidthToken(_ kind: TokenKind, at index: Int) -> Token {
        let column = Int32(truncatingIfNeeded: index - lineStart)
        return Token(kind: kind, start: Int32(truncatingIfNeeded: index), end: Int32(truncatingIfNeeded: index),
                     range: SourceRange(lineno: lineno, colOffset: column, endLineno: lineno, endColOffset: column))
    }

    /// CPython reads a script file line by line and rejects a line with invalid
    /// UTF-8 or a NUL byte only when it reads it: raise such an error once the
    /// cursor is on that line.
    @inline(__always)
    func checkDeferredDecodingError() throws(SyntaxError) {
        if let deferred = source.deferredDecodingError, lineno >= deferred.lineno, !isSubrange {
            throw deferred.error
        }
    }

    /// Moves the cursor past a `\n` at `pos`.
    @inline(__always)
    mutating func consumeNewline() {
        pos += 1
        lineno &+= 1
        lineStart = pos
    }

    /// The next token; ENDMARKER repeats at the end. Errors carry CPython's
    /// SyntaxError / IndentationError / TabError text and location. In a
    /// sub-range (an f-string expression) they are placed as CPython places
    /// them: in the text `(expression)` that it tokenizes, lines counted from 1.
    public mutating func next() throws(SyntaxError) -> Token {
        try checkDeferredDecodingError()
        guard isSubrange else { return try nextToken() }
        do {
            return try nextToken()
        } catch {
            throw relocatedToFStringExpression(error)
        }
    }

    mutating func nextToken() throws(SyntaxError) -> Token {
        if source.containsNUL {
            throw SyntaxError(.syntaxError, "source code string cannot contain null bytes", lineno: 0, offset: 0)
        }
        while true {
            if pendingIndents != 0 {
                let kind: TokenKind = pendingIndents > 0 ? .indent : .dedent
                pendingIndents += pendingIndents > 0 ? -1 : 1
                return zeroWidthToken(kind, at: pos)
            }
            if finished { return zeroWidthToken(.endMarker, at: pos) }

            if atBeginningOfLine {
                atBeginningOfLine = false
                lineIsBlank = try measureIndentation()
                if pendingIndents != 0 { continue }
            }
            if let token = try nextOnLine() { return token }
        }
    }

    /// Reads the indentation of a new logical line and queues INDENT/DEDENT.
    /// Returns whether the line is blank or holds only a comment.
    mutating func measureIndentation() throws(SyntaxError) -> Bool {
        var column: Int32 = 0
        var altColumn: Int32 = 0
        var continuationColumn: Int32 = 0
        scan: while pos < end {
            switch bytes[pos] {
            case UInt8(ascii: " "):
                column &+= 1
                altColumn &+= 1
            case UInt8(ascii: "\t"):
                column = (column / 8 &+ 1) &* 8
                altColumn &+= 1
            case 0x0C:
                column = 0
                altColumn = 0
            case UInt8(ascii: "\\"):
                // Indentation may not be split with a backslash: the first one fixes the level.
                if continuationColumn == 0 { continuationColumn = column }
                try skipLineContinuation()
                continue scan
            default:
                break scan
            }
            pos += 1
        }
        let next = byte(at: pos)
        if pos < end, next == UInt8(ascii: "#") || next == UInt8(ascii: "\n") { return true }
        guard brackets.isEmpty, !isSubrange else { return false }
        if continuationColumn != 0 {
            column = continuationColumn
            altColumn = continuationColumn
        }
        let current = indents[indents.count - 1]
        if column == current {
            if altColumn != altIndents[altIndents.count - 1] { throw tabError() }
        } else if column > current {
            if indents.count >= Tokenizer.maxIndentLevels {
                throw wholeLineError(.indentationError, "too many levels of indentation")
            }
            if altColumn <= altIndents[altIndents.count - 1] { throw tabError() }
            pendingIndents += 1
            indents.append(column)
            altIndents.append(altColumn)
        } else {
            while indents.count > 1, column < indents[indents.count - 1] {
                pendingIndents -= 1
                indents.removeLast()
                altIndents.removeLast()
            }
            if column != indents[indents.count - 1] { throw unindentError() }
            if altColumn != altIndents[altIndents.count - 1] { throw tabError() }
        }
        return false
    }

    /// Skips `\` and the newline after it (the cursor is on the backslash).
    mutating func skipLineContinuation() throws(SyntaxError) {
        let backslashLine = lineno
        let backslashLineStart = lineStart
        let backslash = pos
        pos += 1
        guard pos < end, bytes[pos] == UInt8(ascii: "\n") else {
            if pos < end { pos += 1 }
            throw continuationError()
        }
        consumeNewline()
        if pos >= end {
            if let open = brackets.last { throw neverClosedError(open) }
            throw unexpectedEOFError(line: backslashLine, lineStart: backslashLineStart, backslash: backslash)
        }
    }

    /// Lexes the rest of a line: one token, or nil when only trivia was skipped
    /// and the caller should look again (a new line begins, say).
    mutating func nextOnLine() throws(SyntaxError) -> Token? {
        while pos < end {
            let byte = bytes[pos]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0C {
                pos += 1
            } else {
                break
            }
        }
        let start = pos
        tokenStart = pos
        let startLine = lineno
        let startLineStart = lineStart
        guard pos < end else { return try endOfInput() }
        let first = bytes[pos]
        switch first {
        case UInt8(ascii: "#"):
            if let token = lexComment() { return token }
            return nil
        case UInt8(ascii: "\n"):
            let insignificant = lineIsBlank || !brackets.isEmpty || isSubrange
            if insignificant {
                consumeNewline()
                lineIsBlank = false
                atBeginningOfLine = !isSubrange
                if trivia {
                    return Token(kind: .nl, start: Int32(truncatingIfNeeded: start),
                                 end: Int32(truncatingIfNeeded: start + 1),
                                 range: SourceRange(lineno: startLine,
                                                    colOffset: Int32(truncatingIfNeeded: start - startLineStart),
                                                    endLineno: startLine,
                                                    endColOffset: Int32(truncatingIfNeeded: start + 1 - startLineStart)))
                }
                return nil
            }
            let token = zeroWidthToken(.newline, at: pos)
            consumeNewline()
            lineIsBlank = false
            atBeginningOfLine = true
            return token
        case UInt8(ascii: "\\"):
            try skipLineContinuation()
            return nil
        default:
            return try lexToken(first: first, start: start, startLine: startLine, startLineStart: startLineStart)
        }
    }

    /// End of input: DEDENTs were queued by the indentation pass; then ENDMARKER.
    mutating func endOfInput() throws(SyntaxError) -> Token {
        if let open = brackets.last {
            throw neverClosedError(open)
        }
        if !isSubrange, indents.count > 1 {
            pendingIndents = -(indents.count - 1)
            indents.removeSubrange(1...)
            altIndents.removeSubrange(1...)
            let token = zeroWidthToken(.dedent, at: pos)
            pendingIndents += 1
            return token
        }
        finished = true
        return zeroWidthToken(.endMarker, at: pos)
    }

    /// A comment: skipped, or a COMMENT / type comment token.
    ///
    /// With `typeComments`, a comment matching `#`, blanks, `type:`, blanks
    /// (CPython's rule) becomes a token whose `start..<end` is:
    /// - `.typeIgnore`: the text after `ignore` (e.g. "" or "[misc]") when the
    ///   comment is `type: ignore` followed by nothing or by an ASCII
    ///   non-alphanumeric byte; on a line of its own it also swallows that line's
    ///   newline (so no NEWLINE follows). This is what `ast` turns into `TypeIgnore(lineno, tag)`.
    /// - `.typeComment`: the text after `type:` and its blanks, to the end of
    ///   the line (trailing blanks kept, as CPython keeps them).
    mutating func lexComment() -> Token? {
        let start = pos
        let startLineStart = lineStart
        while pos < end, bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
        if typeComments, let token = typeCommentToken(commentStart: start) {
            return token
        }
        if trivia {
            return Token(kind: .comment, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: pos),
                         range: SourceRange(lineno: lineno, colOffset: Int32(truncatingIfNeeded: start - startLineStart),
                                            endLineno: lineno, endColOffset: Int32(truncatingIfNeeded: pos - lineStart)))
        }
        return nil
    }

    private mutating func typeCommentToken(commentStart: Int) -> Token? {
        let prefix: [UInt8] = Array("# type: ".utf8)
        var cursor = commentStart
        for expected in prefix {
            if expected == UInt8(ascii: " ") {
                while cursor < pos, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") {
                    cursor += 1
                }
            } else if cursor < pos, bytes[cursor] == expected {
                cursor += 1
            } else {
                return nil
            }
        }
        let ignoreEnd = cursor + 6
        var isIgnore = ignoreEnd <= pos && bytes[cursor..<ignoreEnd].elementsEqual("ignore".utf8)
        if isIgnore, ignoreEnd < pos {
            let after = bytes[ignoreEnd]
            if after >= 0x80 || isASCIIAlphanumeric(after) { isIgnore = false }
        }
        let currentLineStart = lineStart
        let column = { (index: Int) in Int32(truncatingIfNeeded: index - currentLineStart) }
        if isIgnore {
            let token = Token(kind: .typeIgnore, start: Int32(truncatingIfNeeded: ignoreEnd),
                              end: Int32(truncatingIfNeeded: pos),
                              range: SourceRange(lineno: lineno, colOffset: column(ignoreEnd),
                                                 endLineno: lineno, endColOffset: column(pos)))
            if lineIsBlank, pos < end {
                consumeNewline()
                atBeginningOfLine = true
            }
            lineIsBlank = false
            return token
        }
        // CPython forgets that the line was blank once it returns a token, so a NEWLINE follows.
        lineIsBlank = false
        return Token(kind: .typeComment, start: Int32(truncatingIfNeeded: cursor), end: Int32(truncatingIfNeeded: pos),
                     range: SourceRange(lineno: lineno, colOffset: column(cursor),
                                        endLineno: lineno, endColOffset: column(pos)))
    }
}

@inline(__always)
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
}
