import AnhingaSyntax

extension CompileChecker {
    func visit(_ body: [Stmt]) throws(SyntaxError) {
        for statement in body { try visit(statement) }
    }

    func visit(_ statement: Stmt) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        location = statement.range
        let range = statement.range
        switch statement.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns, _):
            try visitFunction(name: name, args: args, body: body, decorators: decorators, returns: returns,
                              kind: .function, range: range)
        case .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
            try visitFunction(name: name, args: args, body: body, decorators: decorators, returns: returns,
                              kind: .asyncFunction, range: range)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            for decorator in decorators { try visit(decorator) }
            try inUnit(.class, scope: ScopeKey(range: range, kind: .class)) { () throws(SyntaxError) in
                try visit(body)
            }
            location = range
            try checkKeywords(keywords)
            try visitElements(bases)
            for keyword in keywords { try visit(keyword.value) }
            try checkForbidden(name, .store)
        case .return(let value):
            guard unit.scope?.kind.isFunctionLike == true else { throw error("'return' outside function") }
            if value != nil, unit.scope?.isAsyncGenerator == true {
                throw error("'return' with value in async generator")
            }
            if let value { try visit(value) }
            location = range
            _ = try unwind(toLoop: false)
        case .delete(let targets):
            for target in targets { try visit(target) }
        case .assign(let targets, let value, _):
            try visit(value)
            for target in targets { try visit(target) }
        case .augAssign(let target, _, let value):
            try visitAugmentedTarget(target)
            try visit(value)
            if case .name(let id, _) = target.kind {
                location = target.range
                try checkForbidden(id, .store)
            }
        case .annAssign(let target, let annotation, let value, let simple):
            try visitAnnotatedAssignment(target: target, annotation: annotation, value: value, simple: simple != 0)
        case .for(let target, let iter, let body, let orelse, _):
            try visitFor(target: target, iter: iter, body: body, orelse: orelse)
        case .asyncFor(let target, let iter, let body, let orelse, _):
            if unit.kind != .asyncFunction { throw error("'async for' outside async function") }
            try visitFor(target: target, iter: iter, body: body, orelse: orelse)
        case .while(let test, let body, let orelse):
            try inBlock(.loop) { () throws(SyntaxError) in
                try visit(test)
                try visit(body)
            }
            try visit(orelse)
        case .if(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .with(let items, let body, _):
            try visitWith(items[...], body: body)
        case .asyncWith(let items, let body, _):
            if unit.kind != .asyncFunction { throw error("'async with' outside async function") }
            try visitWith(items[...], body: body)
        case .match(let subject, let cases):
            try visitMatch(subject: subject, cases: cases)
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .try(let body, let handlers, let orelse, let finalbody):
            try visitTry(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, star: false)
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            try visitTry(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, star: true)
        case .assert(let test, let msg):
            if case .tuple(let elements, _) = test.kind, !elements.isEmpty {
                warnings.append(CompileWarning(message: "assertion is always true, perhaps remove parentheses?", lineno: Int(statement.range.lineno)))
            }
            try visit(test)
            if let msg { try visit(msg) }
        case .import(let names):
            for alias in names {
                let stored = alias.asname ?? String(alias.name.split(separator: ".", maxSplits: 1).first ?? "")
                try checkForbidden(stored, .store)
            }
        case .importFrom(let module, let names, _):
            if module == "__future__", Int(range.lineno) > future.lastLine {
                throw error("from __future__ imports must occur at the beginning of the file")
            }
            for alias in names where alias.name != "*" {
                try checkForbidden(alias.asname ?? alias.name, .store)
            }
        case .expr(let value):
            // A constant statement (a docstring, `...`) is not compiled at all.
            if case .constant = value.kind { return }
            try visit(value)
        case .global, .nonlocal, .pass:
            break
        case .break:
            if try !unwind(toLoop: true) { throw error("'break' outside loop") }
        case .continue:
            if try !unwind(toLoop: true) { throw error("'continue' not properly in loop") }
        }
    }

    private func visitFunction(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?,
                               kind: UnitKind, range: SourceRange) throws(SyntaxError) {
        try checkParameters(args)
        for decorator in decorators { try visit(decorator) }
        try visitDefaults(args)
        if !future.annotations {
            try visitParameterAnnotations(args)
            if let returns { try visit(returns) }
        }
        try inUnit(kind, scope: ScopeKey(range: range, kind: .function)) { () throws(SyntaxError) in
            try visit(body)
        }
        location = range
        try checkForbidden(name, .store)
    }

    /// No parameter may be called `__debug__` (reported at the `def` or `lambda`).
    func checkParameters(_ args: Arguments) throws(SyntaxError) {
        for arg in args.posonlyargs { try checkForbidden(arg.arg, .store) }
        for arg in args.args { try checkForbidden(arg.arg, .store) }
        if let vararg = args.vararg { try checkForbidden(vararg.arg, .store) }
        for arg in args.kwonlyargs { try checkForbidden(arg.arg, .store) }
        if let kwarg = args.kwarg { try checkForbidden(kwarg.arg, .store) }
    }

    func visitDefaults(_ args: Arguments) throws(SyntaxError) {
        for value in args.defaults { try visit(value) }
        for case let value? in args.kwDefaults { try visit(value) }
    }

    private func visitParameterAnnotations(_ args: Arguments) throws(SyntaxError) {
        for arg in args.args { try visitParameterAnnotation(arg.annotation) }
        for arg in args.posonlyargs { try visitParameterAnnotation(arg.annotation) }
        try visitParameterAnnotation(args.vararg?.annotation)
        for arg in args.kwonlyargs { try visitParameterAnnotation(arg.annotation) }
        try visitParameterAnnotation(args.kwarg?.annotation)
    }

    private func visitParameterAnnotation(_ annotation: Expr?) throws(SyntaxError) {
        guard let annotation else { return }
        // `*args: *Ts` unpacks its annotation.
        if case .starred(let value, _) = annotation.kind { return try visit(value) }
        try visit(annotation)
    }

    private func visitAugmentedTarget(_ target: Expr) throws(SyntaxError) {
        switch target.kind {
        case .attribute(let value, _, _):
            try visit(value)
        case .subscript(let value, let slice, _):
            try visit(value)
            try visit(slice)
        default:
            break
        }
    }

    private func visitAnnotatedAssignment(target: Expr, annotation: Expr, value: Expr?,
                                          simple: Bool) throws(SyntaxError) {
        if let value {
            try visit(value)
            try visit(target)
        }
        let evaluatesAnnotations = !future.annotations && (unit.kind == .module || unit.kind == .class)
        switch target.kind {
        case .name(let id, _):
            try checkForbidden(id, .store)
            if simple && evaluatesAnnotations { try visit(annotation) }
        case .attribute(let object, let attr, _):
            try checkForbidden(attr, .store)
            if value == nil { try visit(object) }
        case .subscript(let object, let slice, _):
            if value == nil {
                try visit(object)
                try visit(slice)
            }
        default:
            break
        }
        if !simple && evaluatesAnnotations { try visit(annotation) }
    }

    private func visitFor(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt]) throws(SyntaxError) {
        try inBlock(.loop) { () throws(SyntaxError) in
            try visit(iter)
            try visit(target)
            try visit(body)
        }
        try visit(orelse)
    }

    /// `with a, b:` nests one block per item.
    private func visitWith(_ items: ArraySlice<WithItem>, body: [Stmt]) throws(SyntaxError) {
        guard let item = items.first else { return try visit(body) }
        try visit(item.contextExpr)
        try inBlock(.other) { () throws(SyntaxError) in
            if let vars = item.optionalVars { try visit(vars) }
            try visitWith(items.dropFirst(), body: body)
        }
    }

    /// `try` with `finally` wraps the `try`/`except` part in one block and the
    /// `finally` body in another; handlers sit two blocks deep.
    private func visitTry(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt],
                          star: Bool) throws(SyntaxError) {
        if finalbody.isEmpty {
            return try visitTryExcept(body: body, handlers: handlers, orelse: orelse, star: star)
        }
        try inBlock(.other) { () throws(SyntaxError) in
            if handlers.isEmpty {
                try visit(body)
            } else {
                try visitTryExcept(body: body, handlers: handlers, orelse: orelse, star: star)
            }
        }
        try inBlock(.other) { () throws(SyntaxError) in try visit(finalbody) }
    }

    private func visitTryExcept(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt],
                                star: Bool) throws(SyntaxError) {
        try inBlock(.other) { () throws(SyntaxError) in try visit(body) }
        try visit(orelse)
        try inBlock(star ? .exceptStarHandler : .other) { () throws(SyntaxError) in
            for (index, handler) in handlers.enumerated() {
                location = handler.range
                if !star, handler.type == nil, index < handlers.count - 1 {
                    throw error("default 'except:' must be last")
                }
                if let type = handler.type { try visit(type) }
                if let name = handler.name {
                    location = handler.range
                    try checkForbidden(name, .store)
                }
                try inBlock(.other) { () throws(SyntaxError) in try visit(handler.body) }
            }
        }
    }
}
