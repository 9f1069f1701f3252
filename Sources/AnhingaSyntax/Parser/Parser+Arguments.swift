/// Argument lists of calls and class definitions, and parameter lists of
/// `def` and `lambda`.
extension Parser {
    /// The arguments of a call up to (not including) `closing`.
    func parseCallArguments(closing: TokenKind) throws(SyntaxError) -> ([Expr], [Keyword]) {
        let openParen = previous
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        // CPython reports a positional argument after keywords at the closing bracket.
        var misplacedPositional: String?
        while !check(closing) {
            let start = current.range
            if check(.star) {
                advance()
                let value = try parseExpression()
                let starred = Expr(.starred(value: value, ctx: .load), range: range(from: start))
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: start)
                }
                args.append(starred)
            } else if check(.doubleStar) {
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(arg: nil, value: value, range: range(from: start)))
                sawDoubleStar = true
            } else if check(.name) && peek().kind == .equal {
                let name = text(current)
                advance()
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(arg: name, value: value, range: range(from: start)))
                sawKeyword = true
            } else {
                inCallArgument = true
                let parsed = Result { () throws(SyntaxError) -> Expr in try parseNamedExpression() }
                inCallArgument = false
                let value = try parsed.get()
                if check(.kwFor) || check(.kwAsync) {
                    let generators = try parseComprehensionClauses()
                    let isSole = args.isEmpty && keywords.isEmpty && check(closing)
                    if isSole {
                        // A lone generator argument borrows the call's parentheses.
                        let genexp = Expr(.generatorExp(elt: value, generators: generators),
                                          range: SourceRange(from: openParen.range, to: current.range))
                        args.append(genexp)
                        break
                    }
                    throw error("Generator expression must be parenthesized", from: start, to: previous.range)
                }
                if check(.equal) {
                    throw invalidKeywordArgument(value)
                }
                if sawDoubleStar || sawKeyword, misplacedPositional == nil {
                    misplacedPositional = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument"
                }
                args.append(value)
            }
            if !accept(.comma) {
                if !check(closing) {
                    if let last = args.last, last.range.lineno > 0,
                       keywords.last.map({ $0.range.lineno < last.range.lineno || ($0.range.lineno == last.range.lineno && $0.range.colOffset < last.range.colOffset) }) ?? true {
                        try checkMissingComma(after: last)
                    } else if let last = keywords.last {
                        try checkMissingComma(after: last.value)
                    }
                }
                break
            }
            if check(closing) { break }
        }
        if let misplacedPositional, check(closing) {
            throw error(misplacedPositional, at: current.range)
        }
        return (args, keywords)
    }

    /// `f(a.b=1)`, `f(True=1)`, `f(x+1=2)`: what CPython says about a keyword that is not a name.
    private func invalidKeywordArgument(_ value: Expr) -> SyntaxError {
        if case .constant(let constant, _) = value.kind {
            // CPython's range for these runs through the `=`.
            let through = SourceRange(from: value.range, to: current.range)
            switch constant {
            case .bool(true): return error("cannot assign to True", at: through)
            case .bool(false): return error("cannot assign to False", at: through)
            case .none: return error("cannot assign to None", at: through)
            default: break
            }
        }
        let equals = current.range
        return error("expression cannot contain assignment, perhaps you meant \"==\"?",
                     from: value.range, to: equals)
    }

    /// Parameters of a `def` (closing `)`) or a `lambda` (closing `:`).
    func parseParameters(closing: TokenKind) throws(SyntaxError) -> Arguments {
        let allowsAnnotations = closing == .rpar
        var positional: [Arg] = []
        var positionalOnly: [Arg] = []
        var defaults: [Expr] = []
        var vararg: Arg?
        var kwonly: [Arg] = []
        var kwDefaults: [Expr?] = []
        var kwarg: Arg?
        var sawSlash = false
        var sawStar = false

        while !check(closing) {
            if kwarg != nil {
                throw error("arguments cannot follow var-keyword argument", at: current.range)
            }
            if check(.slash) {
                let slash = current.range
                if sawSlash { throw error("/ may appear only once", at: slash) }
                if sawStar { throw error("/ must be ahead of *", at: slash) }
                if positional.isEmpty { throw error("at least one argument must precede /", at: slash) }
                advance()
                sawSlash = true
                positionalOnly = positional
                positional = []
            } else if check(.star) {
                let star = current.range
                if sawStar { throw error("* argument may appear only once", at: star) }
                advance()
                sawStar = true
                if check(.comma) || check(closing) {
                    // A bare `*`: keyword-only parameters must follow.
                    let next = peek()
                    if check(closing) || next.kind == closing || (next.kind == .typeComment && peek(2).kind == closing) {
                        // CPython points at the `*` of a def, but after it in a lambda.
                        throw error("named arguments must follow bare *", at: closing == .rpar ? star : current.range)
                    }
                } else {
                    vararg = try parseParameter(allowsAnnotation: allowsAnnotations, allowsStarAnnotation: true)
                    if check(.equal) {
                        throw error("var-positional argument cannot have default value", at: current.range)
                    }
                }
            } else if check(.doubleStar) {
                advance()
                kwarg = try parseParameter(allowsAnnotation: allowsAnnotations, allowsStarAnnotation: false)
                if check(.equal) {
                    throw error("var-keyword argument cannot have default value", at: current.range)
                }
            } else {
                let parameter = try parseParameter(allowsAnnotation: allowsAnnotations, allowsStarAnnotation: false)
                var defaultValue: Expr?
                if accept(.equal) { defaultValue = try parseExpression() }
                if sawStar {
                    kwonly.append(parameter)
                    kwDefaults.append(defaultValue)
                } else {
                    if let defaultValue {
                        defaults.append(defaultValue)
                    } else if !defaults.isEmpty {
                        throw error("non-default argument follows default argument", at: parameter.range)
                    }
                    positional.append(parameter)
                }
            }
            if !accept(.comma) {
                attachTrailingTypeComment(&positionalOnly, &positional, &vararg, &kwonly, &kwarg)
                break
            }
            attachTrailingTypeComment(&positionalOnly, &positional, &vararg, &kwonly, &kwarg)
        }
        if closing == .colon, !check(.colon) { throw errorAtCurrent() }
        return Arguments(posonlyargs: positionalOnly, args: positional, vararg: vararg, kwonlyargs: kwonly,
                         kwDefaults: kwDefaults, kwarg: kwarg, defaults: defaults)
    }

    /// `param: NAME annotation?` (annotations only in `def`; `*args: *Ts` since 3.11).
    private func parseParameter(allowsAnnotation: Bool, allowsStarAnnotation: Bool) throws(SyntaxError) -> Arg {
        let start = current.range
        guard check(.name) else { throw errorAtCurrent() }
        let name = text(current)
        advance()
        var annotation: Expr?
        if allowsAnnotation && accept(.colon) {
            annotation = allowsStarAnnotation && check(.star) ? try parseStarExpression() : try parseExpression()
        }
        return Arg(arg: name, annotation: annotation, typeComment: nil, range: range(from: start))
    }

    /// `param ',' TYPE_COMMENT?`: a per-parameter type comment follows its comma
    /// (or the last parameter) and belongs to the parameter just read.
    private func attachTrailingTypeComment(_ positionalOnly: inout [Arg], _ positional: inout [Arg],
                                           _ vararg: inout Arg?, _ kwonly: inout [Arg], _ kwarg: inout Arg?) {
        guard typeComments, check(.typeComment) else { return }
        let comment = acceptTypeComment()
        // The most recently parsed parameter is the one furthest into the source.
        var candidates: [(Int, Int32, Int32)] = []
        if let last = positionalOnly.last { candidates.append((0, last.range.lineno, last.range.colOffset)) }
        if let last = positional.last { candidates.append((1, last.range.lineno, last.range.colOffset)) }
        if let vararg { candidates.append((2, vararg.range.lineno, vararg.range.colOffset)) }
        if let last = kwonly.last { candidates.append((3, last.range.lineno, last.range.colOffset)) }
        if let kwarg { candidates.append((4, kwarg.range.lineno, kwarg.range.colOffset)) }
        guard let latest = candidates.max(by: { ($0.1, $0.2) < ($1.1, $1.2) }) else { return }
        switch latest.0 {
        case 0: positionalOnly[positionalOnly.count - 1].typeComment = comment
        case 1: positional[positional.count - 1].typeComment = comment
        case 2: vararg?.typeComment = comment
        case 3: kwonly[kwonly.count - 1].typeComment = comment
        default: kwarg?.typeComment = comment
        }
    }
}
