/// Assignment and deletion targets: expressions re-read in a store or delete
/// context, with CPython's messages for the ones that cannot be targets.
extension Parser {
    /// `star_targets: star_target !',' | star_target (',' star_target)* [',']`
    func parseStarTargets() throws(SyntaxError) -> Expr {
        let start = current.range
        let first = try parseStarTarget()
        guard check(.comma) else { return first }
        var elements = [first]
        while accept(.comma) {
            guard startsExpression(currentKind) || check(.star) else { break }
            elements.append(try parseStarTarget())
        }
        return Expr(.tuple(elts: elements, ctx: .store), range: range(from: start))
    }

    /// `star_target: '*' (!'*' star_target) | target_with_star_atom`
    ///
    /// Parsed as an expression one level above comparisons (so `in` ends it) and
    /// then checked and converted.
    func parseStarTarget() throws(SyntaxError) -> Expr {
        if check(.star) {
            let start = current.range
            advance()
            if check(.star) { throw errorAtCurrent() }
            let inner = try parseStarTarget()
            return Expr(.starred(value: inner, ctx: .store), range: range(from: start))
        }
        let expr = try parseBitwiseOr()
        return try asTarget(expr, context: .store)
    }

    /// The first sub-expression of `expr` that cannot be a target in `context`, if any.
    func invalidTarget(_ expr: Expr, context: ExprContext) -> Expr? {
        switch expr.kind {
        case .name, .attribute, .subscript:
            return nil
        case .starred(let value, _):
            if context == .del { return expr }
            return invalidTarget(value, context: context)
        case .tuple(let elements, _), .list(let elements, _):
            for element in elements {
                if let bad = invalidTarget(element, context: context) { return bad }
            }
            return nil
        case .compare(let left, _, _) where context == .store:
            // `for x in y in z`: CPython blames the left side of the comparison.
            if let bad = invalidTarget(left, context: context) { return bad }
            return expr
        default:
            return expr
        }
    }

    /// `expr` with its context (and that of its elements) set to `context`, or CPython's error.
    func asTarget(_ expr: Expr, context: ExprContext) throws(SyntaxError) -> Expr {
        var result = expr
        switch expr.kind {
        case .name(let id, _):
            result.kind = .name(id: id, ctx: context)
        case .attribute(let value, let attr, _):
            result.kind = .attribute(value: value, attr: attr, ctx: context)
        case .subscript(let value, let slice, _):
            result.kind = .subscript(value: value, slice: slice, ctx: context)
        case .starred(let value, _) where context != .del:
            result.kind = .starred(value: try asTarget(value, context: context), ctx: context)
        case .tuple(let elements, _):
            var converted: [Expr] = []
            converted.reserveCapacity(elements.count)
            for element in elements { converted.append(try asTarget(element, context: context)) }
            result.kind = .tuple(elts: converted, ctx: context)
        case .list(let elements, _):
            var converted: [Expr] = []
            converted.reserveCapacity(elements.count)
            for element in elements { converted.append(try asTarget(element, context: context)) }
            result.kind = .list(elts: converted, ctx: context)
        default:
            let bad = invalidTarget(expr, context: context) ?? expr
            let verb = context == .del ? "delete" : "assign to"
            throw error("cannot \(verb) \(expressionName(bad))", at: bad.range)
        }
        return result
    }
}
