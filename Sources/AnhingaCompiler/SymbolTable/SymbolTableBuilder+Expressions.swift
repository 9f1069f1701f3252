import AnhingaSyntax

extension SymbolTableBuilder {
    /// Visits an expression, children in the order CPython's symbol table visits them.
    func visit(_ expression: Expr) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        let range = expression.range
        switch expression.kind {
        case .boolOp(_, let values):
            for value in values { try visit(value) }
        case .namedExpr(let target, let value):
            try refuseInAnnotation("named expression", at: range)
            if comprehensionIterableDepth > 0 {
                throw location.error("assignment expression cannot be used in a comprehension iterable expression",
                                     at: range)
            }
            if case .comprehension = scopes[current].kind { try bindNamedExpressionTarget(target) }
            try visit(value)
            try visit(target)
        case .binOp(let left, _, let right):
            try visit(left)
            try visit(right)
        case .unaryOp(_, let operand):
            try visit(operand)
        case .lambda(let args, let body):
            for value in args.defaults { try visit(value) }
            for case let value? in args.kwDefaults { try visit(value) }
            enterScope(.lambda, name: "lambda", range: range)
            try visitParameters(args)
            try visit(body)
            exitScope()
        case .ifExp(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .dict(let keys, let values):
            for case let key? in keys { try visit(key) }
            for value in values { try visit(value) }
        case .set(let elts), .list(let elts, _), .tuple(let elts, _):
            for element in elts { try visit(element) }
        case .listComp(let elt, let generators):
            try visitComprehension(.list, "listcomp", generators, element: elt, value: nil, range: range)
        case .setComp(let elt, let generators):
            try visitComprehension(.set, "setcomp", generators, element: elt, value: nil, range: range)
        case .dictComp(let key, let value, let generators):
            try visitComprehension(.dict, "dictcomp", generators, element: key, value: value, range: range)
        case .generatorExp(let elt, let generators):
            try visitComprehension(.generator, "genexpr", generators, element: elt, value: nil, range: range)
        case .await(let value):
            try refuseInAnnotation("await expression", at: range)
            try visit(value)
            scopes[current].isCoroutine = true
        case .yield(let value):
            try refuseInAnnotation("yield expression", at: range)
            if let value { try visit(value) }
            try markGenerator(at: range)
        case .yieldFrom(let value):
            try refuseInAnnotation("yield expression", at: range)
            try visit(value)
            try markGenerator(at: range)
        case .compare(let left, _, let comparators):
            try visit(left)
            for comparator in comparators { try visit(comparator) }
        case .call(let function, let args, let keywords):
            try visit(function)
            for arg in args { try visit(arg) }
            for keyword in keywords { try visit(keyword.value) }
        case .formattedValue(let value, _, let formatSpec):
            try visit(value)
            if let formatSpec { try visit(formatSpec) }
        case .joinedStr(let values):
            for value in values { try visit(value) }
        case .constant:
            break
        case .attribute(let value, _, _), .starred(let value, _):
            try visit(value)
        case .subscript(let value, let slice, _):
            try visit(value)
            try visit(slice)
        case .slice(let lower, let upper, let step):
            if let lower { try visit(lower) }
            if let upper { try visit(upper) }
            if let step { try visit(step) }
        case .name(let id, let ctx):
            try addDefinition(id, ctx == .load ? .used : .assigned, at: range)
            // `super()` in a method reads the `__class__` cell.
            if ctx == .load, scopes[current].kind.isFunctionLike, id == "super" {
                try addDefinition("__class__", .used, at: range)
            }
        }
    }

    private func markGenerator(at range: SourceRange) throws(SyntaxError) {
        scopes[current].isGenerator = true
        if case .comprehension(let kind) = scopes[current].kind {
            throw location.error("'yield' inside \(kind.description)", at: range)
        }
    }

    private func refuseInAnnotation(_ what: String, at range: SourceRange) throws(SyntaxError) {
        if scopes[current].kind == .annotation {
            throw location.error("'\(what)' can not be used within an annotation", at: range)
        }
    }

    /// A comprehension: the first iterable is evaluated in the enclosing scope and
    /// passed in as the implicit parameter `.0`; everything else runs in a new scope.
    private func visitComprehension(_ kind: ComprehensionKind, _ name: String, _ generators: [Comprehension],
                                    element: Expr, value: Expr?, range: SourceRange) throws(SyntaxError) {
        guard let outermost = generators.first else { return }
        comprehensionIterableDepth += 1
        try visit(outermost.iter)
        comprehensionIterableDepth -= 1
        enterScope(.comprehension(kind), name: name, range: range)
        if outermost.isAsync != 0 { scopes[current].isCoroutine = true }
        try addDefinition(".0", .parameter, at: range)
        try visitIterationTarget(outermost.target)
        for test in outermost.ifs { try visit(test) }
        for generator in generators.dropFirst() {
            try visitIterationTarget(generator.target)
            comprehensionIterableDepth += 1
            try visit(generator.iter)
            comprehensionIterableDepth -= 1
            for test in generator.ifs { try visit(test) }
            if generator.isAsync != 0 { scopes[current].isCoroutine = true }
        }
        if let value { try visit(value) }
        try visit(element)
        if kind == .generator { scopes[current].isGenerator = true }
        // 3.11: a comprehension that awaits makes the one around it asynchronous too.
        let isAsync = scopes[current].isCoroutine && kind != .generator
        exitScope()
        if isAsync { scopes[current].isCoroutine = true }
    }

    private func visitIterationTarget(_ target: Expr) throws(SyntaxError) {
        let enclosing = iterationTargetScope
        iterationTargetScope = current
        defer { iterationTargetScope = enclosing }
        try visit(target)
    }

    /// `(name := value)` inside a comprehension binds `name` in the nearest
    /// enclosing function (nonlocal) or module (global), never in a class.
    private func bindNamedExpressionTarget(_ target: Expr) throws(SyntaxError) {
        guard case .name(let name, _) = target.kind else { return }
        let range = target.range
        let mangled = mangle(name, privateName: privateName)
        if scopes[current].flags(of: mangled).contains(.comprehensionIterationVariable) {
            throw location.error("assignment expression cannot rebind comprehension iteration variable '\(name)'",
                                 at: range)
        }
        for scopeID in stack.reversed() {
            let scope = scopes[scopeID]
            switch scope.kind {
            case .comprehension:
                if scope.flags(of: mangled).contains(.comprehensionIterationVariable) {
                    throw location.error(
                        "assignment expression cannot rebind comprehension iteration variable '\(name)'", at: range)
                }
            case .function, .lambda:
                let isGlobal = scope.flags(of: mangled).contains(.globalDeclared)
                try addDefinition(name, isGlobal ? .globalDeclared : .nonlocalDeclared, at: range)
                recordDirective(name, at: range)
                try addDefinition(name, .assigned, at: range, in: scopeID)
                return
            case .module:
                try addDefinition(name, .globalDeclared, at: range)
                recordDirective(name, at: range)
                try addDefinition(name, .globalDeclared, at: range, in: scopeID)
                return
            case .class:
                throw location.error("assignment expression within a comprehension cannot be used in a class body",
                                     at: range)
            case .annotation:
                continue
            }
        }
    }

    // MARK: Patterns

    func visit(_ pattern: Pattern) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        switch pattern.kind {
        case .matchValue(let value):
            try visit(value)
        case .matchSingleton:
            break
        case .matchSequence(let patterns), .matchOr(let patterns):
            for subpattern in patterns { try visit(subpattern) }
        case .matchMapping(let keys, let patterns, let rest):
            for key in keys { try visit(key) }
            for subpattern in patterns { try visit(subpattern) }
            if let rest { try addDefinition(rest, .assigned, at: pattern.range) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            try visit(cls)
            for subpattern in patterns { try visit(subpattern) }
            for subpattern in kwdPatterns { try visit(subpattern) }
        case .matchStar(let name):
            if let name { try addDefinition(name, .assigned, at: pattern.range) }
        case .matchAs(let subpattern, let name):
            if let subpattern { try visit(subpattern) }
            if let name { try addDefinition(name, .assigned, at: pattern.range) }
        }
    }
}
