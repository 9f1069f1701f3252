/// Compound statements: the ones that own an indented block.
extension Parser {
    func parseCompoundStatement() throws(SyntaxError) -> Stmt {
        try enter()
        defer { leave() }
        switch currentKind {
        case .kwIf: return try parseIf()
        case .kwWhile: return try parseWhile()
        case .kwFor: return try parseFor(isAsync: false, start: current.range)
        case .kwTry: return try parseTry()
        case .kwWith: return try parseWith(isAsync: false, start: current.range)
        case .kwDef: return try parseFunctionDef(decorators: [], isAsync: false, start: current.range)
        case .kwClass: return try parseClassDef(decorators: [])
        case .at: return try parseDecorated()
        case .kwAsync:
            let start = current.range
            advance()
            switch currentKind {
            case .kwDef: return try parseFunctionDef(decorators: [], isAsync: true, start: start)
            case .kwWith: return try parseWith(isAsync: true, start: start)
            case .kwFor: return try parseFor(isAsync: true, start: start)
            default: throw errorAtCurrent()
            }
        default:
            throw errorAtCurrent()
        }
    }

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`
    ///
    /// `construct` names the statement for CPython's "expected an indented block
    /// after … on line N" message.
    func parseBlock(after construct: String, line: Int32) throws(SyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        if accept(.newline) {
            guard accept(.indent) else {
                try failIfTokenizerErrorAtCurrent()
                throw missingBlockError("expected an indented block after \(construct) on line \(line)")
            }
            while !check(.dedent) && !check(.endMarker) {
                try parseStatement(into: &body)
            }
            if !accept(.dedent) { try reportTokenizerErrorIfAny() }
        } else {
            if check(.typeComment) { throw errorAtCurrent() }
            try parseSimpleStatements(into: &body)
        }
        return body
    }

    /// The block's colon, with CPython's "expected ':'" when it is missing.
    func expectColon() throws(SyntaxError) {
        try expectNamed(.colon, ":")
    }

    /// The range of a compound statement from `start` to the end of its last
    /// block: the last token of the block's last line, a trailing `;` included.
    func throughEndOfBlock(from start: SourceRange) -> SourceRange {
        SourceRange(from: start, to: lastLineEnd)
    }

    private func parseIf() throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(after: "'if' statement", line: start.lineno)
        let orelse = try parseElifOrElse()
        return Stmt(.if(test: test, body: body, orelse: orelse),
                    range: throughEndOfBlock(from: start))
    }

    private func parseElifOrElse() throws(SyntaxError) -> [Stmt] {
        if check(.kwElif) {
            let start = current.range
            advance()
            let test = try parseNamedExpression()
            try expectColon()
            let body = try parseBlock(after: "'elif' statement", line: start.lineno)
            let orelse = try parseElifOrElse()
            return [Stmt(.if(test: test, body: body, orelse: orelse),
                         range: throughEndOfBlock(from: start))]
        }
        return try parseElse()
    }

    private func parseElse() throws(SyntaxError) -> [Stmt] {
        guard check(.kwElse) else { return [] }
        let line = current.range.lineno
        advance()
        try expectColon()
        return try parseBlock(after: "'else' statement", line: line)
    }

    private func parseWhile() throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(after: "'while' statement", line: start.lineno)
        let orelse = try parseElse()
        return Stmt(.while(test: test, body: body, orelse: orelse),
                    range: throughEndOfBlock(from: start))
    }

    private func parseFor(isAsync: Bool, start: SourceRange) throws(SyntaxError) -> Stmt {
        let line = current.range.lineno
        advance()
        let target = try parseStarTargets()
        guard accept(.kwIn) else { throw errorAtCurrent() }
        let iter = try parseStarExpressions()
        try expectColon()
        let typeComment = acceptTypeComment()
        let body = try parseBlock(after: "'for' statement", line: line)
        let orelse = try parseElse()
        let whole = throughEndOfBlock(from: start)
        if isAsync {
            return Stmt(.asyncFor(target: target, iter: iter, body: body, orelse: orelse, typeComment: typeComment), range: whole)
        }
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, typeComment: typeComment), range: whole)
    }

    private func parseTry() throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        try expectColon()
        let body = try parseBlock(after: "'try' statement", line: start.lineno)
        var handlers: [ExceptHandler] = []
        var sawStar: Bool?
        while check(.kwExcept) {
            let handlerStart = current.range
            advance()
            let isStar = accept(.star)
            if let sawStar, sawStar != isStar {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: handlerStart)
            }
            sawStar = isStar
            var type: Expr?
            var name: String?
            if !check(.colon) {
                type = try parseExpression()
                if check(.comma) {
                    // `except A, B:` needs parentheses since Python 3.
                    let saved = position
                    advance()
                    if (try? parseExpression()) != nil, check(.colon) {
                        position = saved
                        throw error("multiple exception types must be parenthesized",
                                    from: type?.range ?? handlerStart, to: tokens[position + 1].range)
                    }
                    position = saved
                }
                if accept(.kwAs) {
                    guard check(.name) else { throw errorAtCurrent() }
                    name = text(current)
                    advance()
                }
            } else if isStar {
                throw error("expected one or more exception types", at: current.range)
            }
            try expectColon()
            let handlerBody = try parseBlock(after: isStar ? "'except*' statement" : "'except' statement",
                                             line: handlerStart.lineno)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody,
                                          range: throughEndOfBlock(from: handlerStart)))
        }
        let orelse = handlers.isEmpty ? [] : try parseElse()
        var finalbody: [Stmt] = []
        if check(.kwFinally) {
            let line = current.range.lineno
            advance()
            try expectColon()
            finalbody = try parseBlock(after: "'finally' statement", line: line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: current.range)
        }
        let whole = SourceRange(from: start, to: lastLineEnd)
        if sawStar == true {
            return Stmt(.tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), range: whole)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), range: whole)
    }

    private func parseWith(isAsync: Bool, start: SourceRange) throws(SyntaxError) -> Stmt {
        let line = current.range.lineno
        advance()
        var items: [WithItem] = []
        if check(.lpar), let parenthesized = try parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            repeat {
                items.append(try parseWithItem())
            } while accept(.comma)
        }
        try expectColon()
        let typeComment = acceptTypeComment()
        let body = try parseBlock(after: "'with' statement", line: line)
        let whole = throughEndOfBlock(from: start)
        if isAsync {
            return Stmt(.asyncWith(items: items, body: body, typeComment: typeComment), range: whole)
        }
        return Stmt(.with(items: items, body: body, typeComment: typeComment), range: whole)
    }

    /// `'(' ','.with_item+ ','? ')' ':'`: tried first; when the parentheses turn out
    /// to belong to an expression (`with (a, b) as c:`) the caller parses again.
    private func parseParenthesizedWithItems() throws(SyntaxError) -> [WithItem]? {
        let saved = position
        advance()
        var items: [WithItem] = []
        do {
            while !check(.rpar) {
                items.append(try parseWithItem())
                if !accept(.comma) { break }
            }
            if !items.isEmpty && accept(.rpar) && check(.colon) { return items }
        } catch {
            // Fall back to reading the parentheses as part of an expression.
        }
        position = saved
        return nil
    }

    /// `with_item: expression 'as' star_target &(',' | ')' | ':') | expression`
    private func parseWithItem() throws(SyntaxError) -> WithItem {
        let context = try parseExpression()
        var vars: Expr?
        if accept(.kwAs) {
            vars = try parseStarTarget()
        }
        return WithItem(contextExpr: context, optionalVars: vars)
    }

    private func parseDecorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            guard accept(.newline) else { throw errorAtCurrent() }
        }
        switch currentKind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, isAsync: false, start: current.range)
        case .kwClass: return try parseClassDef(decorators: decorators)
        case .kwAsync:
            let start = current.range
            advance()
            guard check(.kwDef) else { throw errorAtCurrent() }
            return try parseFunctionDef(decorators: decorators, isAsync: true, start: start)
        default:
            throw errorAtCurrent()
        }
    }

    private func parseFunctionDef(decorators: [Expr], isAsync: Bool,
                                  start: SourceRange) throws(SyntaxError) -> Stmt {
        let line = current.range.lineno
        advance() // 'def'
        guard check(.name) else { throw errorAtCurrent() }
        let name = text(current)
        advance()
        guard check(.lpar) else { throw errorAtCurrent("invalid syntax") }
        advance()
        let args = try parseParameters(closing: .rpar)
        try expect(.rpar)
        var returns: Expr?
        if accept(.rarrow) { returns = try parseExpression() }
        try expectColon()
        let typeComment = acceptFunctionTypeComment()
        let wasAsync = inAsyncFunction
        inAsyncFunction = isAsync
        defer { inAsyncFunction = wasAsync }
        let body = try parseBlock(after: "function definition", line: line)
        let whole = throughEndOfBlock(from: start)
        if isAsync {
            return Stmt(.asyncFunctionDef(name: name, args: args, body: body, decoratorList: decorators,
                                          returns: returns, typeComment: typeComment), range: whole)
        }
        return Stmt(.functionDef(name: name, args: args, body: body, decoratorList: decorators,
                                 returns: returns, typeComment: typeComment), range: whole)
    }

    /// `func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT`:
    /// the signature comment may trail the colon or open the body on its own line.
    private func acceptFunctionTypeComment() -> String? {
        guard typeComments else { return nil }
        if check(.typeComment) { return acceptTypeComment() }
        if check(.newline), peek(1).kind == .typeComment, peek(2).kind == .newline, peek(3).kind == .indent {
            advance()
            return acceptTypeComment()
        }
        return nil
    }

    private func parseClassDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let start = current.range
        advance()
        guard check(.name) else { throw errorAtCurrent() }
        let name = text(current)
        advance()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if accept(.lpar) {
            (bases, keywords) = try parseCallArguments(closing: .rpar)
            try expect(.rpar)
        }
        try expectColon()
        let wasAsync = inAsyncFunction
        inAsyncFunction = false
        defer { inAsyncFunction = wasAsync }
        let body = try parseBlock(after: "class definition", line: start.lineno)
        return Stmt(.classDef(name: name, bases: bases, keywords: keywords, body: body,
                              decoratorList: decorators), range: throughEndOfBlock(from: start))
    }
}
