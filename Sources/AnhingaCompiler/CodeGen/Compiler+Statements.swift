import AnhingaSyntax

extension Compiler {
    func compileStatement(_ statement: Stmt, interactive: Bool = false) throws(CompilerError) {
        unit.location = statement.range
        switch statement.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns, _):
            try compileFunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns,
                                   range: statement.range)
        case .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
            try compileFunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns,
                                   range: statement.range)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try compileClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators,
                                range: statement.range)
        case .return(let value):
            if let value {
                try compileExpression(value)
                try withUnwound(stopAtLoop: false, preserveTOS: true) { (_: FrameBlock?) throws(CompilerError) in
                    unit.location = statement.range
                    unit.emit(.RETURN_VALUE)
                }
            } else {
                try withUnwound(stopAtLoop: false, preserveTOS: false) { (_: FrameBlock?) throws(CompilerError) in
                    unit.location = statement.range
                    emitReturnNone()
                }
            }
        case .delete(let targets):
            for target in targets { try compileDelete(target) }
        case .assign(let targets, let value, _):
            try compileExpression(value)
            for (index, target) in targets.enumerated() {
                if index < targets.count - 1 { unit.emit(.COPY, 1) }
                try compileStore(target)
            }
        case .augAssign(let target, let op, let value):
            try compileAugmentedAssignment(target, op: op, value: value, range: statement.range)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnotatedAssignment(target, annotation: annotation, value: value, simple: simple != 0)
        case .for(let target, let iter, let body, let orelse, _):
            try compileFor(target: target, iter: iter, body: body, orelse: orelse, range: statement.range)
        case .asyncFor(let target, let iter, let body, let orelse, _):
            try compileAsyncFor(target: target, iter: iter, body: body, orelse: orelse)
        case .while(let test, let body, let orelse):
            try compileWhile(test: test, body: body, orelse: orelse)
        case .if(let test, let body, let orelse):
            let otherwise = unit.newLabel()
            let end = unit.newLabel()
            try compileJumpIf(test, isTrue: false, to: otherwise)
            for inner in body { try compileStatement(inner) }
            if !orelse.isEmpty { unit.emitJump(.JUMP_FORWARD, to: end) }
            unit.bind(otherwise)
            for inner in orelse { try compileStatement(inner) }
            unit.bind(end)
        case .with(let items, let body, _):
            try compileWith(items[...], body: body, isAsync: false, range: statement.range)
        case .asyncWith(let items, let body, _):
            try compileWith(items[...], body: body, isAsync: true, range: statement.range)
        case .match(let subject, let cases):
            try compileMatch(subject: subject, cases: cases)
        case .raise(let exc, let cause):
            var count = 0
            if let exc {
                try compileExpression(exc)
                count = 1
                if let cause {
                    try compileExpression(cause)
                    count = 2
                }
            }
            unit.location = statement.range
            unit.emit(.RAISE_VARARGS, count)
        case .try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
            } else {
                try compileTryFinally(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
            }
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try compileTryStar(body: body, handlers: handlers, orelse: orelse)
            } else {
                try compileTryFinally(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody,
                                      star: true)
            }
        case .assert(let test, let message):
            let end = unit.newLabel()
            try compileJumpIf(test, isTrue: true, to: end)
            // CPython 3.11 places the raise where compiling the test left the location:
            // at a comparison (under any `not`s), else at the statement.
            unit.location = comparisonRange(test) ?? statement.range
            unit.emit(.LOAD_ASSERTION_ERROR)
            if let message {
                unit.emit(.PUSH_NULL)
                try compileExpression(message)
                unit.location = comparisonRange(test) ?? statement.range
                unit.emit(.CALL, 1)
            }
            unit.emit(.RAISE_VARARGS, 1)
            unit.bind(end)
        case .import(let names):
            try compileImport(names)
        case .importFrom(let module, let names, let level):
            try compileImportFrom(module: module, names: names, level: level ?? 0)
        case .global, .nonlocal, .pass:
            unit.emit(.NOP)
        case .expr(let value):
            if interactive {
                try compileExpression(value)
                unit.emit(.PRINT_EXPR)
            } else if case .constant = value.kind {
                unit.emit(.NOP)  // a lone constant (a docstring-like string) does nothing
            } else {
                try compileExpression(value)
                unit.location = statement.range
                unit.emit(.POP_TOP)
            }
        case .break:
            try withUnwound(stopAtLoop: true, preserveTOS: false) { (loop: FrameBlock?) throws(CompilerError) in
                unit.location = statement.range
                switch loop {
                case .whileLoop(_, let exit)?:
                    unit.emitJump(.JUMP_FORWARD, to: exit)
                case .forLoop(_, let exit)?, .asyncForLoop(_, let exit)?:
                    unit.emit(.POP_TOP)  // the iterator
                    unit.emitJump(.JUMP_FORWARD, to: exit)
                default:
                    throw CompilerError("internal: 'break' outside loop", line: Int(statement.range.lineno))
                }
            }
        case .continue:
            try withUnwound(stopAtLoop: true, preserveTOS: false) { (loop: FrameBlock?) throws(CompilerError) in
                unit.location = statement.range
                switch loop {
                case .whileLoop(let start, _)?, .forLoop(let start, _)?, .asyncForLoop(let start, _)?:
                    unit.emitJump(.JUMP_BACKWARD, to: start)
                default:
                    throw CompilerError("internal: 'continue' not properly in loop", line: Int(statement.range.lineno))
                }
            }
        }
    }

    /// As CPython 3.11 places them: the load and store of the target at the
    /// target, the operation at the whole statement (what tracebacks underline).
    private func compileAugmentedAssignment(_ target: Expr, op: Operator, value: Expr,
                                            range: SourceRange) throws(CompilerError) {
        let operation = Int(op.rawValue) + Int(BinaryOperator.inplaceOffset)
        switch target.kind {
        case .name(let id, _):
            unit.location = target.range
            try nameOp(id, .load)
            try compileExpression(value)
            unit.location = range
            unit.emit(.BINARY_OP, operation)
            unit.location = target.range
            try nameOp(id, .store)
        case .attribute(let object, let attr, _):
            try compileExpression(object)
            unit.emit(.COPY, 1)
            unit.location = target.range
            unit.emit(.LOAD_ATTR, unit.cacheSlot(mangled(attr)))
            try compileExpression(value)
            unit.location = range
            unit.emit(.BINARY_OP, operation)
            unit.location = target.range
            unit.emit(.SWAP, 2)
            unit.emit(.STORE_ATTR, unit.cacheSlot(mangled(attr)))
        case .subscript(let object, let slice, _):
            try compileExpression(object)
            try compileExpression(slice)
            unit.location = target.range
            unit.emit(.COPY, 2)
            unit.emit(.COPY, 2)
            unit.emit(.BINARY_SUBSCR)
            try compileExpression(value)
            unit.location = range
            unit.emit(.BINARY_OP, operation)
            unit.location = target.range
            unit.emit(.SWAP, 3)
            unit.emit(.SWAP, 2)
            unit.emit(.STORE_SUBSCR)
        default:
            throw internalError("illegal augmented assignment target", target)
        }
    }

    private func compileAnnotatedAssignment(_ target: Expr, annotation: Expr, value: Expr?,
                                            simple: Bool) throws(CompilerError) {
        if let value {
            try compileExpression(value)
            try compileStore(target)
        }
        let annotationsAreEvaluated = unit.scope.kind == .module || unit.scope.kind == .class
        guard annotationsAreEvaluated else { return }
        if simple, case .name(let id, _) = target.kind {
            try emitAnnotationValue(annotation)
            unit.location = target.range
            unit.emit(.LOAD_NAME, unit.name("__annotations__"))
            unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(mangled(id)))))
            unit.emit(.STORE_SUBSCR)
            return
        }
        if value == nil {
            // `obj.attr: T` and `obj[key]: T` evaluate the object (and key) only.
            switch target.kind {
            case .attribute(let object, _, _):
                try compileExpression(object)
                unit.emit(.POP_TOP)
            case .subscript(let object, let slice, _):
                try compileExpression(object)
                unit.emit(.POP_TOP)
                try compileExpression(slice)
                unit.emit(.POP_TOP)
            default: break
            }
        }
        if !table.futureAnnotations {
            try compileExpression(annotation)
            unit.emit(.POP_TOP)
        }
    }

    private func compileWhile(test: Expr, body: [Stmt], orelse: [Stmt]) throws(CompilerError) {
        let start = unit.newLabel()
        let otherwise = unit.newLabel()
        let end = unit.newLabel()
        unit.bind(start)
        let alwaysTrue: Bool
        if case .constant(let value, _) = test.kind {
            switch value {
            case .bool(true), .ellipsis: alwaysTrue = true
            case .int(let number): alwaysTrue = number != 0
            case .str(let text): alwaysTrue = !text.codePoints.isEmpty
            default: alwaysTrue = false
            }
        } else {
            alwaysTrue = false
        }
        if !alwaysTrue { try compileJumpIf(test, isTrue: false, to: otherwise) }
        unit.frameBlocks.append(.whileLoop(start: start, exit: end))
        for statement in body { try compileStatement(statement) }
        unit.frameBlocks.removeLast()
        unit.location = test.range
        unit.emitJump(.JUMP_BACKWARD, to: start)
        unit.bind(otherwise)
        for statement in orelse { try compileStatement(statement) }
        unit.bind(end)
    }

    /// The range of the comparison `test` is, looking through `not`.
    private func comparisonRange(_ test: Expr) -> SourceRange? {
        switch test.kind {
        case .compare: return test.range
        case .unaryOp(.not, let operand): return comparisonRange(operand)
        default: return nil
        }
    }

    private func compileFor(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt],
                            range: SourceRange) throws(CompilerError) {
        let start = unit.newLabel()
        let exhausted = unit.newLabel()
        let end = unit.newLabel()
        try compileExpression(iter)
        // GET_ITER and FOR_ITER carry the whole statement's position, as in CPython 3.11.
        unit.location = range
        unit.emit(.GET_ITER)
        unit.bind(start)
        unit.emitJump(.FOR_ITER, to: exhausted)
        unit.frameBlocks.append(.forLoop(start: start, exit: end))
        try compileStore(target)
        for statement in body { try compileStatement(statement) }
        unit.frameBlocks.removeLast()
        unit.location = target.range
        unit.emitJump(.JUMP_BACKWARD, to: start)
        unit.bind(exhausted)
        for statement in orelse { try compileStatement(statement) }
        unit.bind(end)
    }

    /// `async for`: each `__anext__()` is awaited inside a try range whose
    /// handler (END_ASYNC_FOR) ends the loop on StopAsyncIteration.
    private func compileAsyncFor(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt]) throws(CompilerError) {
        let start = unit.newLabel()
        let exhausted = unit.newLabel()
        let end = unit.newLabel()
        try compileExpression(iter)
        unit.location = iter.range
        unit.emit(.GET_AITER)
        unit.bind(start)
        unit.pushHandler(.SETUP_FINALLY, to: exhausted)
        unit.emit(.GET_ANEXT)
        unit.emit(.LOAD_CONST, unit.constant(.none))
        emitDelegationLoop()
        unit.popHandler()
        unit.frameBlocks.append(.asyncForLoop(start: start, exit: end))
        try compileStore(target)
        for statement in body { try compileStatement(statement) }
        unit.frameBlocks.removeLast()
        unit.location = target.range
        unit.emitJump(.JUMP_BACKWARD, to: start)
        unit.bind(exhausted)
        unit.emit(.END_ASYNC_FOR)
        for statement in orelse { try compileStatement(statement) }
        unit.bind(end)
    }

    private func compileImport(_ names: [Alias]) throws(CompilerError) {
        for alias in names {
            unit.location = alias.range
            unit.emit(.LOAD_CONST, unit.constant(.int(0)))
            unit.emit(.LOAD_CONST, unit.constant(.none))
            unit.emit(.IMPORT_NAME, unit.name(alias.name))
            let components = alias.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if let asname = alias.asname {
                for component in components.dropFirst() {
                    unit.emit(.IMPORT_FROM, unit.name(component))
                    unit.emit(.SWAP, 2)
                    unit.emit(.POP_TOP)
                }
                try nameOp(asname, .store)
            } else {
                try nameOp(components.first ?? alias.name, .store)
            }
        }
    }

    private func compileImportFrom(module: String?, names: [Alias], level: Int) throws(CompilerError) {
        unit.emit(.LOAD_CONST, unit.constant(.int(level)))
        let fromList = names.map { CompilerConstant.str(PyStringValue($0.name)) }
        unit.emit(.LOAD_CONST, unit.constant(.tuple(fromList)))
        unit.emit(.IMPORT_NAME, unit.name(module ?? ""))
        if names.count == 1, names[0].name == "*" {
            unit.emit(.IMPORT_STAR)
            return
        }
        for alias in names {
            unit.location = alias.range
            unit.emit(.IMPORT_FROM, unit.name(alias.name))
            try nameOp(alias.asname ?? alias.name, .store)
        }
        unit.emit(.POP_TOP)
    }
}
