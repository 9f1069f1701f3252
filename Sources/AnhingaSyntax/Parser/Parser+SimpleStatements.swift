/// Simple statements: the ones that fit on a line and may be joined with `;`.
extension Parser {
    /// `statement: compound_stmt | simple_stmts`
    func parseStatement(into body: inout [Stmt]) throws(SyntaxError) {
        switch currentKind {
        case .kwDef, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile, .at, .kwAsync:
            body.append(try parseCompoundStatement())
        case .indent:
            throw unexpectedIndent(current)
        case .name where checkName("match"):
            if let match = try parseMatchStatementIfPresent() {
                body.append(match)
            } else {
                try parseSimpleStatements(into: &body)
            }
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    func parseSimpleStatements(into body: inout [Stmt]) throws(SyntaxError) {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semi) {
                if check(.newline) { break }
                continue
            }
            break
        }
        lastLineEnd = previous.range
        if !accept(.newline) {
            if check(.endMarker) && tokenizerError == nil { return }
            throw errorAtCurrent()
        }
    }

    func parseSimpleStatement() throws(SyntaxError) -> Stmt {
        let start = current.range
        switch currentKind {
        case .kwPass:
            advance()
            return Stmt(.pass, range: start)
        case .kwBreak:
            advance()
            return Stmt(.break, range: start)
        case .kwContinue:
            advance()
            return Stmt(.continue, range: start)
        case .kwReturn:
            advance()
            let value = startsExpression(currentKind) || check(.star) ? try parseStarExpressions() : nil
            return Stmt(.return(value: value), range: range(from: start))
        case .kwRaise:
            return try parseRaise()
        case .kwGlobal, .kwNonlocal:
            let isGlobal = currentKind == .kwGlobal
            advance()
            var names: [String] = []
            repeat {
                guard check(.name) else { throw errorAtCurrent() }
                names.append(text(current))
                advance()
            } while accept(.comma)
            let r = range(from: start)
            return Stmt(isGlobal ? .global(names: names) : .nonlocal(names: names), range: r)
        case .kwDel:
            return try parseDel()
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let msg = accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, msg: msg), range: range(from: start))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    /// `raise_stmt: 'raise' expression ['from' expression] | 'raise'`
    private func parseRaise() throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        guard startsExpression(currentKind) else {
            return Stmt(.raise(exc: nil, cause: nil), range: start)
        }
        let exc = try parseExpression()
        let cause = accept(.kwFrom) ? try parseExpression() : nil
        return Stmt(.raise(exc: exc, cause: cause), range: range(from: start))
    }

    /// `del_stmt: 'del' del_targets &(';' | NEWLINE)`; anything that is not a
    /// target is named in the error, as CPython's `invalid_del_stmt` does.
    private func parseDel() throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        guard startsExpression(currentKind) || check(.star) else { throw errorAtCurrent() }
        var targets: [Expr] = []
        repeat {
            if !(startsExpression(currentKind) || check(.star)) { break }
            let expr = try parseStarExpression()
            if let bad = invalidTarget(expr, context: .del) {
                throw error("cannot delete \(expressionName(bad))", at: bad.range)
            }
            targets.append(try asTarget(expr, context: .del))
        } while accept(.comma)
        return Stmt(.delete(targets: targets), range: range(from: start))
    }

    /// `assert`-free expression statements, assignments, annotated and augmented assignments.
    func parseExpressionStatement() throws(SyntaxError) -> Stmt {
        let start = current.range
        let firstToken = current
        let first: Expr
        if check(.kwYield) {
            first = try parseYieldExpression()
        } else {
            first = try parseStarExpressions()
        }

        switch currentKind {
        case .colon:
            return try parseAnnotatedAssignment(target: first, start: start, firstToken: firstToken)
        case .equal:
            return try parseAssignment(first: first, start: start)
        case .plusEqual, .minEqual, .starEqual, .slashEqual, .percentEqual, .amperEqual,
             .vbarEqual, .circumflexEqual, .leftShiftEqual, .rightShiftEqual,
             .doubleStarEqual, .doubleSlashEqual, .atEqual:
            return try parseAugmentedAssignment(target: first, start: start)
        default:
            try checkLegacyPrint(first)
            return Stmt(.expr(value: first), range: range(from: start))
        }
    }

    /// `print "x"` and `exec "code"`: Python 2 statements get a pointed message.
    private func checkLegacyPrint(_ first: Expr) throws(SyntaxError) {
        guard case .name(let id, _) = first.kind, id == "print" || id == "exec",
              startsExpression(currentKind) else { return }
        let saved = position
        if let argument = try? parseStarExpressions() {
            throw error("Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?",
                        from: first.range, to: argument.range)
        }
        position = saved
    }

    private func parseAnnotatedAssignment(target: Expr, start: SourceRange,
                                          firstToken: Token) throws(SyntaxError) -> Stmt {
        let parenthesized = firstToken.kind == .lpar
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        case .tuple:
            throw error("only single target (not tuple) can be annotated", at: target.range)
        case .list:
            throw error("only single target (not list) can be annotated", at: target.range)
        default:
            throw error("illegal target for annotation", at: target.range)
        }
        advance() // ':'
        let stored = try asTarget(target, context: .store)
        let annotation = try parseExpression()
        var value: Expr?
        if accept(.equal) {
            value = check(.kwYield) ? try parseYieldExpression() : try parseStarExpressions()
        }
        var simple = 0
        if case .name = target.kind, !parenthesized { simple = 1 }
        return Stmt(.annAssign(target: stored, annotation: annotation, value: value, simple: simple),
                    range: range(from: start))
    }

    private func parseAssignment(first: Expr, start: SourceRange) throws(SyntaxError) -> Stmt {
        var pending: [Expr] = [first]
        var value = first
        while accept(.equal) {
            value = check(.kwYield) ? try parseYieldExpression() : try parseStarExpressions()
            pending.append(value)
        }
        if check(.colonEqual) { throw errorAtCurrent() }
        pending.removeLast()
        var targets: [Expr] = []
        targets.reserveCapacity(pending.count)
        for (index, target) in pending.enumerated() {
            if let bad = invalidTarget(target, context: .store) {
                if case .yield = bad.kind {
                    throw error("assignment to yield expression not possible", at: bad.range)
                }
                if case .yieldFrom = bad.kind {
                    throw error("assignment to yield expression not possible", at: bad.range)
                }
                if index == 0 && pending.count == 1 && isBitwiseOrLevel(target)
                    && !startsWithDisplayOrSingleton(target) {
                    throw error("cannot assign to \(expressionName(target)) here. Maybe you meant '==' instead of '='?",
                                at: target.range)
                }
                throw error("cannot assign to \(expressionName(bad))", at: bad.range)
            }
            targets.append(try asTarget(target, context: .store))
        }
        let typeComment = acceptTypeComment()
        return Stmt(.assign(targets: targets, value: value, typeComment: typeComment),
                    range: range(from: start))
    }

    /// CPython's "Maybe you meant '=='" hint is for targets that parse as a
    /// `bitwise_or`: not comparisons, boolean operators, conditionals or lambdas.
    func isBitwiseOrLevel(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .yield, .yieldFrom: return false
        case .unaryOp(let op, _): return op != .not
        default: return true
        }
    }

    /// CPython skips its "Maybe you meant '=='" hint for targets that begin with a
    /// list, tuple, generator expression or `True`/`False`/`None`.
    func startsWithDisplayOrSingleton(_ expr: Expr) -> Bool {
        var leftmost = expr
        while true {
            switch leftmost.kind {
            case .binOp(let left, _, _): leftmost = left
            case .compare(let left, _, _): leftmost = left
            case .boolOp(_, let values) where !values.isEmpty: leftmost = values[0]
            case .attribute(let value, _, _), .subscript(let value, _, _): leftmost = value
            case .call(let function, _, _): leftmost = function
            default:
                switch leftmost.kind {
                case .list, .tuple, .generatorExp: return true
                case .constant(.none, _), .constant(.bool, _): return true
                default: return false
                }
            }
        }
    }

    private func parseAugmentedAssignment(target: Expr, start: SourceRange) throws(SyntaxError) -> Stmt {
        switch target.kind {
        case .name, .attribute, .subscript: break
        default:
            throw error("'\(expressionName(target))' is an illegal expression for augmented assignment",
                        at: target.range)
        }
        let op: Operator
        switch currentKind {
        case .plusEqual: op = .add
        case .minEqual: op = .sub
        case .starEqual: op = .mult
        case .slashEqual: op = .div
        case .percentEqual: op = .mod
        case .amperEqual: op = .bitAnd
        case .vbarEqual: op = .bitOr
        case .circumflexEqual: op = .bitXor
        case .leftShiftEqual: op = .lShift
        case .rightShiftEqual: op = .rShift
        case .doubleStarEqual: op = .pow
        case .doubleSlashEqual: op = .floorDiv
        default: op = .matMult
        }
        advance()
        let value = check(.kwYield) ? try parseYieldExpression() : try parseStarExpressions()
        let stored = try asTarget(target, context: .store)
        return Stmt(.augAssign(target: stored, op: op, value: value), range: range(from: start))
    }

    /// A trailing `# type:` comment, when type comments are being collected.
    func acceptTypeComment() -> String? {
        guard typeComments, check(.typeComment) else { return nil }
        let comment = typeCommentText(current)
        advance()
        return comment
    }

    /// The text of a type comment: the tokenizer already dropped `# type:`.
    func typeCommentText(_ token: Token) -> String {
        text(token)
    }

    // MARK: Imports

    /// `import_name: 'import' dotted_as_names`
    private func parseImport() throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        var names: [Alias] = []
        repeat {
            names.append(try parseDottedAsName())
        } while accept(.comma)
        return Stmt(.import(names: names), range: range(from: start))
    }

    private func parseDottedAsName() throws(SyntaxError) -> Alias {
        let start = current.range
        let name = try parseDottedName()
        return Alias(name: name, asname: try parseAsName(), range: range(from: start))
    }

    private func parseDottedName() throws(SyntaxError) -> String {
        guard check(.name) else { throw errorAtCurrent() }
        var name = text(current)
        advance()
        while check(.dot) {
            advance()
            guard check(.name) else { throw errorAtCurrent() }
            name += "." + text(current)
            advance()
        }
        return name
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | ...`
    private func parseFromImport() throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String?
        if check(.name) { module = try parseDottedName() }
        if module == nil && level == 0 { throw errorAtCurrent() }
        try expect(.kwImport)
        var names: [Alias] = []
        if check(.star) {
            let star = current.range
            advance()
            names.append(Alias(name: "*", asname: nil, range: star))
        } else if accept(.lpar) {
            repeat {
                if check(.rpar) && !names.isEmpty { break }
                names.append(try parseImportAsName())
            } while accept(.comma)
            try expect(.rpar)
        } else {
            repeat {
                if previous.kind == .comma && check(.newline) { break }
                names.append(try parseImportAsName())
            } while accept(.comma)
            if previous.kind == .comma {
                throw error("trailing comma not allowed without surrounding parentheses",
                            at: current.kind == .newline ? SourceRange(lineno: current.range.lineno, colOffset: current.range.colOffset, endLineno: current.range.lineno, endColOffset: current.range.colOffset) : current.range)
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), range: range(from: start))
    }

    private func parseImportAsName() throws(SyntaxError) -> Alias {
        let start = current.range
        guard check(.name) else { throw errorAtCurrent() }
        let name = text(current)
        advance()
        return Alias(name: name, asname: try parseAsName(), range: range(from: start))
    }

    /// An optional `as NAME` after an imported name.
    private func parseAsName() throws(SyntaxError) -> String? {
        guard accept(.kwAs) else { return nil }
        guard check(.name) else { throw errorAtCurrent() }
        defer { advance() }
        return text(current)
    }
}
