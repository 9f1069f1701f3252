import BigInt

/// `int` arithmetic with Python's semantics: an `Int` fast path whose overflow
/// falls back to `BigInt`, floor division and modulo rounding toward negative
/// infinity (the remainder takes the divisor's sign), and CPython's messages.
enum IntArithmetic {
    static func add(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand) -> Value {
        if case .small(let x) = a, case .small(let y) = b {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .int(sum) }
        }
        return rt.makeInt(a.bigValue + b.bigValue)
    }

    static func subtract(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand) -> Value {
        if case .small(let x) = a, case .small(let y) = b {
            let (difference, overflow) = x.subtractingReportingOverflow(y)
            if !overflow { return .int(difference) }
        }
        return rt.makeInt(a.bigValue - b.bigValue)
    }

    static func multiply(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand) -> Value {
        if case .small(let x) = a, case .small(let y) = b {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return .int(product) }
        }
        return rt.makeInt(a.bigValue * b.bigValue)
    }

    static func negate(_ rt: Runtime, _ a: IntegerOperand) -> Value {
        if case .small(let x) = a, x != Int.min { return .int(-x) }
        return rt.makeInt(-a.bigValue)
    }

    static func absolute(_ rt: Runtime, _ a: IntegerOperand) -> Value {
        a.isNegative ? negate(rt, a) : rt.makeInt(a.bigValue)
    }

    /// `a // b` and `a % b` together, floored.
    static func divmod(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand,
                       zeroMessage: String = "integer division or modulo by zero")
        throws(PythonError) -> (quotient: Value, remainder: Value)
    {
        if b.isZero { throw PythonError(.zeroDivisionError, zeroMessage) }
        if case .small(let x) = a, case .small(let y) = b, !(x == Int.min && y == -1) {
            var quotient = x / y
            var remainder = x % y
            if remainder != 0 && (remainder < 0) != (y < 0) {
                quotient -= 1
                remainder += y
            }
            return (.int(quotient), .int(remainder))
        }
        let (quotient, remainder) = floorDivMod(a.bigValue, b.bigValue)
        return (rt.makeInt(quotient), rt.makeInt(remainder))
    }

    static func floorDivide(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand) throws(PythonError) -> Value {
        try divmod(rt, a, b).quotient
    }

    static func remainder(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand) throws(PythonError) -> Value {
        try divmod(rt, a, b, zeroMessage: "integer modulo by zero").remainder
    }

    /// Floored quotient and remainder of nonzero `b`.
    static func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        var (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
        if !remainder.isZero && (remainder < 0) != (b < 0) {
            quotient -= 1
            remainder += b
        }
        return (quotient, remainder)
    }

    /// `a ** b` (`modulus` nil) or `pow(a, b, modulus)`.
    static func power(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand,
                      modulus: IntegerOperand?) throws(PythonError) -> Value
    {
        if let modulus { return try modularPower(rt, a, b, modulus) }
        if b.isNegative {
            // A negative exponent makes a float, computed from the two as floats.
            let base = try IntFloat.toDouble(a)
            let exponent = try IntFloat.toDouble(b)
            return .float(try FloatArithmetic.power(base, exponent))
        }
        guard case .small(let exponent) = b else {
            // Only 0, 1 and -1 survive an exponent beyond Int.
            switch a {
            case .small(0), .small(1): return .int(a.bigValue == 0 ? 0 : 1)
            case .small(-1):
                let odd = b.bigValue.magnitude[bitAt: 0]
                return .int(odd ? -1 : 1)
            default: throw PythonError(.memoryError)
            }
        }
        if case .small(let base) = a, let result = smallPower(base, exponent) {
            return .int(result)
        }
        let base = a.bigValue
        // The result has about bitWidth * exponent bits; refuse what cannot fit in memory.
        let (bits, overflow) = base.magnitude.bitWidth.multipliedReportingOverflow(by: exponent)
        // (Bases 0 and ±1 never get here: their powers fit in Int.)
        if overflow || bits > maximumResultBits { throw PythonError(.memoryError) }
        return rt.makeInt(base.power(exponent))
    }

    /// The largest result, in bits, that arithmetic tries to build (2^36 bits = 8 GiB).
    static let maximumResultBits = 1 << 36

    /// `base ** exponent` by squaring, or nil when it leaves `Int`.
    private static func smallPower(_ base: Int, _ exponent: Int) -> Int? {
        var result = 1
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 {
                let (product, overflow) = result.multipliedReportingOverflow(by: factor)
                if overflow { return nil }
                result = product
            }
            remaining >>= 1
            if remaining > 0 {
                let (square, overflow) = factor.multipliedReportingOverflow(by: factor)
                if overflow { return nil }
                factor = square
            }
        }
        return result
    }

    private static func modularPower(_ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand,
                                     _ modulus: IntegerOperand) throws(PythonError) -> Value
    {
        if modulus.isZero { throw PythonError(.valueError, "pow() 3rd argument cannot be 0") }
        let m = modulus.bigValue
        let positiveModulus = BigInt(sign: .plus, magnitude: m.magnitude)
        var base = floorDivMod(a.bigValue, positiveModulus).1
        var exponent = b.bigValue
        if exponent < 0 {
            guard let inverse = base.inverse(positiveModulus) else {
                throw PythonError(.valueError, "base is not invertible for the given modulus")
            }
            base = inverse
            exponent = -exponent
        }
        var result = positiveModulus == 1 ? BigInt(0) : base.power(exponent, modulus: positiveModulus)
        result = floorDivMod(result, positiveModulus).1
        // The result takes the modulus's sign, as `%` does.
        if m < 0 && !result.isZero { result += m }
        return rt.makeInt(result)
    }
}
