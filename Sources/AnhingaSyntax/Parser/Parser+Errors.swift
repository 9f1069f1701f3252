/// Building SyntaxErrors with CPython's locations: 1-based character offsets on
/// the line, with the text of that line attached.
extension Parser {
    /// CPython 3.11 reports some of its parser's error columns in UTF-8 bytes
    /// (see `SourceBuffer.parserColumnsInBytes`), so carets under a non-ASCII
    /// line sit further right; Anhinga matches what it prints. So
    /// carets under a file's non-ASCII line sit further right; Anhinga matches.
    func column(line: Int, byteColumn: Int) -> Int {
        source.parserColumnsInBytes ? byteColumn : source.characterColumn(line: line, byteColumn: byteColumn)
    }

    func error(_ message: String, at range: SourceRange,
               kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        if let field = fStringField { return fStringFieldError(message, at: range, field: field, kind: kind) }
        let line = Int(range.lineno), endLine = Int(range.endLineno)
        let offset = column(line: line, byteColumn: Int(range.colOffset)) + 1
        let endOffset = column(line: endLine, byteColumn: Int(range.endColOffset)) + 1
        return SyntaxError(kind, message, lineno: line, offset: offset,
                           endLineno: endLine, endOffset: endOffset,
                           text: source.lineText(line))
    }

    func error(_ message: String, from start: SourceRange, to end: SourceRange) -> SyntaxError {
        error(message, at: SourceRange(from: start, to: end))
    }

    /// A generic "invalid syntax" at the furthest token the parser looked at,
    /// unless the parser got as far as the tokenizer's own error (an unclosed
    /// bracket at the end of the file is one).
    func errorAtCurrent(_ message: String = "invalid syntax") -> SyntaxError {
        if let tokenizerError, furthest >= tokens.count - 1 { return tokenizerError }
        let token = tokens[min(furthest, tokens.count - 1)]
        if token.kind == .indent {
            return unexpectedIndent(token)
        }
        if endsWithoutNewline(token) {
            var result = token.kind == .newline ? error(message, at: token.range) : unexpectedEOF(at: token)
            result.offset = 0
            result.endOffset = 0
            return result
        }
        var range = token.range
        if token.kind == .newline || token.kind == .endMarker || token.kind == .dedent {
            // CPython points just past the end of the line for a missing continuation.
            range = SourceRange(lineno: range.lineno, colOffset: range.colOffset,
                                endLineno: range.lineno, endColOffset: range.colOffset)
            if token.kind == .endMarker || token.kind == .dedent {
                return unexpectedEOF(at: token)
            }
        }
        return error(message, at: range)
    }

    private func unexpectedEOF(at token: Token) -> SyntaxError {
        let prev = tokens[max(min(furthest, tokens.count - 1) - 1, 0)]
        return error("invalid syntax", at: pointAfter(prev))
    }

    /// CPython's tokenizer adds the final newline only to `exec` input: `eval` and `single`
    /// of a string without one end at a marker it cannot place on the line, offset 0
    /// (so no caret is printed).
    private func endsWithoutNewline(_ token: Token) -> Bool {
        guard mode != .exec, source.suppliedFinalNewline,
              token.kind == .newline || token.kind == .endMarker || token.kind == .dedent else { return false }
        return tokens[min(furthest, tokens.count - 1)...].allSatisfy {
            $0.kind == .newline || $0.kind == .endMarker || $0.kind == .dedent
        }
    }

    /// CPython 3.11 parses a replacement field as the string `(expression)`, and
    /// its errors point into that string: line 1 is the field's first line,
    /// shifted one column right for the `(`.
    private func fStringFieldError(_ message: String, at range: SourceRange, field: FStringField,
                                   kind: SyntaxError.Kind) -> SyntaxError {
        func relative(_ line: Int32, _ column: Int32) -> (Int, Int) {
            let relativeLine = Int(line - field.line) + 1
            let relativeColumn = line == field.line ? Int(column - field.column) + 1 : Int(column)
            return (relativeLine, relativeColumn + 1)
        }
        let (line, offset) = relative(range.lineno, range.colOffset)
        let (endLine, endOffset) = relative(range.endLineno, range.endColOffset)
        let bounds = field.expressionRange
        let expression = bounds.lowerBound >= 0 && bounds.upperBound <= source.bytes.count
            ? String(decoding: source.bytes[bounds], as: UTF8.self) : ""
        return SyntaxError(kind, message, lineno: line, offset: offset, endLineno: endLine,
                           endOffset: endOffset, text: "(" + expression + ")")
    }

    /// CPython's offset for an unexpected indent is the 0-based column, which
    /// leaves its caret off the printed (de-indented) line.
    func unexpectedIndent(_ token: Token) -> SyntaxError {
        var result = error("unexpected indent", at: token.range, kind: .indentationError)
        result.offset -= 1
        result.endOffset = -1
        return result
    }

    /// "expected an indented block after …": at the token that should have been
    /// indented, or, at the end of the file, just after the block's opening line.
    func missingBlockError(_ message: String) -> SyntaxError {
        var index = position
        while index < tokens.count - 1, tokens[index].kind == .dedent { index += 1 }
        let token = tokens[index]
        if token.kind == .endMarker {
            let newline = previous
            var result = error(message, at: pointAfter(newline), kind: .indentationError)
            // Read from a file, CPython gives no column here (and so no caret).
            result.offset = source.origin == .file ? 0
                : column(line: Int(newline.range.lineno), byteColumn: Int(newline.range.colOffset)) + 1
            result.endOffset = -1
            return result
        }
        var result = error(message, at: token.range, kind: .indentationError)
        if index > position {
            // CPython's error token is the DEDENT, which carries no column.
            result.offset = 0
            result.endOffset = -1
        }
        return result
    }

    /// What CPython reports when its parser fails before reaching the point where
    /// the tokenizer would fail: it tokenizes the rest of the source, and an error
    /// the tokenizer raises itself (an invalid character, an unterminated string,
    /// …) replaces the parser's; so does a bracket left open at the end of the file
    /// when it was opened on a line before the parser's error. The errors its
    /// parser raises on the tokenizer's behalf (indentation, a stray line
    /// continuation, end of file) do not.
    func preferredError(_ parserError: SyntaxError) -> SyntaxError {
        guard let tokenizerError, tokenizerError != parserError else { return parserError }
        if tokenizerError.message.hasSuffix("was never closed") {
            return parserError.lineno > tokenizerError.lineno ? tokenizerError : parserError
        }
        let raisedByParserForTokenizer = tokenizerError.kind != .syntaxError
            || tokenizerError.message == "unexpected character after line continuation character"
            || tokenizerError.message == "unexpected EOF while parsing"
        return raisedByParserForTokenizer ? parserError : tokenizerError
    }

    /// Throws the tokenizer's error if the parser has reached the point where it failed.
    func reportTokenizerErrorIfAny() throws(SyntaxError) {
        if let tokenizerError { throw tokenizerError }
    }

    func failIfTokenizerErrorAtCurrent() throws(SyntaxError) {
        if let tokenizerError, position >= tokens.count - 1 { throw tokenizerError }
    }

    /// The word CPython uses for an expression in "cannot assign to …" messages.
    func expressionName(_ expr: Expr) -> String {
        switch expr.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let value, _):
            switch value {
            case .none: return "None"
            case .bool(true): return "True"
            case .bool(false): return "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }
}
