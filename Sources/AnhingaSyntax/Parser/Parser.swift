import Foundation

/// What kind of source text is being parsed, as `compile()`'s `mode` argument.
public enum ParseMode: Sendable {
    /// A module: a sequence of statements (`'exec'`).
    case exec
    /// A single expression (`'eval'`).
    case eval
    /// One interactive statement (`'single'`).
    case single
    /// A function signature type comment such as `(int, str) -> bool` (`'func_type'`).
    case funcType
}

/// Parses Python 3.11 source into its abstract syntax tree, as `ast.parse` does.
///
/// `typeComments` is `ast.parse(..., type_comments=True)`: `# type:` comments are
/// attached to the nodes they annotate and `# type: ignore` comments are listed.
public func parse(_ source: SourceBuffer, mode: ParseMode = .exec,
                  typeComments: Bool = false) throws(SyntaxError) -> Mod {
    try parseReportingWarnings(source, mode: mode, typeComments: typeComments).tree
}

/// `parse`, with the SyntaxWarnings the tokenizer met on the way (`1if x else y`),
/// which CPython prints before running a program.
public func parseReportingWarnings(_ source: SourceBuffer, mode: ParseMode = .exec,
                                   typeComments: Bool = false) throws(SyntaxError) -> (tree: Mod, warnings: [TokenizerWarning]) {
    let parser = Parser(source: source, typeComments: typeComments)
    do {
        return (try parser.parse(mode: mode), parser.tokenizerWarnings)
    } catch {
        throw parser.preferredError(error)
    }
}

/// A recursive-descent parser over the whole token stream of one source buffer.
///
/// The tokenizer runs to completion first (or to its first error, which is kept
/// and reported only if the parser gets that far without a syntax error of its
/// own, which is the order in which CPython reports them). Backtracking is by
/// saving and restoring `position`; only a few constructs need it (`match`
/// statements, lambda and parameter lists, `print "x"`).
final class Parser {
    let source: SourceBuffer
    let typeComments: Bool
    var tokens: [Token] = []
    /// The error that stopped the tokenizer, reported when the parser reaches it.
    var tokenizerError: SyntaxError?
    var position = 0
    /// The furthest token index examined: a generic "invalid syntax" points there.
    var furthest = 0
    /// Current nesting depth of the recursive rules, checked against `maximumDepth`.
    var depth = 0
    /// `# type: ignore` comments seen, for `Module.type_ignores`.
    var typeIgnores: [TypeIgnore] = []
    /// The tokenizer's SyntaxWarnings, in source order.
    var tokenizerWarnings: [TokenizerWarning] = []
    /// What is being parsed: errors at the end of `eval`/`single` input differ from `exec`'s.
    var mode: ParseMode = .exec
    /// The last token of the most recent line of simple statements: where a
    /// compound statement that ends there ends.
    var lastLineEnd = SourceRange.zero
    /// Set when parsing an f-string replacement field: errors are then placed
    /// as CPython 3.11 places them, inside the text `(expression)`.
    var fStringField: FStringField?
    /// Parsing a positional call argument, where `name=` is a keyword, not a mistake.
    var inCallArgument = false
    /// Inside an `async def` body (where `await` and `async for` are plain expressions).
    var inAsyncFunction = false

    /// CPython's parser gives up with MemoryError when its rule stack passes 6,000
    /// frames, which a chain of 5,968 unary operators reaches; nesting counts here
    /// in the same units (a lambda costs two). The front end needs a stack of a
    /// few megabytes for this depth: the CLI runs it on a thread with a large one.
    static let maximumDepth = 5968

    convenience init(source: SourceBuffer, typeComments: Bool) {
        self.init(source: source, typeComments: typeComments,
                  tokenizer: Tokenizer(source, typeComments: typeComments),
                  expectedTokens: source.bytes.count / 4 + 16)
    }

    /// A parser for the expression of an f-string replacement field, read where it
    /// stands in the source so that its nodes get their real positions.
    convenience init(source: SourceBuffer, fStringField field: FStringField) {
        self.init(source: source, typeComments: false,
                  tokenizer: Tokenizer(source, byteRange: field.expressionRange,
                                       startLine: field.line, startColumn: field.column),
                  expectedTokens: field.expressionRange.count / 2 + 4)
        fStringField = field
    }

    private init(source: SourceBuffer, typeComments: Bool, tokenizer: Tokenizer, expectedTokens: Int) {
        self.source = source
        self.typeComments = typeComments
        var tokenizer = tokenizer
        tokens.reserveCapacity(expectedTokens)
        while true {
            do {
                let token = try tokenizer.next()
                tokens.append(token)
                if token.kind == .endMarker { break }
            } catch {
                tokenizerError = error
                // A sentinel the grammar never accepts, positioned where the tokenizer failed.
                let last = tokens.last?.range ?? SourceRange(lineno: 1, colOffset: 0, endLineno: 1, endColOffset: 0)
                let end = tokens.last?.end ?? 0
                tokens.append(Token(kind: .endMarker, start: end, end: end,
                                    range: SourceRange(lineno: last.endLineno, colOffset: last.endColOffset,
                                                       endLineno: last.endLineno, endColOffset: last.endColOffset)))
                break
            }
        }
        tokenizerWarnings = tokenizer.warnings
        if typeComments { collectTypeIgnores() }
    }

    // MARK: Entry points

    func parse(mode: ParseMode) throws(SyntaxError) -> Mod {
        self.mode = mode
        switch mode {
        case .exec:
            var body: [Stmt] = []
            while !check(.endMarker) {
                if check(.newline) { advance(); continue }
                try parseStatement(into: &body)
            }
            try reportTokenizerErrorIfAny()
            return .module(body: body, typeIgnores: typeIgnores)
        case .eval:
            let body = try parseStarExpressions()
            while check(.newline) { advance() }
            try expect(.endMarker)
            return .expression(body: body)
        case .single:
            var body: [Stmt] = []
            if check(.newline) || check(.endMarker) {
                throw errorAtCurrent("invalid syntax")
            }
            try parseStatement(into: &body)
            while check(.newline) { advance() }
            if !check(.endMarker) {
                throw error("multiple statements found while compiling a single statement",
                            at: current.range)
            }
            return .interactive(body: body)
        case .funcType:
            return try parseFunctionTypeSignature()
        }
    }

    /// `func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`
    private func parseFunctionTypeSignature() throws(SyntaxError) -> Mod {
        try expect(.lpar)
        var argtypes: [Expr] = []
        while !check(.rpar) {
            if accept(.star) {
                argtypes.append(try parseExpression())
            } else if accept(.doubleStar) {
                argtypes.append(try parseExpression())
            } else {
                argtypes.append(try parseExpression())
            }
            if !accept(.comma) { break }
        }
        try expect(.rpar)
        try expect(.rarrow)
        let returns = try parseExpression()
        while check(.newline) { advance() }
        try expect(.endMarker)
        return .functionType(argtypes: argtypes, returns: returns)
    }

    // MARK: Token access

    @inline(__always)
    var current: Token {
        if position > furthest { furthest = position }
        return tokens[position]
    }

    @inline(__always)
    var currentKind: TokenKind { current.kind }

    /// The token `offset` places ahead, or the final ENDMARKER.
    @inline(__always)
    func peek(_ offset: Int = 1) -> Token {
        let index = min(position + offset, tokens.count - 1)
        if index > furthest { furthest = index }
        return tokens[index]
    }

    /// The last token consumed; node ranges end where it ends.
    @inline(__always)
    var previous: Token { tokens[max(position - 1, 0)] }

    @inline(__always)
    func check(_ kind: TokenKind) -> Bool { current.kind == kind }

    @inline(__always)
    func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    @inline(__always)
    @discardableResult
    func accept(_ kind: TokenKind) -> Bool {
        if current.kind == kind {
            advance()
            return true
        }
        return false
    }

    func expect(_ kind: TokenKind) throws(SyntaxError) {
        if !accept(kind) { throw errorAtCurrent("invalid syntax") }
    }

    /// Expects a token that CPython names in its message when it is missing (`expected ':'`).
    func expectNamed(_ kind: TokenKind, _ spelling: String) throws(SyntaxError) {
        if accept(kind) { return }
        try failIfTokenizerErrorAtCurrent()
        throw error("expected '\(spelling)'", at: pointAfter(previous))
    }

    /// The text of a token (identifiers, numbers, strings). Non-ASCII identifiers
    /// are NFKC-normalised, as the language reference requires (`ｗ` is `w`).
    func text(_ token: Token) -> String {
        let text = source.text(of: token)
        if token.kind == .name, source.slice(token).contains(where: { $0 >= 0x80 }) {
            return text.precomposedStringWithCompatibilityMapping
        }
        return text
    }

    /// True when the current token is the soft keyword or name `word`.
    func checkName(_ word: StaticString) -> Bool {
        let token = current
        return token.kind == .name && source.tokenEquals(token, word)
    }

    // MARK: Ranges

    /// A range from the start of `first` to the end of the last consumed token.
    @inline(__always)
    func range(from first: SourceRange) -> SourceRange {
        SourceRange(from: first, to: previous.range)
    }

    /// An empty range just after `token`, where CPython points for a missing token.
    func pointAfter(_ token: Token) -> SourceRange {
        SourceRange(lineno: token.range.endLineno, colOffset: token.range.endColOffset,
                    endLineno: token.range.endLineno, endColOffset: token.range.endColOffset)
    }

    /// An empty range at the start of `token`, where CPython puts a single caret.
    func startOf(_ token: Token) -> SourceRange {
        SourceRange(lineno: token.range.lineno, colOffset: token.range.colOffset,
                    endLineno: token.range.lineno, endColOffset: token.range.colOffset)
    }

    // MARK: Depth

    @inline(__always)
    func enter() throws(SyntaxError) {
        depth += 1
        if depth > Parser.maximumDepth {
            throw SyntaxError(.memoryError, "", lineno: 0, offset: 0)
        }
    }

    @inline(__always)
    func leave() { depth -= 1 }

    // MARK: type: ignore

    private func collectTypeIgnores() {
        // `# type: ignore[...]` comments annotate nothing: they are lifted out of the
        // stream into the module's `type_ignores`.
        guard tokens.contains(where: { $0.kind == .typeIgnore }) else { return }
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        for token in tokens {
            if token.kind == .typeIgnore {
                typeIgnores.append(TypeIgnore(lineno: Int(token.range.lineno), tag: text(token)))
                continue
            }
            kept.append(token)
        }
        tokens = kept
    }
}
