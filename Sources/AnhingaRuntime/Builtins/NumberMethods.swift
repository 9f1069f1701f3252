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
        defineMethod(int, "__format__") { (rt, args) throws(PythonError) -> Value in try rt.builtinFormatMethod(args) }
        defineMethod(int, "as_integer_ratio") { (rt, args) throws(PythonError) -> Value in
            .object(rt.makeTuple([try rt.makeIntValue(args[0], base: nil), .int(1)]))
        }
        defineAttribute(int, "real") { (rt, value) throws(PythonError) -> Value in try rt.makeIntValue(value, base: nil) }
        defineAttribute(int, "imag") { (rt, value) throws(PythonError) -> Value in .int(0) }
        defineAttribute(int, "numerator") { (rt, value) throws(PythonError) -> Value in try rt.makeIntValue(value, base: nil) }
        defineAttribute(int, "denominator") { (rt, value) throws(PythonError) -> Value in .int(1) }
        installIntBytesMethods()
        installRoundingMethods()

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
        defineMethod(float, "__format__") { (rt, args) throws(PythonError) -> Value in try rt.builtinFormatMethod(args) }
        defineMethod(float, "__int__") { (rt, args) throws(PythonError) -> Value in try rt.makeIntValue(args[0], base: nil) }
        defineMethod(float, "__float__") { (rt, args) throws(PythonError) -> Value in args[0].plainFloat }
        defineAttribute(float, "real") { (rt, value) throws(PythonError) -> Value in value.plainFloat }
        defineAttribute(float, "imag") { (rt, value) throws(PythonError) -> Value in .float(0) }
        defineMethod(float, "hex") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "float.hex", 0, 0)
            guard let d = args[0].floatPayload else { throw PythonError(.typeError, "descriptor 'hex' for 'float' objects doesn't apply to a '\(rt.typeName(args[0]))' object") }
            return .object(rt.makeStr(FloatHex.text(d)))
        }
        let fromhex = builtinFunction("fromhex", owner: float) { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("fromhex", args).exactly(2)
            guard let text = args[1].object as? PyStr else {
                throw PythonError(.typeError, "bad argument type for built-in operation")
            }
            let value = Value.float(try FloatHex.parse(text.codePoints))
            // cls.fromhex: a subclass is called with the float, as CPython does.
            if let cls = args[0].object as? PyType, cls !== rt.types.float { return try rt.callValues(.object(cls), [value]) }
            return value
        }
        defineClassAttribute(float, "fromhex", .object(PyMethodWrapper(type: types.classMethod, kind: .classMethod, function: .object(fromhex))))

        let complex = types.complex
        defineMethod(complex, "__format__") { (rt, args) throws(PythonError) -> Value in try rt.builtinFormatMethod(args) }
        defineAttribute(complex, "real") { (rt, value) throws(PythonError) -> Value in .float((value.object as? PyComplex)?.real ?? 0) }
        defineAttribute(complex, "imag") { (rt, value) throws(PythonError) -> Value in .float((value.object as? PyComplex)?.imag ?? 0) }
        defineMethod(complex, "conjugate") { (rt, args) throws(PythonError) -> Value in
            guard let c = args[0].object as? PyComplex else { return args[0] }
            return .object(PyComplex(type: rt.types.complex, real: c.real, imag: -c.imag))
        }
    }
}

extension Runtime {
    /// `int.to_bytes` and the class method `int.from_bytes`: two's complement when `signed`.
    fileprivate func installIntBytesMethods() {
        let int = types.int
        func byteOrder(_ rt: Runtime, _ value: Value?, _ method: String) throws(PythonError) -> Bool {
            guard let value else { return true }
            guard let text = value.object as? PyStr else {
                throw PythonError(.typeError, "\(method)() argument 'byteorder' must be str, not \(rt.typeName(value))")
            }
            switch text.string {
            case "big": return true
            case "little": return false
            default: throw PythonError(.valueError, "byteorder must be either 'little' or 'big'")
            }
        }
        defineMethod(int, "to_bytes") { (rt, args) throws(PythonError) -> Value in
            guard args.positionalCount > 0, let operand = IntegerOperand(args[0]) else {
                throw PythonError(.typeError, "descriptor 'to_bytes' for 'int' objects doesn't apply to a '\(rt.typeName(args.count > 0 ? args[0] : .none))' object")
            }
            let rest = Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()), keywordNames: args.keywordNames)
            let bound = try ArgumentParser("to_bytes", rest).bind(["length", "byteorder", "signed"], required: 0)
            let length = try bound[0].map { v throws(PythonError) in try rt.indexValue(v) } ?? 1
            if length < 0 { throw PythonError(.valueError, "length argument must be non-negative") }
            // Where CPython's allocation would fail, before Anhinga's would take the process down.
            if length > Int(Int32.max) { throw PythonError(.memoryError) }
            let bigEndian = try byteOrder(rt, bound[1], "to_bytes")
            let signed = try bound[2].map { v throws(PythonError) in try rt.isTrue(v) } ?? false
            var value: BigInt
            switch operand {
            case .small(let x): value = BigInt(x)
            case .big(let big): value = big
            }
            if value < 0 && !signed { throw PythonError(.overflowError, "can't convert negative int to unsigned") }
            let bitCount = length.multipliedReportingOverflow(by: 8)
            let tooBig = PythonError(.overflowError, "int too big to convert")
            // The bits the value needs (a sign bit included when signed) must fit in length bytes.
            let needed = value.magnitude.bitWidth + (signed ? 1 : 0)
            if value != 0 && !bitCount.overflow && needed > bitCount.partialValue {
                // -2^(8n-1) fits exactly: it needs no more bits than its magnitude has.
                let isMinimum = signed && value < 0 && value.magnitude == BigUInt(1) << (bitCount.partialValue - 1)
                if !isMinimum { throw tooBig }
            }
            if value < 0 { value += BigInt(1) << bitCount.partialValue }
            var bytes = [UInt8](repeating: 0, count: length)
            var magnitude = value.magnitude
            var position = 0
            while magnitude != 0 && position < length {
                bytes[position] = UInt8(truncatingIfNeeded: magnitude.words.first ?? 0)
                magnitude >>= 8
                position += 1
            }
            if bigEndian { bytes.reverse() }
            return .object(PyBytes(type: rt.types.bytes, bytes: bytes))
        }
        let fromBytes = builtinFunction("from_bytes", owner: int) { (rt, args) throws(PythonError) -> Value in
            let rest = Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()), keywordNames: args.keywordNames)
            let bound = try ArgumentParser("from_bytes", rest).bind(["bytes", "byteorder", "signed"], required: 1)
            let source = bound[0] ?? .none
            var bytes: [UInt8]
            if let contents = try rt.bytesLikeContents(source) {
                bytes = contents
            } else {
                guard let made = try rt.callValues(.object(rt.types.bytes), [source]).object as? PyBytes else { return .none }
                bytes = made.bytes
            }
            let bigEndian = try byteOrder(rt, bound[1], "from_bytes")
            let signed = try bound[2].map { v throws(PythonError) in try rt.isTrue(v) } ?? false
            if !bigEndian { bytes.reverse() }
            var magnitude = BigUInt(0)
            for byte in bytes { magnitude = (magnitude << 8) | BigUInt(byte) }
            var value = BigInt(magnitude)
            if signed, let first = bytes.first, first >= 0x80 { value -= BigInt(1) << (8 * bytes.count) }
            let result = rt.makeInt(value)
            // cls.from_bytes: a subclass is called with the int, as CPython does.
            if let cls = args.count > 0 ? args[0].object as? PyType : nil, cls !== rt.types.int { return try rt.callValues(.object(cls), [result]) }
            return result
        }
        defineClassAttribute(int, "from_bytes", .object(PyMethodWrapper(type: types.classMethod, kind: .classMethod, function: .object(fromBytes))))
    }
}

extension Runtime {
    /// `__round__`, `__trunc__`, `__floor__`, `__ceil__` of int and float: what `round()` and
    /// math's functions do with the plain value (so a subclass's override can reach them).
    fileprivate func installRoundingMethods() {
        func plain(_ rt: Runtime, _ value: Value, _ owner: PyType) throws(PythonError) -> Value {
            owner === rt.types.int ? try rt.makeIntValue(value, base: nil) : value.plainFloat
        }
        for owner in [types.int, types.float] {
            defineMethod(owner, "__round__") { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "__round__", 0, 1)
                guard let round = try rt.builtins.get(.object(rt.intern("round")), rt) else { return .none }
                let digits = args.count > 1 ? args[1] : .none
                return try rt.callValues(round, digits.isIdentical(to: .none) ? [try plain(rt, args[0], owner)]
                                                                              : [try plain(rt, args[0], owner), digits])
            }
            for (name, rule) in [("__trunc__", FloatingPointRoundingRule.towardZero), ("__floor__", .down), ("__ceil__", .up)] {
                defineMethod(owner, name) { (rt, args) throws(PythonError) -> Value in
                    try rt.expectArguments(args, name, 0, 0)
                    let value = try plain(rt, args[0], owner)
                    guard case .float(let d) = value else { return value }
                    if d.isNaN { throw PythonError(.valueError, "cannot convert float NaN to integer") }
                    if d.isInfinite { throw PythonError(.overflowError, "cannot convert float infinity to integer") }
                    return try IntFloat.fromDouble(rt, d.rounded(rule))
                }
            }
        }
    }
}
