/// Atoms: names, literals, and the bracketed forms (groups, tuples, lists,
/// dicts, sets, and their comprehensions).
extension Parser {
    func parseAtom() throws(SyntaxError) -> Expr {
        let token = current
        switch token.kind {
        case .name:
            advance()
            return Expr(.name(id: text(token), ctx: .load), range: token.range)
        case .number:
            advance()
            return Expr(.constant(value: try numberValue(token), kind: nil), range: token.range)
        case .string:
            return try parseStrings()
        case .kwTrue:
            advance()
            return Expr(.constant(value: .bool(true), kind: nil), range: token.range)
        case .kwFalse:
            advance()
            return Expr(.constant(value: .bool(false), kind: nil), range: token.range)
        case .kwNone:
            advance()
            return Expr(.constant(value: .none, kind: nil), range: token.range)
        case .ellipsis:
            advance()
            return Expr(.constant(value: .ellipsis, kind: nil), range: token.range)
        case .lpar:
            return try parseParenthesized()
        case .lsqb:
            return try parseListDisplay()
        case .lbrace:
            return try parseBraceDisplay()
        default:
            throw errorAtCurrent()
        }
    }

    /// `(...)`: an empty tuple, a group, a tuple, a generator expression, or a yield.
    private func parseParenthesized() throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        let start = current.range
        advance()
        if accept(.rpar) {
            return Expr(.tuple(elts: [], ctx: .load), range: range(from: start))
        }
        if check(.kwYield) {
            let value = try parseYieldExpression()
            try expectClosing(.rpar)
            return value
        }
        let first = try parseStarNamedExpression()
        if check(.kwFor) || check(.kwAsync) {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try parseComprehensionClauses()
            try expectClosing(.rpar)
            return Expr(.generatorExp(elt: first, generators: generators), range: range(from: start))
        }
        if accept(.rpar) {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.range)
            }
            return first
        }
        guard check(.comma) else {
            try checkMissingComma(after: first)
            throw errorAtCurrent()
        }
        var elements = [first]
        while accept(.comma) {
            if check(.rpar) { break }
            elements.append(try parseStarNamedExpression())
            if !check(.comma) && !check(.rpar) { try checkMissingComma(after: elements[elements.count - 1]) }
        }
        try expectClosing(.rpar)
        return Expr(.tuple(elts: elements, ctx: .load), range: range(from: start))
    }

    /// `[...]`: a list display or a list comprehension.
    private func parseListDisplay() throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        let start = current.range
        advance()
        if accept(.rsqb) {
            return Expr(.list(elts: [], ctx: .load), range: range(from: start))
        }
        let first = try parseStarNamedExpression()
        if check(.kwFor) || check(.kwAsync) {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try parseComprehensionClauses()
            try expectClosing(.rsqb)
            return Expr(.listComp(elt: first, generators: generators), range: range(from: start))
        }
        var elements = [first]
        try parseRemainingElements(into: &elements, closing: .rsqb)
        return Expr(.list(elts: elements, ctx: .load), range: range(from: start))
    }

    /// The `, item, item]` tail of a list or set display, through its closing bracket.
    private func parseRemainingElements(into elements: inout [Expr], closing: TokenKind) throws(SyntaxError) {
        while true {
            if accept(closing) { return }
            guard accept(.comma) else {
                if (check(.kwFor) || check(.kwAsync)), let first = elements.first, let last = elements.last {
                    throw error("did you forget parentheses around the comprehension target?",
                                from: first.range, to: last.range)
                }
                try checkMissingComma(after: elements[elements.count - 1])
                throw errorAtCurrent()
            }
            if accept(closing) { return }
            elements.append(try parseStarNamedExpression())
        }
    }

    /// `{...}`: a dict or set display or comprehension.
    private func parseBraceDisplay() throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        let start = current.range
        advance()
        if accept(.rbrace) {
            return Expr(.dict(keys: [], values: []), range: range(from: start))
        }
        if check(.doubleStar) {
            return try parseDictDisplay(start: start, firstKey: nil)
        }
        let first = try parseStarNamedExpression()
        if check(.colon) {
            if case .starred = first.kind { throw errorAtCurrent() }
            return try parseDictDisplay(start: start, firstKey: first)
        }
        if check(.kwFor) || check(.kwAsync) {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try parseComprehensionClauses()
            try expectClosing(.rbrace)
            return Expr(.setComp(elt: first, generators: generators), range: range(from: start))
        }
        var elements = [first]
        try parseRemainingElements(into: &elements, closing: .rbrace)
        return Expr(.set(elts: elements), range: range(from: start))
    }

    /// A dict display or comprehension whose first key (or `**`) is next.
    private func parseDictDisplay(start: SourceRange, firstKey: Expr?) throws(SyntaxError) -> Expr {
        var keys: [Expr?] = []
        var values: [Expr] = []
        var key = firstKey
        var isFirst = true
        while true {
            if let currentKey = key {
                if !isFirst && !check(.colon) {
                    var missing = error("':' expected after dictionary key", at: currentKey.range)
                    missing.endOffset = 0
                    throw missing
                }
                try expectNamed(.colon, ":")
                if check(.rbrace) || check(.comma) {
                    throw error("expression expected after dictionary key and ':'", at: previous.range)
                }
                let value = try parseExpression()
                if isFirst && (check(.kwFor) || check(.kwAsync)) {
                    let generators = try parseComprehensionClauses()
                    try expectClosing(.rbrace)
                    return Expr(.dictComp(key: currentKey, value: value, generators: generators),
                                range: range(from: start))
                }
                keys.append(currentKey)
                values.append(value)
            } else {
                guard accept(.doubleStar) else { throw errorAtCurrent() }
                keys.append(nil)
                values.append(try parseBitwiseOr())
            }
            isFirst = false
            if accept(.rbrace) { break }
            guard accept(.comma) else {
                if let last = values.last { try checkMissingComma(after: last) }
                throw errorAtCurrent()
            }
            if accept(.rbrace) { break }
            key = check(.doubleStar) ? nil : try parseExpression()
        }
        return Expr(.dict(keys: keys, values: values), range: range(from: start))
    }

    /// `for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+`
    func parseComprehensionClauses() throws(SyntaxError) -> [Comprehension] {
        var generators: [Comprehension] = []
        while check(.kwFor) || (check(.kwAsync) && peek().kind == .kwFor) {
            let isAsync = accept(.kwAsync)
            advance() // 'for'
            let target = try parseStarTargets()
            guard accept(.kwIn) else { throw errorAtCurrent() }
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try parseDisjunction()) }
            generators.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync ? 1 : 0))
        }
        return generators
    }

    /// Inside brackets, two expressions side by side mean a missing comma:
    /// CPython says "Perhaps you forgot a comma?" and spans both.
    func checkMissingComma(after first: Expr) throws(SyntaxError) {
        guard startsExpression(currentKind), !isSoftKeywordOrStringAfterName(first) else { return }
        let saved = position
        let savedFurthest = furthest
        if let second = try? parseExpression() {
            throw error("invalid syntax. Perhaps you forgot a comma?", from: first.range, to: second.range)
        }
        position = saved
        furthest = savedFurthest
    }

    /// `NAME STRING` (a string prefix typo) does not get the comma hint.
    private func isSoftKeywordOrStringAfterName(_ first: Expr) -> Bool {
        if case .name = first.kind, check(.string), previous.range == first.range { return true }
        return false
    }
}
