/// The slots of `float`. Binary slots accept an int on either side (converted
/// exactly or with OverflowError), so `1 + 2.5` and `2.5 + 1` both land here.
enum FloatSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.add = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            return .float(x + y)
        }
        slots.subtract = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            return .float(x - y)
        }
        slots.multiply = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            return .float(x * y)
        }
        slots.trueDivide = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            return .float(try FloatArithmetic.trueDivide(x, y))
        }
        slots.floorDivide = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            return .float(try FloatArithmetic.floorDivide(x, y))
        }
        slots.remainder = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            return .float(try FloatArithmetic.remainder(x, y))
        }
        slots.divmod = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            let (quotient, remainder) = try FloatArithmetic.divmod(x, y)
            return .object(rt.makeTuple([.float(quotient), .float(remainder)]))
        }
        slots.power = { (rt: Runtime, a: Value, b: Value, modulus: Value) throws(PythonError) -> Value in
            guard case .none = modulus else {
                // Reached with a float among the three: refused once base and exponent are numbers.
                func isNumber(_ v: Value) -> Bool { v.floatPayload != nil || IntegerOperand(v) != nil }
                guard isNumber(a), isNumber(b) else { return .notImplemented }
                throw PythonError(.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
            }
            guard let (x, y) = try operands(a, b) else { return .notImplemented }
            if x < 0 && y.isFinite && y.rounded(.towardZero) != y {
                // A negative base to a fractional power is complex in Python 3.
                return ComplexSlots.power(rt, (x, 0), (y, 0))
            }
            return .float(try FloatArithmetic.power(x, y))
        }
        slots.negative = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let x = a.floatPayload else { return .notImplemented }
            return .float(-x)
        }
        slots.positive = { (rt: Runtime, a: Value) throws(PythonError) -> Value in a.plainFloat }
        slots.absolute = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let x = a.floatPayload else { return .notImplemented }
            return .float(x.magnitude)
        }
        slots.bool = { (rt: Runtime, a: Value) throws(PythonError) -> Bool in
            guard let x = a.floatPayload else { return true }
            return x != 0
        }
        slots.float = { (rt: Runtime, a: Value) throws(PythonError) -> Value in a.plainFloat }
        slots.int = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let x = a.floatPayload else { return .notImplemented }
            return try IntFloat.fromDouble(rt, x)
        }
        slots.richCompare = richCompare
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let x = a.floatPayload else { return 0 }
            return NumericHash.hash(x)
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let x = a.floatPayload else { return rt.emptyString }
            return rt.makeStr(FloatText.repr(x))
        }
        return slots
    }

    /// Both operands as doubles when at least one is a float and the other a
    /// float or an int; nil otherwise (the slot declines).
    @inline(__always)
    static func operands(_ a: Value, _ b: Value) throws(PythonError) -> (Double, Double)? {
        switch (a, b) {
        case (.float(let x), .float(let y)): return (x, y)
        case (.float(let x), .int(let y)): return (x, Double(y))
        case (.int(let x), .float(let y)): return (Double(x), y)
        case (.float(let x), _):
            guard let y = IntegerOperand(b) else { return b.floatPayload.map { (x, $0) } }
            return (x, try IntFloat.toDouble(y))
        case (_, .float(let y)):
            guard let x = IntegerOperand(a) else { return a.floatPayload.map { ($0, y) } }
            return (try IntFloat.toDouble(x), y)
        default:
            // An instance of a float subclass on either side: its value.
            guard a.floatPayload != nil || b.floatPayload != nil else { return nil }
            return try operands(a.plainFloat, b.plainFloat)
        }
    }

    /// Float comparisons, exact against ints of any size.
    static func richCompare(_ rt: Runtime, _ a: Value, _ b: Value, _ op: CompareOperator) throws(PythonError) -> Value {
        guard let x = a.floatPayload else { return .notImplemented }
        switch b.plainFloat {
        case .float(let y): return .bool(op.holds(x, y))
        default:
            guard let y = IntegerOperand(b) else { return .notImplemented }
            // compare(y, x) orders the int against the float; flip it for x against y.
            guard let order = IntFloat.compare(y, x) else { return .bool(op == .notEqual) }  // NaN
            return .bool(op.holds(0, order))
        }
    }
}
