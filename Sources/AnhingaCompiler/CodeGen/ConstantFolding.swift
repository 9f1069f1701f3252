import AnhingaSyntax

/// The constant folding CPython's AST optimiser does before code generation,
/// as far as Anhinga needs it to produce the same constants: signs on number
/// literals (`-1` is one constant), and tuples of constants. Displays of three
/// or more constants use them too (a list or set extended from a constant), so
/// sets are built, and iterate, exactly as in CPython.
extension Compiler {
    /// The value `expr` folds to, or nil when it is not a constant expression.
    func foldedConstant(_ expr: Expr) -> CompilerConstant? {
        switch expr.kind {
        case .constant(let value, _):
            return CompilerConstant(value)
        case .unaryOp(let op, let operand):
            guard let value = foldedConstant(operand) else { return nil }
            switch (op, value) {
            case (.uSub, .int(let x)) where x != Int.min: return .int(-x)
            case (.uSub, .float(let d)): return .float(-d)
            case (.uSub, .complex(let real, let imag)): return .complex(real: -real, imag: -imag)
            case (.uAdd, .int), (.uAdd, .float), (.uAdd, .complex): return value
            case (.invert, .int(let x)): return .int(~x)
            default: return nil
            }
        case .tuple(let elements, .load):
            var items: [CompilerConstant] = []
            for element in elements {
                guard let item = foldedConstant(element) else { return nil }
                items.append(item)
            }
            return .tuple(items)
        default:
            return nil
        }
    }

    /// Emits a display of constants as CPython does; false when `elements` are not all constant.
    func compileConstantDisplay(_ elements: [Expr], kind: DisplayKind, alreadyPushed: Int) -> Bool {
        guard kind == .tuple ? !elements.isEmpty : elements.count > 2 else { return false }
        var items: [CompilerConstant] = []
        for element in elements {
            guard let item = foldedConstant(element) else { return false }
            items.append(item)
        }
        switch kind {
        case .tuple where alreadyPushed == 0:
            unit.emit(.LOAD_CONST, unit.constant(.tuple(items)))
        case .tuple, .list:
            unit.emit(.BUILD_LIST, alreadyPushed)
            unit.emit(.LOAD_CONST, unit.constant(.tuple(items)))
            unit.emit(.LIST_EXTEND, 1)
            if kind == .tuple { unit.emit(.LIST_TO_TUPLE) }
        case .set:
            unit.emit(.BUILD_SET, alreadyPushed)
            unit.emit(.LOAD_CONST, unit.constant(.frozenset(items)))
            unit.emit(.SET_UPDATE, 1)
        }
        return true
    }
}
