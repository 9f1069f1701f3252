/// The tokenizer's SyntaxErrors, located the way CPython 3.11 locates them.
///
/// CPython has two paths: errors raised by the tokenizer itself (the offset is
/// the number of characters before its cursor, which sits just past the
/// offending character), and error codes that the parser turns into messages
/// (their offsets are byte based, and end offsets are 0 or -1). Each helper
/// below names the path it copies; the numbers were read off `python3`.
extension Tokenizer {
    /// The text of a line for a SyntaxError.
    func lineTextForError(_ line: Int32) -> String {
        source.lineText(Int(line))
    }

    /// Tokenizer path: offset = characters before `cursor` on the current line.
    func cursorError(_ message: String, cursor: Int) -> SyntaxError {
        let offset = source.characterCount(lineStart..<max(lineStart, cursor))
        return SyntaxError(.syntaxError, message, lineno: Int(lineno), offset: offset,
                           endLineno: Int(lineno), endOffset: offset, text: lineTextForError(lineno))
    }

    /// Tokenizer path with an explicit 1-based range in bytes (used for leading zeros).
    func knownRangeError(_ message: String, startOffset: Int, endOffset: Int) -> SyntaxError {
        SyntaxError(.syntaxError, message, lineno: Int(lineno), offset: startOffset,
                    endLineno: Int(lineno), endOffset: endOffset, text: lineTextForError(lineno))
    }

    /// Parser path for TabError and "too many levels of indentation": offset 1, end 0.
    func wholeLineError(_ kind: SyntaxError.Kind, _ message: String) -> SyntaxError {
        SyntaxError(kind, message, lineno: Int(lineno), offset: 1, endLineno: Int(lineno), endOffset: 0,
                    text: lineTextForError(lineno))
    }

    func tabError() -> SyntaxError {
        wholeLineError(.tabError, "inconsistent use of tabs and spaces in indentation")
    }

    /// Parser path: the cursor has moved to the end of the line (past its newline).
    func unindentError() -> SyntaxError {
        var lineEnd = lineStart
        while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd < end { lineEnd += 1 }
        return SyntaxError(.indentationError, "unindent does not match any outer indentation level",
                           lineno: Int(lineno), offset: lineEnd - lineStart, endLineno: Int(lineno), endOffset: -1,
                           text: lineTextForError(lineno))
    }

    /// Parser path: offset = bytes up to and including the character after the backslash.
    func continuationError() -> SyntaxError {
        SyntaxError(.syntaxError, "unexpected character after line continuation character",
                    lineno: Int(lineno), offset: pos - lineStart, endLineno: Int(lineno), endOffset: 0,
                    text: lineTextForError(lineno))
    }

    /// Parser path: a backslash continues the last line. The offset is the length of that line
    /// with its newline; for a script file (read off `python3 FILE`) it is 0 when the
    /// backslash starts the line.
    func unexpectedEOFError(line: Int32, lineStart backslashLineStart: Int, backslash: Int) -> SyntaxError {
        let startsLine = backslash == backslashLineStart && source.origin == .file
        let offset = startsLine ? 0 : pos - backslashLineStart
        return SyntaxError(.syntaxError, "unexpected EOF while parsing", lineno: Int(line), offset: offset,
                           endLineno: Int(line), endOffset: -1, text: lineTextForError(line))
    }

    /// Parser path at end of input with a bracket open: byte column + 1, end 0.
    func neverClosedError(_ open: OpenBracket) -> SyntaxError {
        let name = String(UnicodeScalar(open.byte))
        return SyntaxError(.syntaxError, "'\(name)' was never closed", lineno: Int(open.lineno),
                           offset: Int(open.column) + 1, endLineno: Int(open.lineno), endOffset: 0,
                           text: lineTextForError(open.lineno))
    }

    /// CPython tokenizes an f-string expression as the text `(expression)` on its own, so
    /// its tokenizer errors point into that text: line 1 is `(` plus the first line of the
    /// expression, and a `)` follows its last line.
    func relocatedToFStringExpression(_ error: SyntaxError) -> SyntaxError {
        guard error.lineno >= Int(subrangeStartLine) else { return error }
        var relocated = error
        let relativeLine = error.lineno - Int(subrangeStartLine) + 1
        relocated.lineno = relativeLine
        relocated.endLineno = error.endLineno - Int(subrangeStartLine) + 1
        let lineStartOffset = relativeLine == 1 ? subrangeStart : source.lineStartOffset(error.lineno)
        var lineEnd = lineStartOffset
        while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        var text = String(decoding: bytes[lineStartOffset..<lineEnd], as: UTF8.self)
        if relativeLine == 1 {
            text = "(" + text
            let shift = source.characterCount(source.lineStartOffset(error.lineno)..<subrangeStart) - 1
            if relocated.offset > 0 { relocated.offset -= shift }
            if relocated.endOffset > 0 { relocated.endOffset -= shift }
        }
        if lineEnd >= end { text += ")" }
        relocated.text = text
        return relocated
    }
}
