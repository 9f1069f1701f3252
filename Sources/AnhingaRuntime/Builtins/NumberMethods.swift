import BigInt

/// The methods and attributes of `int`, `float`, `complex` and `bool`.
extension Runtime {
    func installNumberMethods() {
        let int = types.int
        defineMethod(int, "bit_length") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1, let operand = IntegerOperand(args[0]) else { throw PythonError(.typeError, "bit_length() takes no arguments") }
            switch operand {
            case .small(let x): return .int(Int.bitWidth - x.magnitude.leadingZeroBitCount)
            case .big(let big): return .int(big.magnitude.bitWidth)
            }
        }
        defineMethod(int, "bit_count") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1, let operand = IntegerOperand(args[0]) else { throw PythonError(.typeError, "bit_count() takes no arguments") }
            switch operand {
            case .small(let x): return .int(x.magnitude.nonzeroBitCount)
            case .big(let big): return .int(big.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
            }
        }
        defineMethod(int, "conjugate") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1 else { throw PythonError(.typeError, "conjugate() takes no arguments") }
            return try rt.makeIntValue(args[0], base: nil)
        }
        defineMethod(int, "__index__") { (rt, args) throws(PythonError) -> Value in try rt.makeIntValue(args[0], base: nil) }
        defineMethod(int, "__int__") { (rt, args) throws(PythonError) -> Value in try rt.makeIntValue(args[0], base: nil) }
        defineMethod(int, "__format__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2 else { throw PythonError(.typeError, "__format__ takes 1 argument") }
            return .object(try rt.format(args[0], spec: args[1]))
        }
        defineMethod(int, "as_integer_ratio") { (rt, args) throws(PythonError) -> Value in
            .object(rt.makeTuple([try rt.makeIntValue(args[0], base: nil), .int(1)]))
        }
        defineAttribute(int, "real") { (rt, value) throws(PythonError) -> Value in try rt.makeIntValue(value, base: nil) }
        defineAttribute(int, "imag") { (rt, value) throws(PythonError) -> Value in .int(0) }
        defineAttribute(int, "numerator") { (rt, value) throws(PythonError) -> Value in try rt.makeIntValue(value, base: nil) }
        defineAttribute(int, "denominator") { (rt, value) throws(PythonError) -> Value in .int(1) }

        let float = types.float
        defineMethod(float, "is_integer") { (rt, args) throws(PythonError) -> Value in
            guard let d = args[0].floatPayload else { return .bool(false) }
            return .bool(d.isFinite && d.rounded(.towardZero) == d)
        }
        defineMethod(float, "as_integer_ratio") { (rt, args) throws(PythonError) -> Value in
            guard let d = args[0].floatPayload else { return .none }
            if d.isNaN { throw PythonError(.valueError, "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PythonError(.overflowError, "cannot convert Infinity to integer ratio") }
            if d == 0 { return .object(rt.makeTuple([.int(0), .int(1)])) }
            var numerator = BigInt(UInt64(d.magnitude.significand * 0x1p52))
            var exponent = Int(d.magnitude.exponent) - 52
            while exponent < 0 && numerator % 2 == 0 {
                numerator /= 2
                exponent += 1
            }
            if d < 0 { numerator = -numerator }
            if exponent >= 0 { return .object(rt.makeTuple([rt.makeInt(numerator << exponent), .int(1)])) }
            return .object(rt.makeTuple([rt.makeInt(numerator), rt.makeInt(BigInt(1) << -exponent)]))
        }
        defineMethod(float, "conjugate") { (rt, args) throws(PythonError) -> Value in args[0].plainFloat }
        defineMethod(float, "__format__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2 else { throw PythonError(.typeError, "__format__ takes 1 argument") }
            return .object(try rt.format(args[0], spec: args[1]))
        }
        defineMethod(float, "__int__") { (rt, args) throws(PythonError) -> Value in try rt.makeIntValue(args[0], base: nil) }
        defineMethod(float, "__float__") { (rt, args) throws(PythonError) -> Value in args[0].plainFloat }
        defineAttribute(float, "real") { (rt, value) throws(PythonError) -> Value in value.plainFloat }
        defineAttribute(float, "imag") { (rt, value) throws(PythonError) -> Value in .float(0) }

        let complex = types.complex
        defineAttribute(complex, "real") { (rt, value) throws(PythonError) -> Value in .float((value.object as? PyComplex)?.real ?? 0) }
        defineAttribute(complex, "imag") { (rt, value) throws(PythonError) -> Value in .float((value.object as? PyComplex)?.imag ?? 0) }
        defineMethod(complex, "conjugate") { (rt, args) throws(PythonError) -> Value in
            guard let c = args[0].object as? PyComplex else { return args[0] }
            return .object(PyComplex(type: rt.types.complex, real: c.real, imag: -c.imag))
        }
    }
}
