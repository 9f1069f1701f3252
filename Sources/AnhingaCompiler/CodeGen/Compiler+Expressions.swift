import AnhingaSyntax

extension Compiler {
    /// Emits code that leaves the value of `expr` on the stack. Each node's
    /// instructions carry its own range (operands carry theirs), so a
    /// traceback can point at exactly the failing operation.
    func compileExpression(_ expr: Expr) throws(CompilerError) {
        let saved = unit.location
        unit.location = expr.range
        defer { unit.location = saved }
        switch expr.kind {
        case .boolOp(let op, let values):
            let end = unit.newLabel()
            for value in values.dropLast() {
                try compileExpression(value)
                unit.emitJump(op == .and ? .JUMP_IF_FALSE_OR_POP : .JUMP_IF_TRUE_OR_POP, to: end)
            }
            if let last = values.last { try compileExpression(last) }
            unit.bind(end)
        case .namedExpr(let target, let value):
            try compileExpression(value)
            unit.emit(.COPY, 1)
            try compileStore(target)
        case .binOp(let left, let op, let right):
            try compileExpression(left)
            try compileExpression(right)
            unit.emit(.BINARY_OP, Int(op.rawValue))
        case .unaryOp(let op, let operand):
            if let folded = foldedConstant(expr) {
                unit.emit(.LOAD_CONST, unit.constant(folded))
                return
            }
            try compileExpression(operand)
            unit.emit(.UNARY_OP, Int(op.rawValue))
        case .lambda(let args, let body):
            try compileLambda(args, body: body, range: expr.range)
        case .ifExp(let test, let body, let orelse):
            let otherwise = unit.newLabel()
            let end = unit.newLabel()
            try compileJumpIf(test, isTrue: false, to: otherwise)
            try compileExpression(body)
            unit.emitJump(.JUMP_FORWARD, to: end)
            unit.bind(otherwise)
            try compileExpression(orelse)
            unit.bind(end)
        case .dict(let keys, let values):
            try compileDictDisplay(keys: keys, values: values)
        case .set(let elements):
            try compileDisplay(elements, kind: .set)
        case .list(let elements, let context):
            guard context == .load else { throw internalError("list target compiled as a value", expr) }
            try compileDisplay(elements, kind: .list)
        case .tuple(let elements, let context):
            guard context == .load else { throw internalError("tuple target compiled as a value", expr) }
            try compileDisplay(elements, kind: .tuple)
        case .listComp(let element, let generators):
            try compileComprehension(.list, element: element, value: nil, generators: generators, range: expr.range)
        case .setComp(let element, let generators):
            try compileComprehension(.set, element: element, value: nil, generators: generators, range: expr.range)
        case .dictComp(let key, let value, let generators):
            try compileComprehension(.dict, element: key, value: value, generators: generators, range: expr.range)
        case .generatorExp(let element, let generators):
            try compileComprehension(.generator, element: element, value: nil, generators: generators,
                                     range: expr.range)
        case .await(let value):
            try compileExpression(value)
            unit.emit(.GET_AWAITABLE, 0)
            unit.emit(.LOAD_CONST, unit.constant(.none))
            emitDelegationLoop()
        case .yield(let value):
            if let value { try compileExpression(value) } else { unit.emit(.LOAD_CONST, unit.constant(.none)) }
            unit.emit(.YIELD_VALUE, 0)
        case .yieldFrom(let value):
            try compileExpression(value)
            unit.emit(.GET_YIELD_FROM_ITER)
            unit.emit(.LOAD_CONST, unit.constant(.none))
            emitDelegationLoop()
        case .compare(let left, let ops, let comparators):
            try compileComparison(left: left, ops: ops, comparators: comparators)
        case .call(let function, let args, let keywords):
            try compileCall(function, args: args, keywords: keywords)
        case .formattedValue(let value, let conversion, let formatSpec):
            try compileExpression(value)
            var flags = 0
            switch conversion {
            case 115: flags = 1  // !s
            case 114: flags = 2  // !r
            case 97: flags = 3   // !a
            default: flags = 0
            }
            if let formatSpec {
                try compileExpression(formatSpec)
                flags |= 4
            }
            unit.emit(.FORMAT_VALUE, flags)
        case .joinedStr(let values):
            if values.isEmpty {
                unit.emit(.LOAD_CONST, unit.constant(.str(PyStringValue(codePoints: []))))
            } else if values.count == 1, case .formattedValue = values[0].kind {
                try compileExpression(values[0])
            } else {
                for value in values { try compileExpression(value) }
                unit.emit(.BUILD_STRING, values.count)
            }
        case .constant(let value, _):
            unit.emit(.LOAD_CONST, unit.constant(CompilerConstant(value)))
        case .attribute(let value, let attr, let context):
            guard context == .load else { throw internalError("attribute target compiled as a value", expr) }
            try compileExpression(value)
            unit.location = expr.range
            unit.emit(.LOAD_ATTR, unit.cacheSlot(mangled(attr)))
        case .subscript(let value, let slice, let context):
            guard context == .load else { throw internalError("subscript target compiled as a value", expr) }
            try compileExpression(value)
            try compileExpression(slice)
            unit.emit(.BINARY_SUBSCR)
        case .starred:
            throw internalError("starred expression outside a display or call", expr)
        case .name(let id, let context):
            try nameOp(id, context)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper] {
                if let part { try compileExpression(part) } else { unit.emit(.LOAD_CONST, unit.constant(.none)) }
            }
            if let step { try compileExpression(step) }
            unit.emit(.BUILD_SLICE, step == nil ? 2 : 3)
        }
    }

    func internalError(_ message: String, _ expr: Expr) -> CompilerError {
        CompilerError("internal: \(message)", line: Int(expr.range.lineno))
    }

    /// `yield from` / `await`: `… receiver None` → `… result`. SEND leaves the loop
    /// when the receiver returns; each value it yields is passed up (YIELD_VALUE 1).
    func emitDelegationLoop() {
        let loop = unit.newLabel()
        let exit = unit.newLabel()
        unit.bind(loop)
        unit.emitJump(.SEND, to: exit)
        unit.emit(.YIELD_VALUE, 1)
        unit.emitJump(.JUMP_BACKWARD, to: loop)
        unit.bind(exit)
    }

    /// Jumps to `label` when `expr` is true (`isTrue`) or false, short-circuiting
    /// `and`, `or` and `not` without building their values.
    func compileJumpIf(_ expr: Expr, isTrue: Bool, to label: Label) throws(CompilerError) {
        switch expr.kind {
        case .unaryOp(.not, let operand):
            try compileJumpIf(operand, isTrue: !isTrue, to: label)
        case .boolOp(let op, let values) where !values.isEmpty:
            // `a and b` jumps on false as soon as one is false; on true only when the last is.
            let shortCircuitsOn = op == .or
            if shortCircuitsOn == isTrue {
                for value in values { try compileJumpIf(value, isTrue: isTrue, to: label) }
            } else {
                let next = unit.newLabel()
                for value in values.dropLast() { try compileJumpIf(value, isTrue: !isTrue, to: next) }
                if let last = values.last { try compileJumpIf(last, isTrue: isTrue, to: label) }
                unit.bind(next)
            }
        default:
            try compileExpression(expr)
            let saved = unit.location
            unit.location = expr.range
            unit.emitJump(isTrue ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, to: label)
            unit.location = saved
        }
    }

    func emitComparison(_ op: CmpOp) {
        switch op {
        case .lt: unit.emit(.COMPARE_OP, 0)
        case .ltE: unit.emit(.COMPARE_OP, 1)
        case .eq: unit.emit(.COMPARE_OP, 2)
        case .notEq: unit.emit(.COMPARE_OP, 3)
        case .gt: unit.emit(.COMPARE_OP, 4)
        case .gtE: unit.emit(.COMPARE_OP, 5)
        case .is: unit.emit(.IS_OP, 0)
        case .isNot: unit.emit(.IS_OP, 1)
        case .in: unit.emit(.CONTAINS_OP, 0)
        case .notIn: unit.emit(.CONTAINS_OP, 1)
        }
    }

    /// `a < b < c`: each middle operand is evaluated once and kept under the
    /// result until the next comparison; a false link ends the chain.
    private func compileComparison(left: Expr, ops: [CmpOp], comparators: [Expr]) throws(CompilerError) {
        try compileExpression(left)
        guard ops.count == comparators.count, let lastOp = ops.last, let lastOperand = comparators.last else { return }
        if ops.count == 1 {
            try compileExpression(lastOperand)
            emitComparison(lastOp)
            return
        }
        let cleanup = unit.newLabel()
        let end = unit.newLabel()
        for index in 0..<(ops.count - 1) {
            try compileExpression(comparators[index])
            unit.emit(.SWAP, 2)
            unit.emit(.COPY, 2)
            emitComparison(ops[index])
            unit.emitJump(.JUMP_IF_FALSE_OR_POP, to: cleanup)
        }
        try compileExpression(lastOperand)
        emitComparison(lastOp)
        unit.emitJump(.JUMP_FORWARD, to: end)
        unit.bind(cleanup)
        unit.emit(.SWAP, 2)
        unit.emit(.POP_TOP)
        unit.bind(end)
    }

    enum DisplayKind { case list, tuple, set }

    /// `[a, *b, c]`, `(a, *b)`, `{a, *b}`: plain elements build in one go; with a
    /// starred element, a list (or set) is built and extended, a tuple converted at the end.
    /// `alreadyPushed` items (from a call) are taken in front of the elements.
    func compileDisplay(_ elements: [Expr], kind: DisplayKind, alreadyPushed: Int = 0) throws(CompilerError) {
        if compileConstantDisplay(elements, kind: kind, alreadyPushed: alreadyPushed) { return }
        let hasStar = elements.contains { if case .starred = $0.kind { true } else { false } }
        if !hasStar {
            for element in elements { try compileExpression(element) }
            let count = elements.count + alreadyPushed
            switch kind {
            case .list: unit.emit(.BUILD_LIST, count)
            case .tuple: unit.emit(.BUILD_TUPLE, count)
            case .set: unit.emit(.BUILD_SET, count)
            }
            return
        }
        let isSet = kind == .set
        var pending = alreadyPushed
        var built = false
        for element in elements {
            if case .starred(let value, _) = element.kind {
                if !built {
                    unit.emit(isSet ? .BUILD_SET : .BUILD_LIST, pending)
                    built = true
                }
                try compileExpression(value)
                unit.emit(isSet ? .SET_UPDATE : .LIST_EXTEND, 1)
            } else {
                try compileExpression(element)
                if built { unit.emit(isSet ? .SET_ADD : .LIST_APPEND, 1) } else { pending += 1 }
            }
        }
        if kind == .tuple { unit.emit(.LIST_TO_TUPLE) }
    }

    /// `{k: v, **m}`: pairs build a dict; `**m` updates it.
    private func compileDictDisplay(keys: [Expr?], values: [Expr]) throws(CompilerError) {
        var pending = 0
        var built = false
        for (key, value) in zip(keys, values) {
            if let key {
                try compileExpression(key)
                try compileExpression(value)
                if built { unit.emit(.MAP_ADD, 1) } else { pending += 1 }
            } else {
                if !built {
                    unit.emit(.BUILD_MAP, pending)
                    built = true
                }
                try compileExpression(value)
                unit.emit(.DICT_UPDATE, 1)
            }
        }
        if !built { unit.emit(.BUILD_MAP, pending) }
    }
}
