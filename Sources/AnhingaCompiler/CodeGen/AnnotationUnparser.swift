import AnhingaSyntax

/// The text `ast.unparse` gives an annotation: what `from __future__ import
/// annotations` stores instead of evaluating it. Covers the expressions
/// annotations are made of (names, attributes, subscripts, calls, operators,
/// constants, displays); others are reported as not compiled yet.
///
/// Precedence levels follow `ast.unparse`: a node is parenthesized when the
/// level its context requires is above its own.
struct AnnotationUnparser {
    enum Level: Int {
        case tuple = 1, test = 3, or, and, not, cmp, bor, bxor, band, shift, arith, term, factor, power,
             await, atom
        var next: Int { rawValue + 1 }
    }

    /// Bounds the recursion on nested annotations (the parser bounds nesting too).
    private static let maxDepth = 200

    func unparse(_ expr: Expr) throws(CompilerError) -> String {
        try text(expr, context: Level.test.rawValue, depth: 0)
    }

    private func unsupported(_ expr: Expr) -> CompilerError {
        CompilerError("not compiled yet: this annotation under 'from __future__ import annotations'",
                      line: Int(expr.range.lineno))
    }

    private func wrap(_ body: String, own: Level, context: Int) -> String {
        context > own.rawValue ? "(" + body + ")" : body
    }

    private func text(_ expr: Expr, context: Int, depth: Int) throws(CompilerError) -> String {
        guard depth < Self.maxDepth else { throw unsupported(expr) }
        let depth = depth + 1
        switch expr.kind {
        case .name(let id, _):
            return id
        case .constant(let value, _):
            switch value {
            case .ellipsis: return "..."
            case .float(let number) where number.isInfinite: return number < 0 ? "-1e309" : "1e309"
            default: return pythonRepr(value)
            }
        case .attribute(let value, let attr, _):
            var base = try text(value, context: Level.atom.rawValue, depth: depth)
            if case .constant(.int, _) = value.kind { base += " " }
            return base + "." + attr
        case .subscript(let value, let slice, _):
            let base = try text(value, context: Level.atom.rawValue, depth: depth)
            if case .tuple(let elements, _) = slice.kind, !elements.isEmpty {
                var items: [String] = []
                for element in elements { items.append(try text(element, context: Level.test.rawValue, depth: depth)) }
                return base + "[" + items.joined(separator: ", ") + (items.count == 1 ? "," : "") + "]"
            }
            return base + "[" + (try text(slice, context: Level.test.rawValue, depth: depth)) + "]"
        case .slice(let lower, let upper, let step):
            var result = try lower.map { (part: Expr) throws(CompilerError) in try text(part, context: Level.test.rawValue, depth: depth) } ?? ""
            result += ":"
            result += try upper.map { (part: Expr) throws(CompilerError) in try text(part, context: Level.test.rawValue, depth: depth) } ?? ""
            if let step { result += ":" + (try text(step, context: Level.test.rawValue, depth: depth)) }
            return result
        case .tuple(let elements, _):
            var items: [String] = []
            for element in elements { items.append(try text(element, context: Level.test.rawValue, depth: depth)) }
            let body = items.joined(separator: ", ") + (items.count == 1 ? "," : "")
            return elements.isEmpty || context > Level.tuple.rawValue ? "(" + body + ")" : body
        case .list(let elements, _):
            return "[" + (try joined(elements, depth: depth)) + "]"
        case .set(let elements):
            return "{" + (try joined(elements, depth: depth)) + "}"
        case .dict(let keys, let values):
            var items: [String] = []
            for (key, value) in zip(keys, values) {
                if let key {
                    items.append(try text(key, context: Level.test.rawValue, depth: depth) + ": "
                                 + text(value, context: Level.test.rawValue, depth: depth))
                } else {
                    items.append("**" + (try text(value, context: Level.bor.rawValue, depth: depth)))
                }
            }
            return "{" + items.joined(separator: ", ") + "}"
        case .starred(let value, _):
            return "*" + (try text(value, context: Level.bor.rawValue, depth: depth))
        case .call(let function, let args, let keywords):
            var items: [String] = []
            for arg in args { items.append(try text(arg, context: Level.test.rawValue, depth: depth)) }
            for keyword in keywords {
                let value = try text(keyword.value, context: Level.test.rawValue, depth: depth)
                items.append(keyword.arg.map { $0 + "=" + value } ?? "**" + value)
            }
            return try text(function, context: Level.atom.rawValue, depth: depth) + "(" + items.joined(separator: ", ") + ")"
        case .binOp(let left, let op, let right):
            let own = binaryLevel(op)
            let leftContext = op == .pow ? own.next : own.rawValue
            let rightContext = op == .pow ? own.rawValue : own.next
            let body = try text(left, context: leftContext, depth: depth) + " " + BinaryOperator.symbol(for: UInt32(op.rawValue))
                + " " + text(right, context: rightContext, depth: depth)
            return wrap(body, own: own, context: context)
        case .unaryOp(let op, let operand):
            let own: Level = op == .not ? .not : .factor
            let symbol = op == .not ? "not " : op == .invert ? "~" : op == .uAdd ? "+" : "-"
            return wrap(symbol + (try text(operand, context: own.rawValue, depth: depth)), own: own, context: context)
        case .boolOp(let op, let values):
            let own: Level = op == .and ? .and : .or
            var level = own.rawValue
            var items: [String] = []
            for value in values {
                level += 1
                items.append(try text(value, context: level, depth: depth))
            }
            return wrap(items.joined(separator: op == .and ? " and " : " or "), own: own, context: context)
        case .compare(let left, let ops, let comparators):
            var body = try text(left, context: Level.cmp.next, depth: depth)
            for (op, comparator) in zip(ops, comparators) {
                body += " " + comparisonSymbol(op) + " " + (try text(comparator, context: Level.cmp.next, depth: depth))
            }
            return wrap(body, own: .cmp, context: context)
        case .ifExp(let test, let body, let orelse):
            let result = try text(body, context: Level.test.next, depth: depth) + " if "
                + text(test, context: Level.test.next, depth: depth) + " else "
                + text(orelse, context: Level.test.rawValue, depth: depth)
            return wrap(result, own: .test, context: context)
        default:
            throw unsupported(expr)
        }
    }

    private func joined(_ elements: [Expr], depth: Int) throws(CompilerError) -> String {
        var items: [String] = []
        for element in elements { items.append(try text(element, context: Level.test.rawValue, depth: depth)) }
        return items.joined(separator: ", ")
    }

    private func binaryLevel(_ op: Operator) -> Level {
        switch op {
        case .bitOr: return .bor
        case .bitXor: return .bxor
        case .bitAnd: return .band
        case .lShift, .rShift: return .shift
        case .add, .sub: return .arith
        case .mult, .matMult, .div, .mod, .floorDiv: return .term
        case .pow: return .power
        }
    }

    private func comparisonSymbol(_ op: CmpOp) -> String {
        switch op {
        case .eq: return "=="
        case .notEq: return "!="
        case .lt: return "<"
        case .ltE: return "<="
        case .gt: return ">"
        case .gtE: return ">="
        case .is: return "is"
        case .isNot: return "is not"
        case .in: return "in"
        case .notIn: return "not in"
        }
    }
}
