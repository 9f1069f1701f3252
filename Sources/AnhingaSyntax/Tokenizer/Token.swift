/// One token of Python source, as the parser sees it.
///
/// Tokens do not own their text: `start..<end` are byte offsets into the
/// UTF-8 source buffer the tokenizer read (`SourceBuffer.bytes`).
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    /// Byte offsets of the token's text in the source buffer.
    public var start: Int32
    public var end: Int32
    /// Lines are 1-based; columns are 0-based UTF-8 byte offsets within the line.
    public var range: SourceRange

    @inlinable
    public init(kind: TokenKind, start: Int32, end: Int32, range: SourceRange) {
        self.kind = kind
        self.start = start
        self.end = end
        self.range = range
    }
}

/// The kinds of token. Hard keywords get their own kinds so the parser never
/// compares identifier text; soft keywords (`match`, `case`, `_`) are names.
public enum TokenKind: UInt8, Hashable, Sendable {
    case endMarker, name, number, string, newline, indent, dedent
    /// Only produced when the tokenizer is asked for trivia (`python3 -m tokenize`).
    case comment, nl
    /// A `# type: ...` comment, produced only when type comments are requested.
    case typeComment

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, colon, comma, semi, plus, minus, star, slash
    case vbar, amper, less, greater, equal, dot, percent, lbrace, rbrace
    case eqEqual, notEqual, lessEqual, greaterEqual, tilde, circumflex
    case leftShift, rightShift, doubleStar, plusEqual, minEqual, starEqual
    case slashEqual, percentEqual, amperEqual, vbarEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlash
    case doubleSlashEqual, at, atEqual, rarrow, ellipsis, colonEqual
    /// `!` on its own is not valid Python 3.11; kept so errors can name it.
    case exclamation

    // Added by the tokenizer (additive; see Tokenizer.swift).
    /// A `# type: ignore[...]` comment (only with type comments); its text is the tag after `ignore`.
    case typeIgnore
    /// A printable ASCII character that is no Python operator (`$`, `?`, a backquote):
    /// CPython's tokenizer returns it as a generic OP and the parser reports "invalid syntax".
    case otherOperator

    // Hard keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait
    case kwBreak, kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept
    case kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs
    case kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry
    case kwWhile, kwWith, kwYield

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }
}
