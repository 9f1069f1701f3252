/// The slots of `int` and `bool`. Each binary slot declines (`.notImplemented`)
/// unless both operands are ints, so `1 + 2.5` reaches float's slot.
enum IntSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.add = add
        slots.subtract = subtract
        slots.multiply = multiply
        slots.trueDivide = trueDivide
        slots.floorDivide = floorDivide
        slots.remainder = remainder
        slots.divmod = divmod
        slots.power = power
        slots.leftShift = leftShift
        slots.rightShift = rightShift
        slots.bitAnd = bitAnd
        slots.bitOr = bitOr
        slots.bitXor = bitXor
        slots.negative = negative
        slots.positive = positive
        slots.absolute = absolute
        slots.invert = invert
        slots.bool = isNonZero
        slots.int = positive
        slots.index = positive
        slots.float = toFloat
        slots.richCompare = richCompare
        slots.hash = hash
        slots.repr = repr
        return slots
    }

    /// `bool`: int's slots, but `&`, `|`, `^` of two bools stay bools and the repr is a word.
    static func makeBool() -> TypeSlots {
        var slots = make()
        slots.bitAnd = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            if case .bool(let x) = a, case .bool(let y) = b { return .bool(x && y) }
            return try bitAnd(rt, a, b)
        }
        slots.bitOr = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            if case .bool(let x) = a, case .bool(let y) = b { return .bool(x || y) }
            return try bitOr(rt, a, b)
        }
        slots.bitXor = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            if case .bool(let x) = a, case .bool(let y) = b { return .bool(x != y) }
            return try bitXor(rt, a, b)
        }
        slots.repr = { (rt: Runtime, value: Value) throws(PythonError) -> PyStr in
            if case .bool(let flag) = value { return rt.makeStr(flag ? "True" : "False") }
            return try repr(rt, value)
        }
        return slots
    }

    // MARK: Arithmetic
    // Each slot tries two inline ints first: building an `IntegerOperand`
    // (which can hold a BigInt) costs copies the common case does not need.

    static func add(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (result, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .int(result) }
        }
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return IntArithmetic.add(rt, x, y)
    }

    static func subtract(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (result, overflow) = x.subtractingReportingOverflow(y)
            if !overflow { return .int(result) }
        }
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return IntArithmetic.subtract(rt, x, y)
    }

    static func multiply(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (result, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return .int(result) }
        }
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return IntArithmetic.multiply(rt, x, y)
    }

    static func trueDivide(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return .float(try IntFloat.trueDivide(x, y))
    }

    static func floorDivide(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return try IntArithmetic.floorDivide(rt, x, y)
    }

    static func remainder(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return try IntArithmetic.remainder(rt, x, y)
    }

    static func divmod(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        let (quotient, remainder) = try IntArithmetic.divmod(rt, x, y)
        return .object(rt.makeTuple([quotient, remainder]))
    }

    static func power(_ rt: Runtime, _ a: Value, _ b: Value, _ modulus: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        if case .none = modulus { return try IntArithmetic.power(rt, x, y, modulus: nil) }
        guard let m = IntegerOperand(modulus) else { return .notImplemented }
        return try IntArithmetic.power(rt, x, y, modulus: m)
    }

    static func leftShift(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return try IntBitwise.leftShift(rt, x, y)
    }

    static func rightShift(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return try IntBitwise.rightShift(rt, x, y)
    }

    static func bitAnd(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return IntBitwise.apply(.and, rt, x, y)
    }

    static func bitOr(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return IntBitwise.apply(.or, rt, x, y)
    }

    static func bitXor(_ rt: Runtime, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        return IntBitwise.apply(.xor, rt, x, y)
    }

    // MARK: Unary

    static func negative(_ rt: Runtime, _ a: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a) else { return .notImplemented }
        return IntArithmetic.negate(rt, x)
    }

    /// `+x`, `int(x)`, `operator.index(x)`: the plain int (a bool becomes 0 or 1).
    /// `+x`, `int(x)`, `x.__index__()`: a plain int, also for an instance of a subclass.
    static func positive(_ rt: Runtime, _ a: Value) throws(PythonError) -> Value {
        if case .bool(let flag) = a { return .int(flag ? 1 : 0) }
        if case .object(let object) = a, object.type !== rt.types.int, let operand = IntegerOperand(a) {
            return rt.makeInt(operand.bigValue)
        }
        return a
    }

    static func absolute(_ rt: Runtime, _ a: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a) else { return .notImplemented }
        return IntArithmetic.absolute(rt, x)
    }

    static func invert(_ rt: Runtime, _ a: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a) else { return .notImplemented }
        return IntBitwise.invert(rt, x)
    }

    static func isNonZero(_ rt: Runtime, _ a: Value) throws(PythonError) -> Bool {
        guard let x = IntegerOperand(a) else { return true }
        return !x.isZero
    }

    static func toFloat(_ rt: Runtime, _ a: Value) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a) else { return .notImplemented }
        return .float(try IntFloat.toDouble(x))
    }

    // MARK: Object protocol

    static func richCompare(_ rt: Runtime, _ a: Value, _ b: Value, _ op: CompareOperator) throws(PythonError) -> Value {
        guard let x = IntegerOperand(a), let y = IntegerOperand(b) else { return .notImplemented }
        switch (x, y) {
        case (.small(let p), .small(let q)): return .bool(op.holds(p, q))
        default: return .bool(op.holds(x.bigValue, y.bigValue))
        }
    }

    static func hash(_ rt: Runtime, _ a: Value) throws(PythonError) -> Int {
        switch IntegerOperand(a) {
        case .small(let x): return NumericHash.hash(x)
        case .big(let big): return NumericHash.hash(big)
        case nil: return 0
        }
    }

    static func repr(_ rt: Runtime, _ a: Value) throws(PythonError) -> PyStr {
        guard let x = IntegerOperand(a) else { return rt.emptyString }
        return rt.makeStr(try IntText.format(x, maximumDigits: rt.intMaxStrDigits))
    }
}
