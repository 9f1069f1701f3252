import BigInt

/// Connects `format()` and `%` to the format-spec engine in `Format/`: the
/// engine works on code points and knows no runtime values; this side picks
/// the engine for the value's type and turns `FormatError` into exceptions.
extension Runtime {
    func pythonError(_ error: FormatError) -> PythonError {
        switch error.kind {
        case .value: return PythonError(.valueError, error.message)
        case .overflow: return PythonError(.overflowError, error.message)
        case .type: return PythonError(.typeError, error.message)
        case .memory: return PythonError(.memoryError)
        }
    }

    /// `format(value, spec)` for the builtin types.
    func formatBuiltin(_ value: Value, spec: PyStr) throws(PythonError) -> PyStr {
        if spec.count == 0 { return try str(value) }
        let codePoints = spec.codePoints
        let typeName = self.typeName(value)
        do throws(FormatError) {
            switch value.plainFloat {
            case .int(let x):
                return makeStr(codePoints: try formatInteger(x, spec: codePoints, typeName: typeName))
            case .bool(let flag):
                return makeStr(codePoints: try formatInteger(flag ? 1 : 0, spec: codePoints, typeName: typeName))
            case .float(let d):
                return makeStr(codePoints: try formatFloat(d, spec: codePoints, typeName: typeName))
            case .object(let object):
                if let big = object as? PyInt {
                    let parsed = try FormatSpec.parse(codePoints, typeName: typeName, defaultType: 0x64)
                    return makeStr(codePoints: try formatBigInteger(big.value, parsed, typeName: typeName))
                }
                if let text = object as? PyStr {
                    return makeStr(codePoints: try formatString(text.codePoints, spec: codePoints, typeName: typeName))
                }
                if let complex = object as? PyComplex {
                    return makeStr(codePoints: try formatComplex(complex.real, complex.imag, spec: codePoints))
                }
            default:
                break
            }
        } catch {
            throw pythonError(error)
        }
        throw PythonError(.typeError, "unsupported format string passed to \(typeName).__format__")
    }

    private func formatBigInteger(_ big: BigInt, _ spec: FormatSpec, typeName: String) throws(FormatError) -> [UInt32] {
        let limit = intMaxStrDigits
        return try formatInteger(negative: big.sign == .minus && !big.isZero, digits: { (radix) throws(FormatError) -> String in
            let text = String(big.magnitude, radix: radix)
            if radix == 10 && limit > 0 && text.count > limit {
                throw FormatError("Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", kind: .value)
            }
            return text
        }, toDouble: { () -> Double? in
            guard let d = try? IntFloat.toDouble(.big(big)), d.isFinite else { return nil }
            return d
        }, spec, typeName: typeName)
    }

    /// Runs an engine call, its `FormatError` raised as the Python exception it names.
    func engine<T>(_ body: () throws(FormatError) -> T) throws(PythonError) -> T {
        do {
            return try body()
        } catch {
            throw pythonError(error)
        }
    }

    /// `bytes % values`: the str engine over the Latin-1 reading of the bytes, with the
    /// conversions of PEP 461 (`%s`/`%b` take bytes-like objects, `%r`/`%a` are `ascii()`,
    /// `%c` a byte), the result read back as bytes.
    func bytesPercentFormat(_ template: PyBytes, _ values: Value) throws(PythonError) -> [UInt8] {
        let text = try percentFormat(makeStr(storage: .latin1(template.bytes)), values, forBytes: true)
        return text.codePoints.map { UInt8(truncatingIfNeeded: $0) }
    }

    /// `template % values`, walking the engine's segments as `PercentFormat` describes.
    func percentFormat(_ template: PyStr, _ values: Value, forBytes: Bool = false) throws(PythonError) -> PyStr {
        let arguments: [Value]
        var single = false
        if let tuple = values.object as? PyTuple {
            arguments = tuple.items
        } else {
            arguments = [values]
            single = true
        }
        let mapping: Value? = single && !(values.object is PyStr) && !(values.object is PyBytes)
            && typeOf(values).slots.getItem != nil ? values : nil
        var next = 0
        func nextArgument() throws(PythonError) -> Value {
            guard next < arguments.count else { throw pythonError(PercentFormat.notEnoughArguments) }
            next += 1
            return arguments[next - 1]
        }
        func intArgument() throws(PythonError) -> Int? {
            let value = try nextArgument()
            guard let operand = IntegerOperand(value) else { throw pythonError(PercentFormat.starWantsInt) }
            if case .small(let x) = operand { return x }
            return nil
        }
        var result = TextBuilder(capacity: template.count + 8 * arguments.count)
        for segment in percentSegments(template) {
            var conversion: PercentConversion
            var malformed: PercentMalformed?
            switch segment {
            case .literal(let text):
                result.append(codePoints: text)
                continue
            case .conversion(let c): conversion = c
            case .malformed(let m):
                conversion = m.partial
                malformed = m
            }
            var value: Value?
            if conversion.key != nil || malformed?.inKey == true {
                guard let mapping else { throw pythonError(PercentFormat.requiresMapping) }
                if let malformed, malformed.inKey { throw pythonError(malformed.error) }
                let key = conversion.key ?? []
                // A bytes template looks its keys up as bytes.
                value = try getItem(mapping, forBytes ? .object(PyBytes(type: types.bytes, bytes: key.map { UInt8(truncatingIfNeeded: $0) }))
                                                      : .object(makeStr(codePoints: key)))
                next = arguments.count  // a key uses up the single argument
            }
            if conversion.widthFromArgument {
                let width = try intArgument()
                try engine { () throws(FormatError) in try conversion.setWidth(fromArgument: width) }
            }
            if conversion.precisionFromArgument {
                let precision = try intArgument()
                try engine { () throws(FormatError) in try conversion.setPrecision(fromArgument: precision) }
            }
            if let malformed { throw pythonError(malformed.error) }
            let argument: Value
            if let value { argument = value } else { argument = try nextArgument() }
            if forBytes {
                result.append(codePoints: try renderBytesConversion(conversion, argument))
            } else if !appendPlainConversion(conversion, argument, to: &result) {
                result.append(codePoints: try renderConversion(conversion, argument))
            }
        }
        if mapping == nil && next < arguments.count { throw pythonError(PercentFormat.notAllConverted) }
        return result.finish(self)
    }

    /// A conversion of a bytes template: as `renderConversion`, but strings are bytes.
    private func renderBytesConversion(_ c: PercentConversion, _ value: Value) throws(PythonError) -> [UInt32] {
        // `%b` is bytes' own spelling of `%s`.
        let kind = c.kind == .unsupported && c.type == 0x62 ? .string : c.kind
        switch kind {
        case .string:
            var bytes: [UInt8]
            if c.type == 0x72 || c.type == 0x61 {  // r a: ascii()
                bytes = try ascii(value).codePoints.map { UInt8(truncatingIfNeeded: $0) }
            } else if let contents = try bytesLikeContents(value) {
                bytes = contents
            } else if typeOf(value).isHeapType, let hook = heapDunder(typeOf(value), "__bytes__") {
                let made = try invokeMethod(hook, receiver: value, [])
                guard let madeBytes = made.object as? PyBytes else {
                    throw PythonError(.typeError, "__bytes__ returned non-bytes (type \(typeName(made)))")
                }
                bytes = madeBytes.bytes
            } else {
                throw PythonError(.typeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(value))'")
            }
            let codePoints = bytes.map { UInt32($0) }
            return try engine { () throws(FormatError) in try c.render(text: codePoints) }
        case .character:
            if let single = try bytesLikeContents(value) {
                guard single.count == 1 else { throw PythonError(.typeError, "%c requires an integer in range(256) or a single byte") }
                return try engine { () throws(FormatError) in try c.render(character: Int(single[0])) }
            }
            guard let operand = IntegerOperand(value) else {
                throw PythonError(.typeError, "%c requires an integer in range(256) or a single byte")
            }
            guard case .small(let code) = operand, (0..<256).contains(code) else { throw PythonError(.overflowError, "%c arg not in range(256)") }
            return try engine { () throws(FormatError) in try c.render(character: code) }
        default:
            return try renderConversion(c, value)
        }
    }

    /// The parsed template, remembered for the template seen last: a `%` in a loop
    /// formats with the same constant each time.
    private func percentSegments(_ template: PyStr) -> [PercentSegment] {
        if let (last, segments) = lastPercentTemplate, last === template { return segments }
        let segments = PercentFormat.parse(template.codePoints)
        lastPercentTemplate = (template, segments)
        return segments
    }

    /// The common `%s` of a str and `%d` of an int, with nothing to pad or sign,
    /// written straight into `result`; false for every other conversion.
    private func appendPlainConversion(_ c: PercentConversion, _ value: Value, to result: inout TextBuilder) -> Bool {
        guard c.isPlain else { return false }
        switch (c.type, value) {
        case (0x73, .object(let object)) where Swift.type(of: object) == PyStr.self && object.type === types.str:
            result.append(unsafeDowncast(object, to: PyStr.self))
            return true
        case (0x64, .int(let x)), (0x69, .int(let x)):
            result.append(decimal: x)
            return true
        default:
            return false
        }
    }

    private func renderConversion(_ c: PercentConversion, _ value: Value) throws(PythonError) -> [UInt32] {
        switch c.kind {
        case .unsupported:
            throw pythonError(c.unsupportedError)
        case .string:
            let text: PyStr
            switch c.type {
            case 0x72: text = try repr(value)
            case 0x61: text = try ascii(value)
            default: text = try str(value)
            }
            return try engine { () throws(FormatError) in try c.render(text: text.codePoints) }
        case .integer:
            var operand = IntegerOperand(value)
            if operand == nil, case .float(let d) = value, [0x64, 0x69, 0x75].contains(c.type) {
                operand = IntegerOperand(try IntFloat.fromDouble(self, d.rounded(.towardZero)))
            }
            if operand == nil, case .object(let object) = value, let slot = object.type.slots.index {
                operand = IntegerOperand(try slot(self, value))
            }
            guard let operand else {
                let name = String(UnicodeScalar(UInt8(truncatingIfNeeded: c.type)))
                let kind = [0x64, 0x69, 0x75].contains(c.type) ? "a real number" : "an integer"
                throw PythonError(.typeError, "%\(name) format: \(kind) is required, not \(typeName(value))")
            }
            switch operand {
            case .small(let x):
                return try engine { () throws(FormatError) in try c.render(integer: x) }
            case .big(let big):
                return try engine { () throws(FormatError) in
                    try c.render(negative: big.sign == .minus, digits: { (radix) throws(FormatError) -> String in
                        String(big.magnitude, radix: radix)
                    })
                }
            }
        case .float:
            guard case .float(let d) = try floatForFormatting(value) else {
                throw PythonError(.typeError, "must be real number, not \(typeName(value))")
            }
            return try engine { () throws(FormatError) in try c.render(float: d) }
        case .character:
            if let text = value.object as? PyStr {
                guard text.count == 1 else { throw pythonError(PercentConversion.characterRequiresIntOrChar) }
                return try engine { () throws(FormatError) in try c.render(character: Int(text[0])) }
            }
            guard let operand = IntegerOperand(value) else { throw pythonError(PercentConversion.characterRequiresIntOrChar) }
            let code: Int? = { if case .small(let x) = operand { return x } else { return nil } }()
            return try engine { () throws(FormatError) in try c.render(character: code) }
        }
    }

    /// The float `%f` and friends format: floats, ints, or what `__float__` gives.
    private func floatForFormatting(_ value: Value) throws(PythonError) -> Value {
        switch value {
        case .float: return value
        case .int, .bool: return try makeFloatValue(value)
        case .object(let object):
            if object is PyInt || object.type.slots.float != nil || object.type.slots.index != nil {
                return try makeFloatValue(value)
            }
            return .none
        default: return .none
        }
    }
}
