/// Expressions, from the loosest binding (`lambda`, `if`-`else`) to the tightest
/// (`**`, `await`), following the precedence ladder of the 3.11 grammar.
extension Parser {
    /// Whether a token can begin an expression (used to decide optional parts).
    func startsExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        default:
            return false
        }
    }

    /// `star_expressions: star_expression (',' star_expression)* [',']`
    func parseStarExpressions() throws(SyntaxError) -> Expr {
        let start = current.range
        let first = try parseStarExpression()
        guard check(.comma) else { return first }
        var elements = [first]
        while accept(.comma) {
            guard startsExpression(currentKind) || check(.star) else { break }
            elements.append(try parseStarExpression())
        }
        return Expr(.tuple(elts: elements, ctx: .load), range: range(from: start))
    }

    /// `star_expression: '*' bitwise_or | expression`
    func parseStarExpression() throws(SyntaxError) -> Expr {
        if check(.star) {
            let start = current.range
            advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), range: range(from: start))
        }
        return try parseExpression()
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    func parseStarNamedExpression() throws(SyntaxError) -> Expr {
        if check(.star) { return try parseStarExpression() }
        return try parseNamedExpression()
    }

    /// `named_expression: NAME ':=' expression | expression !':='`
    func parseNamedExpression() throws(SyntaxError) -> Expr {
        if check(.name) && peek().kind == .colonEqual {
            let start = current.range
            let target = Expr(.name(id: text(current), ctx: .store), range: start)
            advance()
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: target, value: value), range: range(from: start))
        }
        let expr = try parseExpression()
        if check(.colonEqual) {
            throw error("cannot use assignment expressions with \(expressionName(expr))", at: expr.range)
        }
        if check(.equal) && !inCallArgument { try diagnoseEqualsInNamedExpression(expr) }
        return expr
    }

    /// `if x = 1:` and friends: a lone `=` where a named expression stands.
    private func diagnoseEqualsInNamedExpression(_ target: Expr) throws(SyntaxError) {
        let saved = position, savedFurthest = furthest
        advance()
        guard let value = try? parseBitwiseOr(), !check(.equal), !check(.colonEqual) else {
            position = saved
            furthest = savedFurthest
            return
        }
        if case .name = target.kind {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: target.range, to: value.range)
        }
        if isBitwiseOrLevel(target) && !startsWithDisplayOrSingleton(target) {
            throw error("cannot assign to \(expressionName(target)) here. Maybe you meant '==' instead of '='?",
                        at: target.range)
        }
        position = saved
        furthest = savedFurthest
    }

    /// `expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef`
    func parseExpression() throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        if check(.kwLambda) { return try parseLambda() }
        let start = current.range
        let body = try parseDisjunction()
        guard check(.kwIf) else { return body }
        advance()
        let test = try parseDisjunction()
        guard accept(.kwElse) else {
            if check(.colon) { throw errorAtCurrent() }
            throw error("expected 'else' after 'if' expression", from: start, to: previous.range)
        }
        let orelse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), range: range(from: start))
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    private func parseLambda() throws(SyntaxError) -> Expr {
        try enter()  // a lambda costs CPython's parser two levels
        defer { leave() }
        let start = current.range
        advance()
        let args = try parseParameters(closing: .colon)
        try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(args: args, body: body), range: range(from: start))
    }

    func parseDisjunction() throws(SyntaxError) -> Expr {
        let start = current.range
        let first = try parseConjunction()
        guard check(.kwOr) else { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try parseConjunction()) }
        return Expr(.boolOp(op: .or, values: values), range: range(from: start))
    }

    private func parseConjunction() throws(SyntaxError) -> Expr {
        let start = current.range
        let first = try parseInversion()
        guard check(.kwAnd) else { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try parseInversion()) }
        return Expr(.boolOp(op: .and, values: values), range: range(from: start))
    }

    private func parseInversion() throws(SyntaxError) -> Expr {
        guard check(.kwNot) else { return try parseComparison() }
        try enter()
        defer { leave() }
        let start = current.range
        advance()
        let operand = try parseInversion()
        return Expr(.unaryOp(op: .not, operand: operand), range: range(from: start))
    }

    private func parseComparison() throws(SyntaxError) -> Expr {
        let start = current.range
        let left = try parseBitwiseOr()
        var ops: [CmpOp] = []
        var comparators: [Expr] = []
        while true {
            let op: CmpOp
            switch currentKind {
            case .eqEqual: op = .eq
            case .notEqual: op = .notEq
            case .less: op = .lt
            case .lessEqual: op = .ltE
            case .greater: op = .gt
            case .greaterEqual: op = .gtE
            case .kwIn: op = .in
            case .kwIs:
                if peek().kind == .kwNot {
                    advance()
                    op = .isNot
                } else {
                    op = .is
                }
            case .kwNot:
                guard peek().kind == .kwIn else { return finishComparison(left, ops, comparators, start) }
                advance()
                op = .notIn
            default:
                return finishComparison(left, ops, comparators, start)
            }
            advance()
            ops.append(op)
            comparators.append(try parseBitwiseOr())
        }
    }

    private func finishComparison(_ left: Expr, _ ops: [CmpOp], _ comparators: [Expr],
                                  _ start: SourceRange) -> Expr {
        if ops.isEmpty { return left }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), range: range(from: start))
    }

    /// A left-associative chain of binary operators at one precedence level.
    @inline(__always)
    private func parseBinaryChain(_ operand: () throws(SyntaxError) -> Expr,
                                  _ operatorFor: (TokenKind) -> Operator?) throws(SyntaxError) -> Expr {
        let start = current.range
        var left = try operand()
        var length = 0
        while let op = operatorFor(currentKind) {
            advance()
            let right = try operand()
            left = Expr(.binOp(left: left, op: op, right: right), range: range(from: start))
            length += 1
            if length > Parser.maximumDepth { throw tooDeeplyNested() }
        }
        return left
    }

    func parseBitwiseOr() throws(SyntaxError) -> Expr {
        try parseBinaryChain(parseBitwiseXor) { $0 == .vbar ? .bitOr : nil }
    }

    private func parseBitwiseXor() throws(SyntaxError) -> Expr {
        try parseBinaryChain(parseBitwiseAnd) { $0 == .circumflex ? .bitXor : nil }
    }

    private func parseBitwiseAnd() throws(SyntaxError) -> Expr {
        try parseBinaryChain(parseShift) { $0 == .amper ? .bitAnd : nil }
    }

    private func parseShift() throws(SyntaxError) -> Expr {
        try parseBinaryChain(parseSum) {
            switch $0 {
            case .leftShift: return .lShift
            case .rightShift: return .rShift
            default: return nil
            }
        }
    }

    private func parseSum() throws(SyntaxError) -> Expr {
        try parseBinaryChain(parseTerm) {
            switch $0 {
            case .plus: return .add
            case .minus: return .sub
            default: return nil
            }
        }
    }

    private func parseTerm() throws(SyntaxError) -> Expr {
        try parseBinaryChain(parseFactor) {
            switch $0 {
            case .star: return .mult
            case .slash: return .div
            case .doubleSlash: return .floorDiv
            case .percent: return .mod
            case .at: return .matMult
            default: return nil
            }
        }
    }

    /// `factor: '+' factor | '-' factor | '~' factor | power`
    private func parseFactor() throws(SyntaxError) -> Expr {
        let op: UnaryOp
        switch currentKind {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try parsePower()
        }
        try enter()
        defer { leave() }
        let start = current.range
        advance()
        let operand = try parseFactor()
        return Expr(.unaryOp(op: op, operand: operand), range: range(from: start))
    }

    /// `power: await_primary '**' factor | await_primary`
    private func parsePower() throws(SyntaxError) -> Expr {
        let start = current.range
        let base = try parseAwaitPrimary()
        guard accept(.doubleStar) else { return base }
        try enter()
        defer { leave() }
        let exponent = try parseFactor()
        return Expr(.binOp(left: base, op: .pow, right: exponent), range: range(from: start))
    }

    private func parseAwaitPrimary() throws(SyntaxError) -> Expr {
        guard check(.kwAwait) else { return try parsePrimary() }
        let start = current.range
        advance()
        let value = try parsePrimary()
        return Expr(.await(value: value), range: range(from: start))
    }

    /// `primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom`
    func parsePrimary() throws(SyntaxError) -> Expr {
        let start = current.range
        var expr = try parseAtom()
        var length = 0
        while true {
            switch currentKind {
            case .dot:
                advance()
                guard check(.name) else { throw errorAtCurrent() }
                let attr = text(current)
                advance()
                expr = Expr(.attribute(value: expr, attr: attr, ctx: .load), range: range(from: start))
            case .lpar:
                advance()
                let (args, keywords) = try parseCallArguments(closing: .rpar)
                try expectClosing(.rpar)
                expr = Expr(.call(func: expr, args: args, keywords: keywords), range: range(from: start))
            case .lsqb:
                advance()
                let slice = try parseSlices()
                try expectClosing(.rsqb)
                expr = Expr(.subscript(value: expr, slice: slice, ctx: .load), range: range(from: start))
            default:
                return expr
            }
            length += 1
            if length > Parser.maximumDepth { throw tooDeeplyNested() }
        }
    }

    /// The closing bracket of a call, subscript or display.
    func expectClosing(_ kind: TokenKind) throws(SyntaxError) {
        if accept(kind) { return }
        throw errorAtCurrent()
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    private func parseSlices() throws(SyntaxError) -> Expr {
        let start = current.range
        let first = try parseSlice()
        guard check(.comma) else {
            // `x[*a]` is a one-element tuple (PEP 646).
            if case .starred = first.kind { return Expr(.tuple(elts: [first], ctx: .load), range: first.range) }
            return first
        }
        var elements = [first]
        while accept(.comma) {
            if check(.rsqb) { break }
            elements.append(try parseSlice())
        }
        return Expr(.tuple(elts: elements, ctx: .load), range: range(from: start))
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`
    private func parseSlice() throws(SyntaxError) -> Expr {
        let start = current.range
        if check(.star) { return try parseStarExpression() }
        var lower: Expr?
        if !check(.colon) {
            let expr = try parseNamedExpression()
            guard check(.colon) else { return expr }
            lower = expr
        }
        advance() // ':'
        var upper: Expr?
        var step: Expr?
        if startsExpression(currentKind) { upper = try parseExpression() }
        if accept(.colon), startsExpression(currentKind) { step = try parseExpression() }
        return Expr(.slice(lower: lower, upper: upper, step: step), range: range(from: start))
    }

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    func parseYieldExpression() throws(SyntaxError) -> Expr {
        let start = current.range
        advance()
        if accept(.kwFrom) {
            let value = try parseExpression()
            return Expr(.yieldFrom(value: value), range: range(from: start))
        }
        let value = startsExpression(currentKind) || check(.star) ? try parseStarExpressions() : nil
        return Expr(.yield(value: value), range: range(from: start))
    }

    func tooDeeplyNested() -> SyntaxError {
        SyntaxError(.recursionError, "maximum recursion depth exceeded during compilation", lineno: 0, offset: 0)
    }
}
