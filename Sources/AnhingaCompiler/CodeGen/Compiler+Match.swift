import AnhingaSyntax

/// The `match` statement. Each case matches a copy of the subject; a pattern
/// consumes its subject from the top of the stack. A failing test jumps to a
/// "pop n" label of the case's failure chain, which pops what the pattern had
/// pushed so far and continues with the next case. As in CPython, a captured
/// value waits on the stack (below the items the pattern still works on) and
/// the names are stored only once the whole pattern has matched, so a failed
/// case binds nothing; the guard runs after the stores.
extension Compiler {
    /// What a pattern being compiled has pushed above the case's base stack:
    /// the captured values (`stores`, the last one nearest the top), then
    /// `onTop` items still to be matched.
    final class PatternContext {
        var onTop = 0
        var stores: [String] = []
        var failPop: [Label] = []
        var depth: Int { onTop + stores.count }
    }

    func compileMatch(subject: Expr, cases: [MatchCase]) throws(CompilerError) {
        try compileExpression(subject)
        let end = unit.newLabel()
        for matchCase in cases {
            unit.location = matchCase.pattern.range
            let context = PatternContext()
            unit.emit(.COPY, 1)
            context.onTop = 1
            try compilePattern(matchCase.pattern, context)
            for name in context.stores.reversed() { try nameOp(name, .store) }
            if let guardExpression = matchCase.guard {
                try compileJumpIf(guardExpression, isTrue: false, to: failLabel(context, pops: 0))
            }
            unit.location = matchCase.pattern.range
            unit.emit(.POP_TOP)  // the subject
            for statement in matchCase.body { try compileStatement(statement) }
            unit.emitJump(.JUMP_FORWARD, to: end)
            emitFailChain(context)
        }
        unit.emit(.POP_TOP)
        unit.bind(end)
    }

    private func failLabel(_ context: PatternContext, pops: Int) -> Label {
        while context.failPop.count <= pops { context.failPop.append(unit.newLabel()) }
        return context.failPop[pops]
    }

    /// `pop n` … `pop 1`, `pop 0`: each label pops one item more than the next.
    private func emitFailChain(_ context: PatternContext) {
        for pops in context.failPop.indices.reversed() {
            unit.bind(context.failPop[pops])
            if pops > 0 { unit.emit(.POP_TOP) }
        }
    }

    /// Jumps to the failure chain when the bool on top is false (it is popped).
    private func failIfFalse(_ context: PatternContext) {
        unit.emitJump(.POP_JUMP_IF_FALSE, to: failLabel(context, pops: context.depth))
    }

    /// Moves the top of the stack `depth - 1` places down, keeping the order of the rest.
    private func rotate(_ depth: Int) {
        var count = depth
        while count > 1 {
            unit.emit(.SWAP, count)
            count -= 1
        }
    }

    /// The value on top is captured as `name` (or dropped, for `_`): it goes below the
    /// items still being matched, to be stored when the case has matched.
    private func capture(_ name: String?, _ context: PatternContext) {
        guard let name else {
            unit.emit(.POP_TOP)
            context.onTop -= 1
            return
        }
        rotate(context.onTop)
        context.onTop -= 1
        context.stores.append(name)
    }

    /// Reorders the `count` values on top (in the order `current`, the last on top) into
    /// the order `wanted` with swaps, simulated here.
    private func permute(_ current: [String], into wanted: [String]) {
        var stack = current
        let count = stack.count
        // Fill from the deepest position up; the swaps involve the top only.
        for position in 0..<count where stack[position] != wanted[position] {
            let top = count - 1
            if let found = stack.firstIndex(of: wanted[position]), found != top {
                unit.emit(.SWAP, count - found)
                stack.swapAt(found, top)
            }
            if position != top {
                unit.emit(.SWAP, count - position)
                stack.swapAt(position, top)
            }
        }
    }

    private func compilePattern(_ pattern: Pattern, _ context: PatternContext) throws(CompilerError) {
        let saved = unit.location
        unit.location = pattern.range
        defer { unit.location = saved }
        switch pattern.kind {
        case .matchValue(let value):
            try compileExpression(value)
            unit.emit(.COMPARE_OP, 2)
            context.onTop -= 1
            failIfFalse(context)
        case .matchSingleton(let value):
            unit.emit(.LOAD_CONST, unit.constant(CompilerConstant(value)))
            unit.emit(.IS_OP, 0)
            context.onTop -= 1
            failIfFalse(context)
        case .matchAs(let inner, let name):
            if let inner {
                if name != nil {
                    unit.emit(.COPY, 1)
                    context.onTop += 1
                }
                try compilePattern(inner, context)
            }
            if name != nil || inner == nil { capture(name, context) }
        case .matchStar(let name):
            capture(name, context)
        case .matchOr(let alternatives):
            let end = unit.newLabel()
            var canonical: [String]?
            // Items of the enclosing pattern between its captures and this subject.
            let between = context.onTop - 1
            for alternative in alternatives {
                let inner = PatternContext()
                unit.emit(.COPY, 1)
                inner.onTop = 1
                try compilePattern(alternative, inner)
                // Every alternative binds the same names: leave them in one order, then drop
                // this pattern's subject and put the captures below the enclosing items.
                let order = canonical ?? inner.stores
                canonical = order
                permute(["(subject)"] + inner.stores, into: order + ["(subject)"])
                unit.emit(.POP_TOP)
                if between > 0 {
                    for _ in order { rotate(between + order.count) }
                }
                unit.emitJump(.JUMP_FORWARD, to: end)
                emitFailChain(inner)
            }
            unit.emit(.POP_TOP)
            context.onTop -= 1
            unit.emitJump(.JUMP_FORWARD, to: failLabel(context, pops: context.depth))
            unit.bind(end)
            context.stores += canonical ?? []
        case .matchSequence(let patterns):
            try compileSequencePattern(patterns, context)
        case .matchMapping(let keys, let patterns, let rest):
            try compileMappingPattern(keys: keys, patterns: patterns, rest: rest, context)
        case .matchClass(let cls, let patterns, let attributes, let attributePatterns):
            try compileExpression(cls)
            let names = attributes.map { CompilerConstant.str(PyStringValue($0)) }
            unit.emit(.LOAD_CONST, unit.constant(.tuple(names)))
            unit.emit(.MATCH_CLASS, patterns.count)
            unit.emit(.COPY, 1)
            unit.emit(.LOAD_CONST, unit.constant(.none))
            unit.emit(.IS_OP, 1)
            failIfFalse(context)
            let all = patterns + attributePatterns
            unit.emit(.UNPACK_SEQUENCE, all.count)
            context.onTop += all.count - 1
            for sub in all { try compilePattern(sub, context) }
        }
    }

    private func compileSequencePattern(_ patterns: [Pattern], _ context: PatternContext) throws(CompilerError) {
        let starIndex = patterns.firstIndex { if case .matchStar = $0.kind { true } else { false } }
        unit.emit(.MATCH_SEQUENCE)
        failIfFalse(context)
        unit.emit(.GET_LEN)
        unit.emit(.LOAD_CONST, unit.constant(.int(starIndex == nil ? patterns.count : patterns.count - 1)))
        unit.emit(.COMPARE_OP, starIndex == nil ? 2 : 5)
        failIfFalse(context)
        if let starIndex {
            let after = patterns.count - starIndex - 1
            guard starIndex < 256, after < (1 << 23) else {
                throw CompilerError("too many sub-patterns in a sequence pattern", line: Int(unit.location.lineno))
            }
            unit.emit(.UNPACK_EX, starIndex | after << 8)
        } else {
            unit.emit(.UNPACK_SEQUENCE, patterns.count)
        }
        context.onTop += patterns.count - 1
        for sub in patterns { try compilePattern(sub, context) }
    }

    private func compileMappingPattern(keys: [Expr], patterns: [Pattern], rest: String?,
                                       _ context: PatternContext) throws(CompilerError) {
        unit.emit(.MATCH_MAPPING)
        failIfFalse(context)
        if keys.isEmpty && rest == nil {
            unit.emit(.POP_TOP)
            context.onTop -= 1
            return
        }
        if !keys.isEmpty {
            unit.emit(.GET_LEN)
            unit.emit(.LOAD_CONST, unit.constant(.int(keys.count)))
            unit.emit(.COMPARE_OP, 5)
            failIfFalse(context)
        }
        for key in keys { try compileExpression(key) }
        unit.emit(.BUILD_TUPLE, keys.count)
        context.onTop += 1
        unit.emit(.MATCH_KEYS)
        context.onTop += 1
        unit.emit(.COPY, 1)
        unit.emit(.LOAD_CONST, unit.constant(.none))
        unit.emit(.IS_OP, 1)
        failIfFalse(context)
        unit.emit(.UNPACK_SEQUENCE, keys.count)
        context.onTop += keys.count - 1
        for sub in patterns { try compilePattern(sub, context) }
        if let rest {
            unit.emit(.COPY_DICT_WITHOUT_KEYS)
            // The subject stays below the rest until the pattern is done.
            capture(rest, context)
        } else {
            unit.emit(.POP_TOP)
            context.onTop -= 1
        }
        unit.emit(.POP_TOP)
        context.onTop -= 1
    }
}
