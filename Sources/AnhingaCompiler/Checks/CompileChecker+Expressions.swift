import AnhingaSyntax

extension CompileChecker {
    func visit(_ expression: Expr) throws(SyntaxError) {
        try enterNode()
        let enclosing = location
        location = expression.range
        defer {
            location = enclosing
            depth -= 1
        }
        let range = expression.range
        switch expression.kind {
        case .boolOp(_, let values):
            for value in values { try visit(value) }
        case .namedExpr(let target, let value):
            try visit(value)
            try visit(target)
        case .binOp(let left, _, let right):
            try visit(left)
            try visit(right)
        case .unaryOp(_, let operand):
            try visit(operand)
        case .lambda(let args, let body):
            try checkParameters(args)
            try visitDefaults(args)
            try inUnit(.lambda, scope: ScopeKey(range: range, kind: .lambda)) { () throws(SyntaxError) in
                try visit(body)
            }
        case .ifExp(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .dict(let keys, let values):
            for (index, value) in values.enumerated() {
                if index < keys.count, let key = keys[index] { try visit(key) }
                try visit(value)
            }
        case .set(let elts):
            try visitElements(elts)
        case .list(let elts, let ctx), .tuple(let elts, let ctx):
            if ctx == .store { try checkStarredTargets(elts) }
            try visitElements(elts)
        case .listComp(let elt, let generators):
            try visitComprehension(.list, generators, element: elt, value: nil, range: range)
        case .setComp(let elt, let generators):
            try visitComprehension(.set, generators, element: elt, value: nil, range: range)
        case .dictComp(let key, let value, let generators):
            try visitComprehension(.dict, generators, element: key, value: value, range: range)
        case .generatorExp(let elt, let generators):
            try visitComprehension(.generator, generators, element: elt, value: nil, range: range)
        case .await(let value):
            if unit.scope?.kind.isFunctionLike != true { throw error("'await' outside function") }
            if unit.kind != .asyncFunction && unit.kind != .comprehension {
                throw error("'await' outside async function")
            }
            try visit(value)
        case .yield(let value):
            if unit.scope?.kind.isFunctionLike != true { throw error("'yield' outside function") }
            if let value { try visit(value) }
        case .yieldFrom(let value):
            if unit.scope?.kind.isFunctionLike != true { throw error("'yield' outside function") }
            if unit.kind == .asyncFunction { throw error("'yield from' inside async function") }
            try visit(value)
        case .compare(let left, let ops, let comparators):
            try visit(left)
            for comparator in comparators { try visit(comparator) }
            warnIdentityWithLiteral(left, ops, comparators, at: expression.range)
        case .call(let function, let args, let keywords):
            warnNotCallable(function, at: expression.range)
            try visit(function)
            try checkKeywords(keywords)
            try visitElements(args)
            for keyword in keywords { try visit(keyword.value) }
        case .formattedValue(let value, _, let formatSpec):
            try visit(value)
            if let formatSpec { try visit(formatSpec) }
        case .joinedStr(let values):
            for value in values { try visit(value) }
        case .constant:
            break
        case .attribute(let value, let attr, let ctx):
            try visit(value)
            try checkForbidden(attr, ctx)
        case .subscript(let value, let slice, let ctx):
            if ctx == .load { warnNotSubscriptable(value, slice, at: expression.range) }
            try visit(value)
            try visit(slice)
        case .starred(_, let ctx):
            // Every place a starred expression may stand unpacks it before getting here.
            throw error(ctx == .store ? "starred assignment target must be in a list or tuple"
                                      : "can't use starred expression here")
        case .name(let id, let ctx):
            try checkForbidden(id, ctx)
        case .slice(let lower, let upper, let step):
            if let lower { try visit(lower) }
            if let upper { try visit(upper) }
            if let step { try visit(step) }
        }
    }

    /// Elements of a display, a target list or call arguments, where `*x` is allowed.
    func visitElements(_ elements: [Expr]) throws(SyntaxError) {
        for element in elements {
            if case .starred(let value, _) = element.kind {
                let enclosing = location
                location = element.range
                try visit(value)
                location = enclosing
            } else {
                try visit(element)
            }
        }
    }

    /// An unpacking target takes at most one starred name.
    private func checkStarredTargets(_ elements: [Expr]) throws(SyntaxError) {
        var seenStar = false
        for (index, element) in elements.enumerated() {
            guard case .starred = element.kind else { continue }
            if seenStar { throw error("multiple starred expressions in assignment") }
            if index >= 1 << 8 || elements.count - index - 1 >= Int(Int32.max) >> 8 {
                throw error("too many expressions in star-unpacking assignment")
            }
            seenStar = true
        }
    }

    /// Keyword arguments (of a call or a class): none named `__debug__`, none given
    /// twice. In CPython's order: each name is checked, then whether it comes again.
    func checkKeywords(_ keywords: [Keyword]) throws(SyntaxError) {
        var nextUse = [Int?](repeating: nil, count: keywords.count)
        var laterUse: [String: Int] = [:]
        for index in keywords.indices.reversed() {
            guard let name = keywords[index].arg else { continue }
            nextUse[index] = laterUse[name]
            laterUse[name] = index
        }
        for (index, keyword) in keywords.enumerated() {
            guard let name = keyword.arg else { continue }
            try checkForbidden(name, .store)
            if let repeated = nextUse[index] {
                location = keywords[repeated].range
                throw error("keyword argument repeated: \(name)")
            }
        }
    }

    /// A comprehension compiles as a function: the element and the inner loops first,
    /// then, outside, the first iterable.
    private func visitComprehension(_ kind: ComprehensionKind, _ generators: [Comprehension], element: Expr,
                                    value: Expr?, range: SourceRange) throws(SyntaxError) {
        guard let outermost = generators.first else { return }
        let enclosingKind = unit.kind
        try inUnit(.comprehension, scope: ScopeKey(range: range, kind: .comprehension(kind))) { () throws(SyntaxError) in
            if unit.scope?.isCoroutine == true, kind != .generator, enclosingKind != .asyncFunction,
               enclosingKind != .comprehension {
                throw error("asynchronous comprehension outside of an asynchronous function")
            }
            for (index, generator) in generators.enumerated() {
                if index > 0 { try visit(generator.iter) }
                try visit(generator.target)
                for test in generator.ifs { try visit(test) }
            }
            try visit(element)
            if let value { try visit(value) }
        }
        try visit(outermost.iter)
    }
}

extension CompileChecker {
    /// CPython's `"is" with a literal. Did you mean "=="?`: `is`/`is not` beside a constant
    /// other than None, True, False and `...` (whose identity is not promised).
    func warnIdentityWithLiteral(_ left: Expr, _ ops: [CmpOp], _ comparators: [Expr], at range: SourceRange) {
        // What CPython's AST optimizer folds into a constant before compiling: constants,
        // signed numbers, tuples of constants.
        func isConstant(_ expr: Expr) -> Bool {
            switch expr.kind {
            case .constant: return true
            case .unaryOp(let op, let operand): return op != .not && isConstant(operand)
            case .tuple(let elements, _): return elements.allSatisfy(isConstant)
            default: return false
            }
        }
        func isLiteral(_ expr: Expr) -> Bool {
            if case .constant(let value, _) = expr.kind {
                switch value {
                case .none, .bool, .ellipsis: return false
                default: return true
                }
            }
            return isConstant(expr)
        }
        var previous = left
        for (op, comparator) in zip(ops, comparators) {
            defer { previous = comparator }
            guard op == .is || op == .isNot, isLiteral(previous) || isLiteral(comparator) else { continue }
            let message = op == .is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?"
            warnings.append(CompileWarning(message: message, lineno: Int(range.lineno)))
            return  // one warning per comparison, as CPython
        }
    }
}

/// CPython's "perhaps you missed a comma?" SyntaxWarnings: a literal called or
/// subscripted as nothing of its type can be, and `assert (test, message)`.
extension CompileChecker {
    /// The type a literal expression is sure to have (CPython's `infer_type`), or nil.
    func literalTypeName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .constant(let value, _):
            switch value {
            case .none: return "NoneType"
            case .bool: return "bool"
            case .ellipsis: return "ellipsis"
            case .int, .bigInt: return "int"
            case .float: return "float"
            case .imaginary: return "complex"
            case .str: return "str"
            case .bytes: return "bytes"
            }
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return "function"
        case .joinedStr, .formattedValue: return "str"
        case .slice: return "slice"
        default: return nil
        }
    }

    func warnNotCallable(_ function: Expr, at range: SourceRange) {
        switch function.kind {
        case .constant, .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp, .generatorExp, .joinedStr, .formattedValue:
            guard let name = literalTypeName(function) else { return }
            warnings.append(CompileWarning(message: "'\(name)' object is not callable; perhaps you missed a comma?", lineno: Int(range.lineno)))
        default:
            return
        }
    }

    func warnNotSubscriptable(_ value: Expr, _ index: Expr, at range: SourceRange) {
        guard let valueType = literalTypeName(value) else { return }
        switch value.kind {
        case .constant where ["NoneType", "ellipsis", "int", "float", "complex", "bool"].contains(valueType),
             .set, .setComp, .generatorExp, .lambda:
            warnings.append(CompileWarning(message: "'\(valueType)' object is not subscriptable; perhaps you missed a comma?",
                                           lineno: Int(range.lineno)))
            return
        default:
            break
        }
        guard let indexType = literalTypeName(index), !["int", "bool", "slice"].contains(indexType) else { return }
        switch value.kind {
        case .constant where ["str", "bytes", "tuple"].contains(valueType), .tuple, .list, .listComp, .joinedStr, .formattedValue:
            warnings.append(CompileWarning(message: "\(valueType) indices must be integers or slices, not \(indexType); perhaps you missed a comma?",
                                           lineno: Int(range.lineno)))
        default:
            return
        }
    }
}
