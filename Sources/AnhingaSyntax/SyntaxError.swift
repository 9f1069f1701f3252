/// A `SyntaxError` (or one of its subclasses) found by the tokenizer, the parser
/// or a later front-end check, with the location CPython would report.
public struct SyntaxError: Error, Hashable, Sendable {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        /// CPython's parser reports running out of its own stack as MemoryError,
        /// not as a SyntaxError; it travels the same path here.
        case memoryError = "MemoryError"
        /// Expressions nested too deeply for the compiler (CPython's RecursionError).
        case recursionError = "RecursionError"
    }

    public var kind: Kind
    public var message: String
    /// 1-based line of the error; 0 when the error has no location.
    public var lineno: Int
    /// 1-based column in characters (code points) as CPython's `SyntaxError.offset`; 0 when unknown.
    public var offset: Int
    public var endLineno: Int
    /// 1-based, exclusive end column in characters, as `SyntaxError.end_offset`.
    public var endOffset: Int
    /// The text of the offending line (without its line ending), when known.
    public var text: String?

    public init(_ kind: Kind = .syntaxError, _ message: String, lineno: Int, offset: Int,
                endLineno: Int? = nil, endOffset: Int? = nil, text: String? = nil) {
        self.kind = kind
        self.message = message
        self.lineno = lineno
        self.offset = offset
        self.endLineno = endLineno ?? lineno
        self.endOffset = endOffset ?? offset
        self.text = text
    }
}
