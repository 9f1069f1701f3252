/// The binary operators, dispatched through slots as CPython does: the left
/// operand's slot, then the right's (first when the right's type is a proper
/// subtype of the left's), and `NotImplemented` from both is a TypeError.
public enum BinaryOperator: UInt8, CaseIterable, Sendable {
    case add, subtract, multiply, trueDivide, floorDivide, remainder, power
    case leftShift, rightShift, bitAnd, bitOr, bitXor, divmod

    /// How the operator is named in "unsupported operand type(s) for +".
    public var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .trueDivide: return "/"
        case .floorDivide: return "//"
        case .remainder: return "%"
        case .power: return "** or pow()"
        case .leftShift: return "<<"
        case .rightShift: return ">>"
        case .bitAnd: return "&"
        case .bitOr: return "|"
        case .bitXor: return "^"
        case .divmod: return "divmod()"
        }
    }
}

extension PyType {
    /// The slot for `op`. Reads the one field: copying the whole `TypeSlots`
    /// struct out of the type would retain every slot in it.
    @inline(__always)
    func binarySlot(_ op: BinaryOperator) -> BinarySlot? {
        switch op {
        case .add: return slots.add
        case .subtract: return slots.subtract
        case .multiply: return slots.multiply
        case .trueDivide: return slots.trueDivide
        case .floorDivide: return slots.floorDivide
        case .remainder: return slots.remainder
        case .leftShift: return slots.leftShift
        case .rightShift: return slots.rightShift
        case .bitAnd: return slots.bitAnd
        case .bitOr: return slots.bitOr
        case .bitXor: return slots.bitXor
        case .divmod: return slots.divmod
        case .power: return nil  // ternary: see `binaryPower`
        }
    }
}

extension Runtime {
    /// `a + b` and friends.
    public func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        // The fast path the evaluation loop will inline: two small ints.
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (sum, overflow) = x.addingReportingOverflow(y)
                if !overflow { return .int(sum) }
            case .subtract:
                let (difference, overflow) = x.subtractingReportingOverflow(y)
                if !overflow { return .int(difference) }
            default: break
            }
        }
        let leftType = typeOf(a)
        let rightType = typeOf(b)
        if op == .power { return try binaryPower(a, b, leftType, rightType) }
        let leftSlot = leftType.binarySlot(op)
        let rightSlot = rightType === leftType ? nil : rightType.binarySlot(op)
        if let rightSlot, rightType.isSubtype(of: leftType) {
            let result = try rightSlot(self, a, b)
            if case .notImplemented = result {} else { return result }
            if let leftSlot {
                let result = try leftSlot(self, a, b)
                if case .notImplemented = result {} else { return result }
            }
        } else {
            if let leftSlot {
                let result = try leftSlot(self, a, b)
                if case .notImplemented = result {} else { return result }
            }
            if let rightSlot {
                let result = try rightSlot(self, a, b)
                if case .notImplemented = result {} else { return result }
            }
        }
        // Sequence fallbacks: concatenation and repetition.
        if op == .add, let concat = leftType.slots.concat {
            return try concat(self, a, b)
        }
        if op == .multiply {
            if let repeatCount = leftType.slots.repeatCount {
                guard let count = try repetitionCount(b) else {
                    throw PythonError(.typeError, "can't multiply sequence by non-int of type '\(rightType.name)'")
                }
                return try repeatCount(self, a, count)
            }
            if let repeatCount = rightType.slots.repeatCount {
                guard let count = try repetitionCount(a) else {
                    throw PythonError(.typeError, "can't multiply sequence by non-int of type '\(leftType.name)'")
                }
                return try repeatCount(self, b, count)
            }
        }
        throw PythonError(.typeError, "unsupported operand type(s) for \(op.symbol): "
                          + "'\(leftType.name)' and '\(rightType.name)'")
    }

    /// The int a sequence is multiplied by, clamped into `Int` (only its sign
    /// matters beyond memory), or nil when the value is not an int.
    private func repetitionCount(_ value: Value) throws(PythonError) -> Int? {
        guard let operand = IntegerOperand(value) else {
            // An object with __index__ counts as the int it gives.
            guard let index = typeOf(value).slots.index else { return nil }
            let result = try index(self, value)
            guard IntegerOperand(result) != nil else {
                throw PythonError(.typeError, "__index__ returned non-int (type \(typeName(result)))")
            }
            return try repetitionCount(result)
        }
        switch operand {
        case .small(let count): return count
        case .big(let big):
            if big < 0 { return 0 }
            throw PythonError(.overflowError, "cannot fit 'int' into an index-sized integer")
        }
    }

    /// `a ** b`: the same dispatch over the ternary slot, with no modulus.
    private func binaryPower(_ a: Value, _ b: Value, _ leftType: PyType, _ rightType: PyType) throws(PythonError) -> Value {
        let leftSlot = leftType.slots.power
        let rightSlot = rightType === leftType ? nil : rightType.slots.power
        let rightFirst = rightSlot != nil && rightType.isSubtype(of: leftType)
        for slot in rightFirst ? [rightSlot, leftSlot] : [leftSlot, rightSlot] {
            guard let slot else { continue }
            let result = try slot(self, a, b, .none)
            if case .notImplemented = result {} else { return result }
        }
        throw PythonError(.typeError, "unsupported operand type(s) for ** or pow(): "
                          + "'\(leftType.name)' and '\(rightType.name)'")
    }

    /// `pow(a, b, modulus)`.
    public func power(_ a: Value, _ b: Value, modulus: Value) throws(PythonError) -> Value {
        if case .none = modulus { return try binary(.power, a, b) }
        let type = typeOf(a)
        // As CPython's ternary dispatch: the slot of each operand's type in turn (a proper
        // subtype of the first before it), each type once.
        var candidates = [type]
        let second = typeOf(b)
        if second !== type {
            if second.isSubtype(of: type) { candidates.insert(second, at: 0) } else { candidates.append(second) }
        }
        let third = typeOf(modulus)
        if !candidates.contains(where: { $0 === third }) { candidates.append(third) }
        for candidate in candidates {
            // A class's __rpow__ takes no part in three-argument pow (CPython's slot_nb_power).
            if candidate !== type && candidate.isHeapType { continue }
            guard let slot = candidate.slots.power else { continue }
            let result = try slot(self, a, b, modulus)
            if case .notImplemented = result {} else { return result }
        }
        throw PythonError(.typeError, "unsupported operand type(s) for ** or pow(): "
                          + "'\(type.name)', '\(typeName(b))', '\(typeName(modulus))'")
    }

    /// Unary `-`, `+`, `~` and `abs()`.
    public enum UnaryOperator: Sendable { case negative, positive, invert, absolute }

    public func unary(_ op: UnaryOperator, _ value: Value) throws(PythonError) -> Value {
        if case .int(let x) = value, op == .negative, x != Int.min { return .int(-x) }
        let type = typeOf(value)
        let slot: UnarySlot?
        let symbol: String
        switch op {
        case .negative: slot = type.slots.negative; symbol = "unary -"
        case .positive: slot = type.slots.positive; symbol = "unary +"
        case .invert: slot = type.slots.invert; symbol = "unary ~"
        case .absolute: slot = type.slots.absolute; symbol = "abs()"
        }
        guard let slot else {
            throw PythonError(.typeError, "bad operand type for \(symbol): '\(type.name)'")
        }
        return try slot(self, value)
    }
}
