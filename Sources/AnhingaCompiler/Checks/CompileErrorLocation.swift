import AnhingaSyntax

/// Builds the SyntaxError CPython raises after parsing (symbol table, compiler,
/// future statements) at a node's range. Unlike the parser's errors, these
/// carry CPython's raw node columns: `offset` and `endOffset` are 1-based UTF-8
/// *byte* columns (python3 shows the same byte-based caret on non-ASCII lines),
/// and `text` is the line as read back from the source.
struct CompileErrorLocation {
    let source: SourceBuffer

    func error(_ message: String, at range: SourceRange) -> SyntaxError {
        let lineno = Int(range.lineno)
        return SyntaxError(.syntaxError, message, lineno: lineno, offset: Int(range.colOffset) + 1,
                           endLineno: Int(range.endLineno), endOffset: Int(range.endColOffset) + 1,
                           text: lineno > 0 ? source.lineText(lineno) : nil)
    }

    /// The error for input nested deeper than the compiler's recursion allows.
    static let recursionError = SyntaxError(.recursionError, "maximum recursion depth exceeded during compilation",
                                            lineno: 0, offset: 0)
}
