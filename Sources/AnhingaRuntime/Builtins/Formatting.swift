/// `format()`, `str.format`, f-string fields and `ascii()`: the runtime side
/// of formatting. The format-spec mini-language itself lives in `Format/`.
extension Runtime {
    /// `format(value, spec)`.
    public func format(_ value: Value, spec: Value) throws(PythonError) -> PyStr {
        let specText: PyStr
        switch spec {
        case .none: specText = emptyString
        case .object(let object as PyStr): specText = object
        default: throw PythonError(.typeError, "format() argument 2 must be str, not \(typeName(spec))")
        }
        let type = typeOf(value)
        if type.isHeapType, let method = heapDunder(type, "__format__") {
            let result = try invokeMethod(method, receiver: value, [.object(specText)])
            guard let text = result.object as? PyStr else {
                throw PythonError(.typeError, "__format__ must return a str, not \(typeName(result))")
            }
            return text
        }
        return try formatBuiltin(value, spec: specText)
    }

    /// `int.__format__`, `float.__format__`, `str.__format__` called as methods (often through
    /// `super()` from a subclass's own `__format__`): the builtin formatting of the value,
    /// never the subclass's method again.
    func builtinFormatMethod(_ args: Arguments) throws(PythonError) -> Value {
        guard args.count == 2 else { throw PythonError(.typeError, "__format__() takes exactly one argument (\(max(args.count - 1, 0)) given)") }
        guard let spec = args[1].object as? PyStr else {
            throw PythonError(.typeError, "__format__() argument must be str, not \(typeName(args[1]))")
        }
        return .object(try formatBuiltin(args[0], spec: spec))
    }

    /// `str.format(*args, **kwargs)` and `format_map(mapping)`.
    func formatTemplate(_ template: PyStr, _ args: Arguments, mapping: Value? = nil) throws(PythonError) -> PyStr {
        var automatic = 0
        var usedAutomatic = false
        var usedManual = false
        return makeStr(codePoints: try expandTemplate(template.codePoints, args, mapping: mapping, depth: 0,
                                                     automatic: &automatic, usedAutomatic: &usedAutomatic,
                                                     usedManual: &usedManual))
    }

    // swiftlint:disable:next function_parameter_count
    private func expandTemplate(_ text: [UInt32], _ args: Arguments, mapping: Value?, depth: Int, automatic: inout Int,
                                usedAutomatic: inout Bool, usedManual: inout Bool) throws(PythonError) -> [UInt32] {
        if depth > 1 { throw PythonError(.valueError, "Max string recursion exceeded") }
        var result: [UInt32] = []
        var index = 0
        while index < text.count {
            let c = text[index]
            if c == 0x7D {  // }
                if index + 1 < text.count && text[index + 1] == 0x7D {
                    result.append(c)
                    index += 2
                    continue
                }
                throw PythonError(.valueError, "Single '}' encountered in format string")
            }
            guard c == 0x7B else {
                result.append(c)
                index += 1
                continue
            }
            if index + 1 < text.count && text[index + 1] == 0x7B {
                result.append(c)
                index += 2
                continue
            }
            // A replacement field: find its matching brace, counting nested ones.
            var nesting = 1
            var end = index + 1
            while end < text.count {
                if text[end] == 0x7B { nesting += 1 }
                if text[end] == 0x7D {
                    nesting -= 1
                    if nesting == 0 { break }
                }
                end += 1
            }
            guard end < text.count else {
                throw PythonError(.valueError, nesting > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string")
            }
            let field = Array(text[(index + 1)..<end])
            index = end + 1
            // field_name [! conversion] [: spec]
            var nameEnd = 0
            var bracket = false
            while nameEnd < field.count {
                let f = field[nameEnd]
                if f == 0x5B { bracket = true }
                if f == 0x5D { bracket = false }
                if !bracket && (f == 0x21 || f == 0x3A) { break }
                nameEnd += 1
            }
            let name = Array(field[..<nameEnd])
            var conversion: UInt32?
            var specStart = nameEnd
            if nameEnd < field.count && field[nameEnd] == 0x21 {
                guard nameEnd + 1 < field.count else {
                    throw PythonError(.valueError, "end of string while looking for conversion specifier")
                }
                conversion = field[nameEnd + 1]
                specStart = nameEnd + 2
                if specStart < field.count && field[specStart] != 0x3A {
                    throw PythonError(.valueError, "expected ':' after conversion specifier")
                }
            }
            var spec: [UInt32] = []
            if specStart < field.count && field[specStart] == 0x3A { spec = Array(field[(specStart + 1)...]) }
            var value = try resolveField(name, args, mapping: mapping, automatic: &automatic,
                                         usedAutomatic: &usedAutomatic, usedManual: &usedManual)
            switch conversion {
            case nil: break
            case 0x73?: value = .object(try str(value))
            case 0x72?: value = .object(try repr(value))
            case 0x61?: value = .object(try ascii(value))
            case let other?:
                throw PythonError(.valueError, "Unknown conversion specifier \(String(UnicodeScalar(other).map { Character($0) } ?? "?"))")
            }
            if spec.contains(0x7B) {
                spec = try expandTemplate(spec, args, mapping: mapping, depth: depth + 1, automatic: &automatic,
                                          usedAutomatic: &usedAutomatic, usedManual: &usedManual)
            }
            result.append(contentsOf: try format(value, spec: .object(makeStr(codePoints: spec))).codePoints)
        }
        return result
    }

    private func resolveField(_ name: [UInt32], _ args: Arguments, mapping: Value?, automatic: inout Int,
                              usedAutomatic: inout Bool, usedManual: inout Bool) throws(PythonError) -> Value {
        var end = 0
        while end < name.count && name[end] != 0x2E && name[end] != 0x5B { end += 1 }
        let first = Array(name[..<end])
        var value: Value
        if first.isEmpty {
            if usedManual { throw PythonError(.valueError, "cannot switch from manual field specification to automatic field numbering") }
            usedAutomatic = true
            guard automatic < args.positionalCount else {
                throw PythonError(.indexError, "Replacement index \(automatic) out of range for positional args tuple")
            }
            value = args[automatic]
            automatic += 1
        } else if first.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let position = Int(String(decoding: first.map { UInt8($0) }, as: UTF8.self)) {
            if usedAutomatic { throw PythonError(.valueError, "cannot switch from automatic field numbering to manual field specification") }
            usedManual = true
            guard position < args.positionalCount else {
                throw PythonError(.indexError, "Replacement index \(position) out of range for positional args tuple")
            }
            value = args[position]
        } else {
            let key = makeStr(codePoints: first)
            if let mapping {
                value = try getItem(mapping, .object(key))
            } else if let found = args.keyword(key.string) {
                value = found
            } else {
                throw keyError(.object(key))
            }
        }
        var index = end
        while index < name.count {
            if name[index] == 0x2E {
                var stop = index + 1
                while stop < name.count && name[stop] != 0x2E && name[stop] != 0x5B { stop += 1 }
                value = try getAttribute(value, intern(String(decoding: name[(index + 1)..<stop].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)))
                index = stop
            } else {
                var stop = index + 1
                while stop < name.count && name[stop] != 0x5D { stop += 1 }
                let keyText = Array(name[(index + 1)..<min(stop, name.count)])
                if keyText.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), !keyText.isEmpty,
                   let number = Int(String(decoding: keyText.map { UInt8($0) }, as: UTF8.self)) {
                    value = try getItem(value, .int(number))
                } else {
                    value = try getItem(value, .object(makeStr(codePoints: keyText)))
                }
                index = stop + 1
            }
        }
        return value
    }

    /// `ascii(value)`: the repr with non-ASCII characters escaped.
    func ascii(_ value: Value) throws(PythonError) -> PyStr {
        let text = try repr(value)
        if text.isASCII { return text }
        var result: [UInt32] = []
        for c in text.codePoints {
            if c < 0x80 {
                result.append(c)
                continue
            }
            let hex = String(c, radix: 16)
            let escape: String
            if c < 0x100 {
                escape = "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            } else if c < 0x10000 {
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                escape = "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
            result.append(contentsOf: escape.unicodeScalars.map(\.value))
        }
        return makeStr(codePoints: result)
    }
}
