import AnhingaSyntax

/// The `match` statement. Each case matches a copy of the subject; a pattern
/// consumes its subject from the top of the stack. A failing test jumps to a
/// "pop n" label of the case's failure chain, which pops what the pattern had
/// pushed so far and continues with the next case. Captured names are stored
/// as soon as they match (PEP 634 leaves bindings of a failed match unspecified).
extension Compiler {
    /// What a pattern being compiled has pushed above the case's base stack.
    final class PatternContext {
        var onTop = 0
        var failPop: [Label] = []
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
        unit.emitJump(.POP_JUMP_IF_FALSE, to: failLabel(context, pops: context.onTop))
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
            if let name {
                try nameOp(name, .store)
                context.onTop -= 1
            } else if inner == nil {
                unit.emit(.POP_TOP)
                context.onTop -= 1
            }
        case .matchStar(let name):
            if let name { try nameOp(name, .store) } else { unit.emit(.POP_TOP) }
            context.onTop -= 1
        case .matchOr(let alternatives):
            let end = unit.newLabel()
            for alternative in alternatives {
                let inner = PatternContext()
                unit.emit(.COPY, 1)
                inner.onTop = 1
                try compilePattern(alternative, inner)
                unit.emit(.POP_TOP)  // this pattern's subject
                unit.emitJump(.JUMP_FORWARD, to: end)
                emitFailChain(inner)
            }
            unit.emit(.POP_TOP)
            context.onTop -= 1
            unit.emitJump(.JUMP_FORWARD, to: failLabel(context, pops: context.onTop))
            unit.bind(end)
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
            try nameOp(rest, .store)
            context.onTop -= 1
        } else {
            unit.emit(.POP_TOP)
            context.onTop -= 1
        }
        unit.emit(.POP_TOP)
        context.onTop -= 1
    }
}
