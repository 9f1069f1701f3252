/// The `match` statement (PEP 634): `match` and `case` are soft keywords, so a
/// statement starting with the name `match` is tried as a match statement first
/// and re-read as an ordinary statement when it is not one.
extension Parser {
    func parseMatchStatementIfPresent() throws(SyntaxError) -> Stmt? {
        let saved = position
        let savedFurthest = furthest
        let start = current.range
        advance() // 'match'
        guard startsExpression(currentKind) || check(.star) else {
            position = saved
            return nil
        }
        let subject: Expr
        do {
            subject = try parseMatchSubject()
        } catch {
            position = saved
            furthest = savedFurthest
            return nil
        }
        if check(.newline) {
            // `match x` at the end of a line is a match statement missing its colon,
            // unless the line reads as an ordinary statement (`match(x)` is a call).
            let missingColon = error("expected ':'", at: pointAfter(previous))
            position = saved
            furthest = savedFurthest
            var body: [Stmt] = []
            do {
                try parseSimpleStatements(into: &body)
            } catch {
                throw missingColon
            }
            position = saved
            furthest = savedFurthest
            return nil
        }
        guard accept(.colon) else {
            position = saved
            furthest = savedFurthest
            return nil
        }
        guard accept(.newline) else { throw errorAtCurrent() }
        guard accept(.indent) else {
            try failIfTokenizerErrorAtCurrent()
            throw missingBlockError("expected an indented block after 'match' statement on line \(start.lineno)")
        }
        var cases: [MatchCase] = []
        while checkName("case") {
            cases.append(try parseCaseBlock())
        }
        if cases.isEmpty { throw errorAtCurrent() }
        if !accept(.dedent) {
            if !check(.endMarker) { throw errorAtCurrent() }
            try reportTokenizerErrorIfAny()
        }
        return Stmt(.match(subject: subject, cases: cases), range: SourceRange(from: start, to: lastLineEnd))
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
    private func parseMatchSubject() throws(SyntaxError) -> Expr {
        let start = current.range
        let first = try parseStarNamedExpression()
        guard check(.comma) else {
            if case .starred = first.kind { throw errorAtCurrent() }
            return first
        }
        var elements = [first]
        while accept(.comma) {
            guard startsExpression(currentKind) || check(.star) else { break }
            elements.append(try parseStarNamedExpression())
        }
        return Expr(.tuple(elts: elements, ctx: .load), range: range(from: start))
    }

    /// `case_block: "case" patterns guard? ':' block`
    private func parseCaseBlock() throws(SyntaxError) -> MatchCase {
        let line = current.range.lineno
        advance() // 'case'
        let pattern = try parsePatterns()
        var guardExpr: Expr?
        if accept(.kwIf) { guardExpr = try parseNamedExpression() }
        try expectColon()
        let body = try parseBlock(after: "'case' statement", line: line)
        return MatchCase(pattern: pattern, guard: guardExpr, body: body)
    }

    /// `patterns: open_sequence_pattern | pattern`
    private func parsePatterns() throws(SyntaxError) -> Pattern {
        let start = current.range
        let first = try parseMaybeStarPattern()
        guard check(.comma) else {
            if case .matchStar = first.kind {
                return Pattern(.matchSequence(patterns: [first]), range: first.range)
            }
            return first
        }
        var patterns = [first]
        while accept(.comma) {
            if check(.colon) || check(.kwIf) { break }
            patterns.append(try parseMaybeStarPattern())
        }
        return Pattern(.matchSequence(patterns: patterns), range: range(from: start))
    }

    private func parseMaybeStarPattern() throws(SyntaxError) -> Pattern {
        guard check(.star) else { return try parsePattern() }
        let start = current.range
        advance()
        guard check(.name) else { throw errorAtCurrent() }
        let name = text(current)
        advance()
        return Pattern(.matchStar(name: name == "_" ? nil : name), range: range(from: start))
    }

    /// `pattern: or_pattern ['as' NAME]`
    private func parsePattern() throws(SyntaxError) -> Pattern {
        try enter()
        defer { leave() }
        let start = current.range
        let pattern = try parseOrPattern()
        guard accept(.kwAs) else { return pattern }
        guard check(.name) else { throw errorAtCurrent("invalid pattern target") }
        let name = text(current)
        if name == "_" { throw error("cannot use '_' as a target", at: current.range) }
        advance()
        return Pattern(.matchAs(pattern: pattern, name: name), range: range(from: start))
    }

    private func parseOrPattern() throws(SyntaxError) -> Pattern {
        let start = current.range
        let first = try parseClosedPattern()
        guard check(.vbar) else { return first }
        var patterns = [first]
        while accept(.vbar) { patterns.append(try parseClosedPattern()) }
        return Pattern(.matchOr(patterns: patterns), range: range(from: start))
    }

    private func parseClosedPattern() throws(SyntaxError) -> Pattern {
        let start = current.range
        switch currentKind {
        case .kwNone:
            advance()
            return Pattern(.matchSingleton(value: .none), range: start)
        case .kwTrue:
            advance()
            return Pattern(.matchSingleton(value: .bool(true)), range: start)
        case .kwFalse:
            advance()
            return Pattern(.matchSingleton(value: .bool(false)), range: start)
        case .number, .minus:
            let value = try parseSignedNumberPattern()
            return Pattern(.matchValue(value: value), range: value.range)
        case .string:
            let value = try parseStrings()
            if case .joinedStr = value.kind {
                throw error("patterns may only match literals and attribute lookups", at: value.range)
            }
            return Pattern(.matchValue(value: value), range: value.range)
        case .lpar:
            return try parseGroupOrSequencePattern()
        case .lsqb:
            advance()
            var patterns: [Pattern] = []
            while !check(.rsqb) {
                patterns.append(try parseMaybeStarPattern())
                if !accept(.comma) { break }
            }
            try expectClosing(.rsqb)
            return Pattern(.matchSequence(patterns: patterns), range: range(from: start))
        case .lbrace:
            return try parseMappingPattern()
        case .name:
            return try parseNameOrClassPattern()
        default:
            throw errorAtCurrent()
        }
    }

    /// `signed_number ['+' | '-' imaginary]`: literal numbers, negatives and complex literals.
    private func parseSignedNumberPattern() throws(SyntaxError) -> Expr {
        let start = current.range
        var value: Expr
        if accept(.minus) {
            guard check(.number) else { throw errorAtCurrent() }
            let number = current
            advance()
            let operand = Expr(.constant(value: try numberValue(number), kind: nil), range: number.range)
            value = Expr(.unaryOp(op: .uSub, operand: operand), range: range(from: start))
        } else {
            let number = current
            advance()
            value = Expr(.constant(value: try numberValue(number), kind: nil), range: number.range)
        }
        if check(.plus) || check(.minus) {
            let op: Operator = check(.plus) ? .add : .sub
            advance()
            guard check(.number) else { throw errorAtCurrent() }
            let number = current
            advance()
            let imaginary = try numberValue(number)
            guard case .imaginary = imaginary else {
                throw error("imaginary number required in complex literal", at: number.range)
            }
            let right = Expr(.constant(value: imaginary, kind: nil), range: number.range)
            value = Expr(.binOp(left: value, op: op, right: right), range: range(from: start))
        }
        return value
    }

    private func parseGroupOrSequencePattern() throws(SyntaxError) -> Pattern {
        let start = current.range
        advance()
        if accept(.rpar) {
            return Pattern(.matchSequence(patterns: []), range: range(from: start))
        }
        let first = try parseMaybeStarPattern()
        if accept(.rpar) {
            if case .matchStar = first.kind {
                return Pattern(.matchSequence(patterns: [first]), range: range(from: start))
            }
            return first
        }
        var patterns = [first]
        while accept(.comma) {
            if check(.rpar) { break }
            patterns.append(try parseMaybeStarPattern())
        }
        try expectClosing(.rpar)
        return Pattern(.matchSequence(patterns: patterns), range: range(from: start))
    }

    /// `mapping_pattern: '{' (key_value_pattern ',')* ['**' NAME] '}'`
    private func parseMappingPattern() throws(SyntaxError) -> Pattern {
        let start = current.range
        advance()
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: String?
        while !check(.rbrace) {
            if accept(.doubleStar) {
                guard check(.name) else { throw errorAtCurrent() }
                rest = text(current)
                advance()
                accept(.comma)
                break
            }
            let key: Expr
            switch currentKind {
            case .number, .minus: key = try parseSignedNumberPattern()
            case .string: key = try parseStrings()
            case .kwNone, .kwTrue, .kwFalse: key = try parseAtom()
            case .name: key = try parseDottedValue()
            default: throw errorAtCurrent()
            }
            try expectNamed(.colon, ":")
            keys.append(key)
            patterns.append(try parsePattern())
            if !accept(.comma) { break }
        }
        try expectClosing(.rbrace)
        return Pattern(.matchMapping(keys: keys, patterns: patterns, rest: rest), range: range(from: start))
    }

    /// `name_or_attr`: a name or a dotted attribute chain, as an expression.
    private func parseDottedValue() throws(SyntaxError) -> Expr {
        let start = current.range
        var value = Expr(.name(id: text(current), ctx: .load), range: start)
        advance()
        while accept(.dot) {
            guard check(.name) else { throw errorAtCurrent() }
            let attr = text(current)
            advance()
            value = Expr(.attribute(value: value, attr: attr, ctx: .load), range: range(from: start))
        }
        return value
    }

    /// Capture, wildcard, value (dotted name) and class patterns.
    private func parseNameOrClassPattern() throws(SyntaxError) -> Pattern {
        let start = current.range
        let value = try parseDottedValue()
        if check(.lpar) {
            advance()
            var patterns: [Pattern] = []
            var keywordNames: [String] = []
            var keywordPatterns: [Pattern] = []
            while !check(.rpar) {
                if check(.name) && peek().kind == .equal {
                    keywordNames.append(text(current))
                    advance()
                    advance()
                    keywordPatterns.append(try parsePattern())
                } else {
                    let pattern = try parsePattern()
                    if !keywordNames.isEmpty {
                        throw error("positional patterns follow keyword patterns", at: pattern.range)
                    }
                    patterns.append(pattern)
                }
                if !accept(.comma) { break }
            }
            try expectClosing(.rpar)
            return Pattern(.matchClass(cls: value, patterns: patterns, kwdAttrs: keywordNames,
                                       kwdPatterns: keywordPatterns), range: range(from: start))
        }
        if case .name(let id, _) = value.kind {
            return Pattern(.matchAs(pattern: nil, name: id == "_" ? nil : id), range: start)
        }
        return Pattern(.matchValue(value: value), range: value.range)
    }
}
