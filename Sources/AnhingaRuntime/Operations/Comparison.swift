/// Rich comparison, dispatched as CPython's `do_richcompare`: the reflected
/// operation of the right operand first when its type is a proper subtype of
/// the left's, then the left's slot, then the reflected one; `==` and `!=`
/// fall back to identity, ordering raises TypeError.
extension Runtime {
    public func compare(_ a: Value, _ b: Value, _ op: CompareOperator) throws(PythonError) -> Value {
        if case .int(let x) = a, case .int(let y) = b { return .bool(op.holds(x, y)) }
        let leftType = typeOf(a)
        let rightType = typeOf(b)
        var checkedReflected = false
        if rightType !== leftType, rightType.isSubtype(of: leftType), let slot = rightType.slots.richCompare {
            checkedReflected = true
            let result = try slot(self, b, a, op.swapped)
            if case .notImplemented = result {} else { return result }
        }
        if let slot = leftType.slots.richCompare {
            let result = try slot(self, a, b, op)
            if case .notImplemented = result {} else { return result }
        }
        if !checkedReflected, let slot = rightType.slots.richCompare {
            let result = try slot(self, b, a, op.swapped)
            if case .notImplemented = result {} else { return result }
        }
        switch op {
        case .equal: return .bool(a.isIdentical(to: b))
        case .notEqual: return .bool(!a.isIdentical(to: b))
        default:
            throw PythonError(.typeError, "'\(op.symbol)' not supported between instances of "
                              + "'\(leftType.name)' and '\(rightType.name)'")
        }
    }

    /// `a < b` as a Bool (what sorting needs).
    public func isLess(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
        try isOrdered(a, b, .lessThan)
    }

    /// `a < b` or `a > b` (`op` is one of the two) as a bool: what sorting, `min` and
    /// `max` ask, with the quick paths for builtin kinds and exact tuples.
    func isOrdered(_ a: Value, _ b: Value, _ op: CompareOperator) throws(PythonError) -> Bool {
        // For int, float and str, `a > b` is exactly `b < a`.
        if let answer = op == .lessThan ? quickLess(a, b) : quickLess(b, a) { return answer }
        if case .object(let x) = a, case .object(let y) = b, x.type === types.tuple, y.type === types.tuple,
           let left = x as? PyTuple, let right = y as? PyTuple {
            return try tupleOrder(left.items, right.items, op)
        }
        return try isTrue(compare(a, b, op))
    }

    /// `a < b` for the pairs of exact builtin types sorting meets most (int, float,
    /// str), whose comparison calls no Python code; nil for any other pair.
    @inline(__always)
    private func quickLess(_ a: Value, _ b: Value) -> Bool? {
        // Matched one operand at a time: a `switch` over the pair would copy (retain) both.
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if case .float(let x) = a, case .float(let y) = b { return x < y }
        if case .object(let x) = a, case .object(let y) = b {
            guard x.type === types.str, y.type === types.str, Swift.type(of: x) == PyStr.self, Swift.type(of: y) == PyStr.self else { return nil }
            return unsafeDowncast(x, to: PyStr.self).compare(to: unsafeDowncast(y, to: PyStr.self)) < 0
        }
        return nil
    }

    /// `a == b` for the same pairs as `quickLess` (and identical values); nil otherwise.
    @inline(__always)
    private func quickEqual(_ a: Value, _ b: Value) -> Bool? {
        if a.isIdentical(to: b) { return true }  // identity implies equality in containers
        if case .int(let x) = a, case .int(let y) = b { return x == y }
        if case .float(let x) = a, case .float(let y) = b { return x == y }
        if case .object(let x) = a, case .object(let y) = b {
            guard x.type === types.str, y.type === types.str, Swift.type(of: x) == PyStr.self, Swift.type(of: y) == PyStr.self else { return nil }
            return unsafeDowncast(x, to: PyStr.self).hasSameText(as: unsafeDowncast(y, to: PyStr.self))
        }
        return nil
    }

    /// Tuple `<` or `>` as `compareSequences` does it, with the quick comparisons of the items.
    private func tupleOrder(_ a: [Value], _ b: [Value], _ op: CompareOperator) throws(PythonError) -> Bool {
        var index = 0
        while index < a.count && index < b.count {
            let x = a[index]
            let y = b[index]
            if let same = quickEqual(x, y) {
                if !same { break }
            } else if !x.isIdentical(to: y), try !equal(x, y) {
                break
            }
            index += 1
        }
        if index >= a.count || index >= b.count { return op == .lessThan ? a.count < b.count : a.count > b.count }
        if let answer = op == .lessThan ? quickLess(a[index], b[index]) : quickLess(b[index], a[index]) { return answer }
        return try isTrue(compare(a[index], b[index], op))
    }

    /// Compares two sequences item by item, as lists and tuples do.
    func compareSequences(_ a: [Value], _ b: [Value], _ op: CompareOperator) throws(PythonError) -> Value {
        if a.count != b.count && (op == .equal || op == .notEqual) { return .bool(op == .notEqual) }
        return try withRecursionCheck(" in comparison") { () throws(PythonError) -> Value in
            var index = 0
            while index < a.count && index < b.count {
                let x = a[index]
                let y = b[index]
                // Identity implies equality for containers, as in CPython.
                if !x.isIdentical(to: y), try !equal(x, y) { break }
                index += 1
            }
            if index >= a.count || index >= b.count { return .bool(op.holds(a.count, b.count)) }
            switch op {
            case .equal: return .bool(false)
            case .notEqual: return .bool(true)
            default: return try compare(a[index], b[index], op)
            }
        }
    }
}
