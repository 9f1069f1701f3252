import AnhingaSyntax

extension CompileChecker {
    /// What compiling one pattern tracks: the names it binds so far and whether
    /// an irrefutable pattern is allowed here.
    struct PatternContext {
        var stores: [String] = []
        var allowIrrefutable: Bool
    }

    /// `match`: the subject, then each case's pattern, guard and body in order. A
    /// final `case _:` (with more than one case) is compiled without a pattern.
    func visitMatch(subject: Expr, cases: [MatchCase]) throws(SyntaxError) {
        try visit(subject)
        let hasDefault = cases.count > 1 && cases.last.map { isWildcard($0.pattern) } == true
        for (index, matchCase) in cases.enumerated() {
            let isDefault = hasDefault && index == cases.count - 1
            location = matchCase.pattern.range
            if !isDefault {
                var context = PatternContext(allowIrrefutable: matchCase.guard != nil || index == cases.count - 1)
                try visit(matchCase.pattern, &context)
            }
            if let guardExpr = matchCase.guard { try visit(guardExpr) }
            try visit(matchCase.body)
        }
    }

    private func isWildcard(_ pattern: Pattern) -> Bool {
        if case .matchAs(nil, nil) = pattern.kind { return true }
        return false
    }

    func visit(_ pattern: Pattern, _ context: inout PatternContext) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        location = pattern.range
        switch pattern.kind {
        case .matchValue(let value):
            try visit(value)
        case .matchSingleton:
            break
        case .matchSequence(let patterns):
            var starCount = 0
            for subpattern in patterns {
                guard case .matchStar = subpattern.kind else { continue }
                starCount += 1
                if starCount > 1 { throw error("multiple starred names in sequence pattern") }
            }
            for subpattern in patterns { try visitSubpattern(subpattern, &context) }
        case .matchMapping(let keys, let patterns, let rest):
            var seen = Set<MappingKey>()
            for key in keys {
                if let constant = MappingKey.fold(key) {
                    if !seen.insert(constant.key).inserted {
                        throw error("mapping pattern checks duplicate key (\(constant.repr))")
                    }
                } else if case .attribute = key.kind {
                    // Looked up when matching.
                } else {
                    throw error("mapping pattern keys may only match literals and attribute lookups")
                }
                try visit(key)
            }
            for subpattern in patterns { try visitSubpattern(subpattern, &context) }
            if let rest { try store(rest, &context) }
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            try checkClassPatternAttributes(kwdAttrs, kwdPatterns)
            location = pattern.range
            try visit(cls)
            for subpattern in patterns { try visitSubpattern(subpattern, &context) }
            for subpattern in kwdPatterns { try visitSubpattern(subpattern, &context) }
        case .matchStar(let name):
            if let name { try store(name, &context) }
        case .matchAs(let subpattern, let name):
            guard let subpattern else {
                if !context.allowIrrefutable {
                    if let name { throw error("name capture \(pythonStringRepr(name)) makes remaining patterns unreachable") }
                    throw error("wildcard makes remaining patterns unreachable")
                }
                if let name { try store(name, &context) }
                return
            }
            try visitSubpattern(subpattern, &context)
            if let name { try store(name, &context) }
        case .matchOr(let alternatives):
            try visitAlternatives(alternatives, &context)
        }
    }

    private func visitSubpattern(_ pattern: Pattern, _ context: inout PatternContext) throws(SyntaxError) {
        let allowIrrefutable = context.allowIrrefutable
        context.allowIrrefutable = true
        defer { context.allowIrrefutable = allowIrrefutable }
        try visit(pattern, &context)
    }

    /// Every alternative must bind the same names; only the last may be irrefutable.
    private func visitAlternatives(_ alternatives: [Pattern], _ context: inout PatternContext) throws(SyntaxError) {
        var control: [String]?
        for (index, alternative) in alternatives.enumerated() {
            var inner = PatternContext(allowIrrefutable: index == alternatives.count - 1 && context.allowIrrefutable)
            try visit(alternative, &inner)
            if let control {
                if control.count != inner.stores.count || !control.allSatisfy(inner.stores.contains) {
                    throw error("alternative patterns bind different names")
                }
            } else {
                control = inner.stores
            }
        }
        for name in control ?? [] { try store(name, &context) }
    }

    private func store(_ name: String, _ context: inout PatternContext) throws(SyntaxError) {
        try checkForbidden(name, .store)
        if context.stores.contains(name) {
            throw error("multiple assignments to name \(pythonStringRepr(name)) in pattern")
        }
        context.stores.append(name)
    }

    /// Keyword attributes of a class pattern, in CPython's order: each is checked
    /// for `__debug__`, then whether it comes again (reported at the repeat's pattern).
    private func checkClassPatternAttributes(_ attributes: [String], _ patterns: [Pattern]) throws(SyntaxError) {
        var nextUse = [Int?](repeating: nil, count: attributes.count)
        var laterUse: [String: Int] = [:]
        for index in attributes.indices.reversed() {
            nextUse[index] = laterUse[attributes[index]]
            laterUse[attributes[index]] = index
        }
        for (index, attribute) in attributes.enumerated() {
            if index < patterns.count { location = patterns[index].range }
            try checkForbidden(attribute, .store)
            if let repeated = nextUse[index] {
                if repeated < patterns.count { location = patterns[repeated].range }
                throw error("attribute name repeated in class pattern: \(attribute)")
            }
        }
    }
}
