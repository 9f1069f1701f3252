import AnhingaSyntax

extension SymbolTableBuilder {
    /// Visits a statement, children in the order CPython's symbol table visits them.
    func visit(_ statement: Stmt) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        let range = statement.range
        switch statement.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns, _):
            try visitFunction(name: name, args: args, body: body, decorators: decorators, returns: returns,
                              isAsync: false, range: range)
        case .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
            try visitFunction(name: name, args: args, body: body, decorators: decorators, returns: returns,
                              isAsync: true, range: range)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try addDefinition(name, .assigned, at: range)
            for base in bases { try visit(base) }
            for keyword in keywords { try visit(keyword.value) }
            for decorator in decorators { try visit(decorator) }
            // The class's own name mangles the names of its body (the scope records it,
            // and code generation mangles with the scope's), as in CPython's compiler.
            let enclosingPrivate = privateName
            privateName = name
            enterScope(.class, name: name, range: range)
            for child in body { try visit(child) }
            privateName = enclosingPrivate
            exitScope()
        case .return(let value):
            if let value {
                try visit(value)
                scopes[current].returnsValue = true
            }
        case .delete(let targets):
            for target in targets { try visit(target) }
        case .assign(let targets, let value, _):
            for target in targets { try visit(target) }
            try visit(value)
        case .annAssign(let target, let annotation, let value, let simple):
            try visitAnnotatedAssignment(target: target, annotation: annotation, value: value,
                                         simple: simple != 0, range: range)
        case .augAssign(let target, _, let value):
            try visit(target)
            try visit(value)
        case .for(let target, let iter, let body, let orelse, _), .asyncFor(let target, let iter, let body, let orelse, _):
            try visit(target)
            try visit(iter)
            for child in body { try visit(child) }
            for child in orelse { try visit(child) }
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visit(test)
            for child in body { try visit(child) }
            for child in orelse { try visit(child) }
        case .with(let items, let body, _), .asyncWith(let items, let body, _):
            for item in items {
                try visit(item.contextExpr)
                if let vars = item.optionalVars { try visit(vars) }
            }
            for child in body { try visit(child) }
        case .match(let subject, let cases):
            try visit(subject)
            for matchCase in cases {
                try visit(matchCase.pattern)
                if let guardExpr = matchCase.guard { try visit(guardExpr) }
                for child in matchCase.body { try visit(child) }
            }
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            for child in body { try visit(child) }
            for child in orelse { try visit(child) }
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { try addDefinition(name, .assigned, at: handler.range) }
                for child in handler.body { try visit(child) }
            }
            for child in finalbody { try visit(child) }
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .import(let names), .importFrom(_, let names, _):
            for alias in names { try visitAlias(alias) }
        case .global(let names):
            for name in names { try declare(name, global: true, at: range) }
        case .nonlocal(let names):
            for name in names { try declare(name, global: false, at: range) }
        case .expr(let value):
            try visit(value)
        case .pass, .break, .continue:
            break
        }
    }

    private func visitFunction(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?,
                               isAsync: Bool, range: SourceRange) throws(SyntaxError) {
        try addDefinition(name, .assigned, at: range)
        for value in args.defaults { try visit(value) }
        for case let value? in args.kwDefaults { try visit(value) }
        try visitAnnotations(args, returns: returns, range: range)
        for decorator in decorators { try visit(decorator) }
        enterScope(.function, name: name, range: range)
        if isAsync { scopes[current].isCoroutine = true }
        try visitParameters(args)
        for child in body { try visit(child) }
        exitScope()
    }

    /// Parameters in CPython's order: positional-only, positional, keyword-only, `*args`, `**kwargs`.
    func visitParameters(_ args: Arguments) throws(SyntaxError) {
        for arg in args.posonlyargs { try addDefinition(arg.arg, .parameter, at: arg.range) }
        for arg in args.args { try addDefinition(arg.arg, .parameter, at: arg.range) }
        for arg in args.kwonlyargs { try addDefinition(arg.arg, .parameter, at: arg.range) }
        if let vararg = args.vararg {
            try addDefinition(vararg.arg, .parameter, at: vararg.range)
            scopes[current].hasVarargs = true
        }
        if let kwarg = args.kwarg {
            try addDefinition(kwarg.arg, .parameter, at: kwarg.range)
            scopes[current].hasVarKeywords = true
        }
    }

    /// Parameter and return annotations, evaluated where the `def` runs (or in an
    /// annotation scope under `from __future__ import annotations`).
    private func visitAnnotations(_ args: Arguments, returns: Expr?, range: SourceRange) throws(SyntaxError) {
        if futureAnnotations { enterScope(.annotation, name: "_annotation", range: range) }
        for arg in args.posonlyargs { if let annotation = arg.annotation { try visit(annotation) } }
        for arg in args.args { if let annotation = arg.annotation { try visit(annotation) } }
        if let annotation = args.vararg?.annotation { try visit(annotation) }
        if let annotation = args.kwarg?.annotation { try visit(annotation) }
        for arg in args.kwonlyargs { if let annotation = arg.annotation { try visit(annotation) } }
        if futureAnnotations { exitScope() }
        if let returns { try visitAnnotation(returns) }
    }

    func visitAnnotation(_ annotation: Expr) throws(SyntaxError) {
        if futureAnnotations { enterScope(.annotation, name: "_annotation", range: annotation.range) }
        try visit(annotation)
        if futureAnnotations { exitScope() }
    }

    private func visitAnnotatedAssignment(target: Expr, annotation: Expr, value: Expr?, simple: Bool,
                                          range: SourceRange) throws(SyntaxError) {
        if case .name(let id, _) = target.kind {
            let existing = scopes[current].flags(of: mangle(id, privateName: privateName))
            if simple, current != 0, !existing.isDisjoint(with: [.globalDeclared, .nonlocalDeclared]) {
                let what = existing.contains(.globalDeclared) ? "global" : "nonlocal"
                throw location.error("annotated name '\(id)' can't be \(what)", at: range)
            }
            if simple {
                try addDefinition(id, [.annotated, .assigned], at: target.range)
            } else if value != nil {
                try addDefinition(id, .assigned, at: target.range)
            }
        } else {
            try visit(target)
        }
        try visitAnnotation(annotation)
        if let value { try visit(value) }
    }

    private func visitAlias(_ alias: Alias) throws(SyntaxError) {
        if alias.name == "*" {
            if scopes[current].kind != .module {
                throw location.error("import * only allowed at module level", at: alias.range)
            }
            return
        }
        // `import a.b.c` binds `a`.
        let stored = alias.asname ?? String(alias.name.split(separator: ".", maxSplits: 1).first ?? "")
        try addDefinition(stored, .imported, at: alias.range)
    }

    /// `global name` / `nonlocal name`: refused if the scope already used or bound the name.
    private func declare(_ name: String, global: Bool, at range: SourceRange) throws(SyntaxError) {
        let what = global ? "global" : "nonlocal"
        let existing = scopes[current].flags(of: mangle(name, privateName: privateName))
        if !existing.isDisjoint(with: [.parameter, .assigned, .used, .annotated]) {
            let message: String
            if existing.contains(.parameter) {
                message = "name '\(name)' is parameter and \(what)"
            } else if existing.contains(.used) {
                message = "name '\(name)' is used prior to \(what) declaration"
            } else if existing.contains(.annotated) {
                message = "annotated name '\(name)' can't be \(what)"
            } else {
                message = "name '\(name)' is assigned to before \(what) declaration"
            }
            throw location.error(message, at: range)
        }
        try addDefinition(name, global ? .globalDeclared : .nonlocalDeclared, at: range)
        recordDirective(name, at: range)
    }
}
