import AnhingaSyntax

extension Compiler {
    /// A call. `obj.m(args)` without `*`/`**` arguments uses LOAD_METHOD, so no
    /// bound method is made; otherwise the callable is followed by a NULL self.
    func compileCall(_ function: Expr, args: [Expr], keywords: [Keyword]) throws(CompilerError) {
        let callRange = unit.location
        if case .attribute(let object, let attr, .load) = function.kind, !hasUnpacking(args, keywords) {
            try compileExpression(object)
            unit.location = function.range
            unit.emit(.LOAD_METHOD, unit.cacheSlot(mangled(attr)))
            unit.location = callRange
        } else {
            try compileExpression(function)
            unit.emit(.PUSH_NULL)
        }
        try compileCallArguments(args, keywords: keywords)
    }

    func hasUnpacking(_ args: [Expr], _ keywords: [Keyword]) -> Bool {
        args.contains { if case .starred = $0.kind { true } else { false } } || keywords.contains { $0.arg == nil }
    }

    /// The arguments and the call itself, with `alreadyPushed` positional
    /// arguments on the stack already (a class's body function and name).
    func compileCallArguments(_ args: [Expr], keywords: [Keyword], alreadyPushed: Int = 0) throws(CompilerError) {
        let callRange = unit.location
        if !hasUnpacking(args, keywords) {
            for arg in args { try compileExpression(arg) }
            for keyword in keywords { try compileExpression(keyword.value) }
            unit.location = callRange
            let count = alreadyPushed + args.count + keywords.count
            if keywords.isEmpty {
                unit.emit(.CALL, count)
            } else {
                let names = keywords.map { CompilerConstant.str(PyStringValue($0.arg ?? "")) }
                unit.emit(.LOAD_CONST, unit.constant(.tuple(names)))
                unit.emit(.CALL_KW, count)
            }
            return
        }
        // f(*a, **k): a positional tuple and a keyword dict. A lone `*a` is passed as it
        // is (CALL_FUNCTION_EX makes the tuple), so its error names the function, as CPython's.
        if alreadyPushed == 0, args.count == 1, case .starred(let value, _) = args[0].kind {
            try compileExpression(value)
        } else {
            try compileDisplay(args, kind: .tuple, alreadyPushed: alreadyPushed)
        }
        var pending = 0
        var built = false
        func flush() {
            guard pending > 0 else { return }
            unit.emit(.BUILD_MAP, pending)
            if built { unit.emit(.DICT_MERGE, 1) }
            built = true
            pending = 0
        }
        for keyword in keywords {
            if let name = keyword.arg {
                unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(name))))
                try compileExpression(keyword.value)
                pending += 1
            } else {
                flush()
                if !built {
                    unit.emit(.BUILD_MAP, 0)
                    built = true
                }
                try compileExpression(keyword.value)
                unit.emit(.DICT_MERGE, 1)
            }
        }
        flush()
        unit.location = callRange
        unit.emit(.CALL_FUNCTION_EX, built ? 1 : 0)
    }

    /// Stores the value on top of the stack into an assignment target.
    func compileStore(_ target: Expr) throws(CompilerError) {
        let saved = unit.location
        unit.location = target.range
        defer { unit.location = saved }
        switch target.kind {
        case .name(let id, _):
            try nameOp(id, .store)
        case .attribute(let object, let attr, _):
            try compileExpression(object)
            unit.location = target.range
            unit.emit(.STORE_ATTR, unit.cacheSlot(mangled(attr)))
        case .subscript(let object, let slice, _):
            try compileExpression(object)
            try compileExpression(slice)
            unit.emit(.STORE_SUBSCR)
        case .tuple(let elements, _), .list(let elements, _):
            try compileUnpack(elements, range: target.range)
        case .starred(let value, _):
            try compileStore(value)
        default:
            throw internalError("cannot assign to this expression", target)
        }
    }

    private func compileUnpack(_ elements: [Expr], range: SourceRange) throws(CompilerError) {
        let starIndex = elements.firstIndex { if case .starred = $0.kind { true } else { false } }
        if let starIndex {
            let before = starIndex
            let after = elements.count - starIndex - 1
            guard before < 256, after < (1 << 23) else {
                throw CompilerError("too many expressions in star-unpacking assignment", line: Int(range.lineno))
            }
            unit.emit(.UNPACK_EX, before | after << 8)
        } else {
            unit.emit(.UNPACK_SEQUENCE, elements.count)
        }
        for element in elements { try compileStore(element) }
    }

    /// `del target`.
    func compileDelete(_ target: Expr) throws(CompilerError) {
        let saved = unit.location
        unit.location = target.range
        defer { unit.location = saved }
        switch target.kind {
        case .name(let id, _):
            try nameOp(id, .del)
        case .attribute(let object, let attr, _):
            try compileExpression(object)
            unit.location = target.range
            unit.emit(.DELETE_ATTR, unit.name(mangled(attr)))
        case .subscript(let object, let slice, _):
            try compileExpression(object)
            try compileExpression(slice)
            unit.emit(.DELETE_SUBSCR)
        case .tuple(let elements, _), .list(let elements, _):
            for element in elements { try compileDelete(element) }
        default:
            throw internalError("cannot delete this expression", target)
        }
    }
}
