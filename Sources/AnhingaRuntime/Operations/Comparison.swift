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
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        return try isTrue(compare(a, b, .lessThan))
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
