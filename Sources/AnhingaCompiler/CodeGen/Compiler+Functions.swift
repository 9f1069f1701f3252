import AnhingaSyntax

/// Functions, lambdas, classes and comprehensions: each body becomes a code
/// object (a constant of the enclosing one) and MAKE_FUNCTION builds the
/// function at run time, with its defaults, annotations and closure cells.
extension Compiler {
    func compileFunctionDef(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?,
                            range: SourceRange) throws(CompilerError) {
        for decorator in decorators {
            try compileExpression(decorator)
            unit.emit(.PUSH_NULL)
        }
        unit.location = range
        var flags = try compileDefaults(args)
        if try compileAnnotations(args, returns: returns) { flags |= 4 }
        guard let scope = table.scope(for: ScopeKey(range: range, kind: .function)) else {
            throw CompilerError("internal: no scope for function \(name)", line: Int(range.lineno))
        }
        let firstLine = Int(decorators.first?.range.lineno ?? range.lineno)
        enterUnit(scope, name: name, qualname: qualifiedName(name), firstLine: firstLine, location: range)
        let doc = docstring(of: body)
        _ = unit.constant(doc.map { .str($0) } ?? .none)
        for statement in body.dropFirst(doc == nil ? 0 : 1) { try compileStatement(statement) }
        unit.location = body.last?.range ?? range
        emitReturnNone()
        let code = try leaveUnit(argCount: args.posonlyargs.count + args.args.count,
                                 positionalOnly: args.posonlyargs.count, keywordOnly: args.kwonlyargs.count)
        unit.location = range
        try emitMakeFunction(code, flags: flags)
        try applyDecorators(decorators)
        try nameOp(name, .store)
    }

    /// Calls the decorators on the function or class on the stack, the last one first,
    /// each call placed at its decorator (where CPython's tracebacks point).
    private func applyDecorators(_ decorators: [Expr]) throws(CompilerError) {
        for decorator in decorators.reversed() {
            unit.location = decorator.range
            unit.emit(.CALL, 1)
        }
    }

    func compileLambda(_ args: Arguments, body: Expr, range: SourceRange) throws(CompilerError) {
        let flags = try compileDefaults(args)
        guard let scope = table.scope(for: ScopeKey(range: range, kind: .lambda)) else {
            throw CompilerError("internal: no scope for lambda", line: Int(range.lineno))
        }
        enterUnit(scope, name: "<lambda>", qualname: qualifiedName("<lambda>"), firstLine: Int(range.lineno),
                  location: range)
        _ = unit.constant(.none)  // a lambda has no docstring
        try compileExpression(body)
        if !scope.isGenerator { unit.emit(.RETURN_VALUE) } else {
            unit.emit(.POP_TOP)
            emitReturnNone()
        }
        let code = try leaveUnit(argCount: args.posonlyargs.count + args.args.count,
                                 positionalOnly: args.posonlyargs.count, keywordOnly: args.kwonlyargs.count)
        unit.location = range
        try emitMakeFunction(code, flags: flags)
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict; returns MAKE_FUNCTION's flags for them.
    private func compileDefaults(_ args: Arguments) throws(CompilerError) -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for value in args.defaults { try compileExpression(value) }
            unit.emit(.BUILD_TUPLE, args.defaults.count)
            flags |= 1
        }
        var keywordDefaults = 0
        for (arg, value) in zip(args.kwonlyargs, args.kwDefaults) {
            guard let value else { continue }
            unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(mangled(arg.arg)))))
            try compileExpression(value)
            keywordDefaults += 1
        }
        if keywordDefaults > 0 {
            unit.emit(.BUILD_MAP, keywordDefaults)
            flags |= 2
        }
        return flags
    }

    /// Pushes `(name, annotation, …)` when any parameter or the return is annotated.
    private func compileAnnotations(_ args: Arguments, returns: Expr?) throws(CompilerError) -> Bool {
        var parameters = args.posonlyargs + args.args
        if let vararg = args.vararg { parameters.append(vararg) }
        parameters += args.kwonlyargs
        if let kwarg = args.kwarg { parameters.append(kwarg) }
        var count = 0
        for parameter in parameters {
            guard let annotation = parameter.annotation else { continue }
            try emitAnnotation(name: mangled(parameter.arg), annotation)
            count += 1
        }
        if let returns {
            try emitAnnotation(name: "return", returns)
            count += 1
        }
        guard count > 0 else { return false }
        unit.emit(.BUILD_TUPLE, 2 * count)
        return true
    }

    private func emitAnnotation(name: String, _ annotation: Expr) throws(CompilerError) {
        unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(name))))
        if table.futureAnnotations {
            try emitAnnotationValue(annotation)
        } else if case .starred(let value, _) = annotation.kind {
            // `*args: *Ts` (PEP 646): the annotation is the one item `*Ts` unpacks to.
            try compileExpression(value)
            unit.emit(.UNPACK_SEQUENCE, 1)
        } else {
            try compileExpression(annotation)
        }
    }

    /// An annotation's value: evaluated, or under `from __future__ import
    /// annotations` its source text as `ast.unparse` writes it.
    func emitAnnotationValue(_ annotation: Expr) throws(CompilerError) {
        if table.futureAnnotations {
            let text = try AnnotationUnparser().unparse(annotation)
            unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(text))))
        } else {
            try compileExpression(annotation)
        }
    }

    /// `… [defaults…] → … function`: the closure tuple (when the code has free
    /// variables) from this unit's cells, the code, MAKE_FUNCTION.
    func emitMakeFunction(_ code: CodeObject, flags: Int) throws(CompilerError) {
        var flags = flags
        if !code.freevars.isEmpty {
            for name in code.freevars {
                guard let index = unit.derefIndex(name) else {
                    throw CompilerError("internal: no cell for free variable '\(name)' of \(code.qualname)",
                                        line: code.firstLine)
                }
                unit.emit(.LOAD_CLOSURE, index)
            }
            unit.emit(.BUILD_TUPLE, code.freevars.count)
            flags |= 8
        }
        unit.emit(.LOAD_CONST, unit.constant(.code(code)))
        unit.emit(.MAKE_FUNCTION, flags)
    }

    func compileClassDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr],
                         range: SourceRange) throws(CompilerError) {
        for decorator in decorators {
            try compileExpression(decorator)
            unit.emit(.PUSH_NULL)
        }
        guard let scope = table.scope(for: ScopeKey(range: range, kind: .class)) else {
            throw CompilerError("internal: no scope for class \(name)", line: Int(range.lineno))
        }
        let firstLine = Int(decorators.first?.range.lineno ?? range.lineno)
        let qualname = qualifiedName(name)
        enterUnit(scope, name: name, qualname: qualname, firstLine: firstLine, location: range)
        unit.emit(.LOAD_NAME, unit.name("__name__"))
        unit.emit(.STORE_NAME, unit.name("__module__"))
        unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(qualname))))
        unit.emit(.STORE_NAME, unit.name("__qualname__"))
        try compileBody(body, storeDocstring: true)
        unit.location = range
        if scope.needsClassClosure, let index = unit.derefIndex("__class__") {
            unit.emit(.LOAD_CLOSURE, index)
            unit.emit(.COPY, 1)
            unit.emit(.STORE_NAME, unit.name("__classcell__"))
            unit.emit(.RETURN_VALUE)
        } else {
            emitReturnNone()
        }
        let code = try leaveUnit()
        unit.location = range
        unit.emit(.LOAD_BUILD_CLASS)
        unit.emit(.PUSH_NULL)
        try emitMakeFunction(code, flags: 0)
        unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(name))))
        try compileCallArguments(bases, keywords: keywords, alreadyPushed: 2)
        try applyDecorators(decorators)
        try nameOp(name, .store)
    }

    /// A comprehension is a function of one argument, `.0` (the iterator of its
    /// first `for`, evaluated outside), called at once.
    func compileComprehension(_ kind: ComprehensionKind, element: Expr, value: Expr?, generators: [Comprehension],
                              range: SourceRange) throws(CompilerError) {
        guard let scope = table.scope(for: ScopeKey(range: range, kind: .comprehension(kind))),
              let first = generators.first else {
            throw CompilerError("internal: no scope for comprehension", line: Int(range.lineno))
        }
        let name: String
        switch kind {
        case .list: name = "<listcomp>"
        case .set: name = "<setcomp>"
        case .dict: name = "<dictcomp>"
        case .generator: name = "<genexpr>"
        }
        enterUnit(scope, name: name, qualname: qualifiedName(name), firstLine: Int(range.lineno), location: range)
        switch kind {
        case .list: unit.emit(.BUILD_LIST, 0)
        case .set: unit.emit(.BUILD_SET, 0)
        case .dict: unit.emit(.BUILD_MAP, 0)
        case .generator: break
        }
        try compileComprehensionLoop(generators[...], depth: 0, kind: kind, element: element, value: value)
        unit.location = range
        if kind == .generator { emitReturnNone() } else { unit.emit(.RETURN_VALUE) }
        let code = try leaveUnit(argCount: 1)
        unit.location = range
        try emitMakeFunction(code, flags: 0)
        unit.emit(.PUSH_NULL)
        try compileExpression(first.iter)
        unit.emit(first.isAsync != 0 ? .GET_AITER : .GET_ITER)
        unit.location = range
        unit.emit(.CALL, 1)
        if scope.isCoroutine && kind != .generator {
            unit.emit(.GET_AWAITABLE, 0)
            unit.emit(.LOAD_CONST, unit.constant(.none))
            emitDelegationLoop()
        }
    }

    private func compileComprehensionLoop(_ generators: ArraySlice<Comprehension>, depth: Int,
                                          kind: ComprehensionKind, element: Expr,
                                          value: Expr?) throws(CompilerError) {
        guard let generator = generators.first else { return }
        let start = unit.newLabel()
        let skip = unit.newLabel()
        let exhausted = unit.newLabel()
        if depth == 0 {
            unit.emit(.LOAD_FAST, unit.varname(".0"))
        } else {
            try compileExpression(generator.iter)
            unit.emit(generator.isAsync != 0 ? .GET_AITER : .GET_ITER)
        }
        unit.bind(start)
        if generator.isAsync != 0 {
            // As `async for`: END_ASYNC_FOR ends the loop on StopAsyncIteration.
            unit.pushHandler(.SETUP_FINALLY, to: exhausted)
            unit.emit(.GET_ANEXT)
            unit.emit(.LOAD_CONST, unit.constant(.none))
            emitDelegationLoop()
            unit.popHandler()
        } else {
            unit.emitJump(.FOR_ITER, to: exhausted)
        }
        try compileStore(generator.target)
        for condition in generator.ifs { try compileJumpIf(condition, isTrue: false, to: skip) }
        if generators.count > 1 {
            try compileComprehensionLoop(generators.dropFirst(), depth: depth + 1, kind: kind, element: element,
                                         value: value)
        } else {
            // The collection sits below one iterator per `for`.
            let collectionDepth = depth + 2
            switch kind {
            case .list:
                try compileExpression(element)
                unit.emit(.LIST_APPEND, collectionDepth)
            case .set:
                try compileExpression(element)
                unit.emit(.SET_ADD, collectionDepth)
            case .dict:
                try compileExpression(element)
                if let value { try compileExpression(value) }
                unit.emit(.MAP_ADD, collectionDepth)
            case .generator:
                try compileExpression(element)
                unit.emit(.YIELD_VALUE, 0)
                unit.emit(.POP_TOP)
            }
        }
        unit.bind(skip)
        unit.emitJump(.JUMP_BACKWARD, to: start)
        unit.bind(exhausted)
        if generator.isAsync != 0 { unit.emit(.END_ASYNC_FOR) }
    }
}
