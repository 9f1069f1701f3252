/// Methods of `bytes` and `bytearray`. The search and split methods run the
/// `str` method of the same name on the Latin-1 reading of the bytes (one code
/// point per byte) and turn the results back into bytes; the case methods are
/// ASCII-only, as CPython's.
extension Runtime {
    // swiftlint:disable:next function_body_length
    func installBytesMethods() {
        for type in [types.bytes, types.bytearray] {
            let owner = type.name
            func this(_ rt: Runtime, _ args: Arguments, _ name: String) throws(PythonError) -> PyBytes {
                try rt.receiver(args, PyBytes.self, name, owner)
            }
            for name in ["split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex",
                         "count", "startswith", "endswith", "partition", "rpartition", "join", "center", "ljust", "rjust",
                         "zfill", "splitlines", "isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper"] {
                defineMethod(type, name) { (rt, args) throws(PythonError) -> Value in
                    let target = try this(rt, args, name)
                    guard let method = rt.types.str.dict?.entry(name, rt) else { throw rt.attributeError(args[0], rt.intern(name)) }
                    var converted: [Value] = []
                    for index in 0..<args.count { converted.append(try rt.bytesAsLatin1(args[index], method: name)) }
                    let result = try rt.callValues(method, converted, keywordNames: args.keywordNames)
                    return rt.latin1AsBytes(result, type: target.type)
                }
            }
            for (name, upper) in [("upper", true), ("lower", false)] {
                defineMethod(type, name) { (rt, args) throws(PythonError) -> Value in
                    let target = try this(rt, args, name)
                    return .object(PyBytes(type: target.type, bytes: target.bytes.map { byte in
                        if upper, byte >= 0x61 && byte <= 0x7A { return byte - 32 }
                        if !upper, byte >= 0x41 && byte <= 0x5A { return byte + 32 }
                        return byte
                    }))
                }
            }
            defineMethod(type, "swapcase") { (rt, args) throws(PythonError) -> Value in
                let target = try this(rt, args, "swapcase")
                return .object(PyBytes(type: target.type, bytes: target.bytes.map { byte in
                    if byte >= 0x61 && byte <= 0x7A { return byte - 32 }
                    if byte >= 0x41 && byte <= 0x5A { return byte + 32 }
                    return byte
                }))
            }
            // ASCII letters only, as CPython's bytes methods.
            func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
            func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
            defineMethod(type, "title") { (rt, args) throws(PythonError) -> Value in
                let target = try this(rt, args, "title")
                var previousCased = false
                return .object(PyBytes(type: target.type, bytes: target.bytes.map { byte in
                    let cased = isLower(byte) || isUpper(byte)
                    defer { previousCased = cased }
                    if previousCased { return isUpper(byte) ? byte + 32 : byte }
                    return isLower(byte) ? byte - 32 : byte
                }))
            }
            defineMethod(type, "capitalize") { (rt, args) throws(PythonError) -> Value in
                let target = try this(rt, args, "capitalize")
                return .object(PyBytes(type: target.type, bytes: target.bytes.enumerated().map { (index, byte) in
                    if index == 0 { return isLower(byte) ? byte - 32 : byte }
                    return isUpper(byte) ? byte + 32 : byte
                }))
            }
            defineMethod(type, "translate") { (rt, args) throws(PythonError) -> Value in
                let target = try this(rt, args, "translate")
                let bound = try ArgumentParser("translate", rt.droppingReceiver(args)).bind(["table", "delete"], required: 1)
                var table: [UInt8]?
                if let given = bound[0], !given.isIdentical(to: .none) {
                    guard let contents = try rt.bytesLikeContents(given) else {
                        throw PythonError(.typeError, "a bytes-like object is required, not '\(rt.typeName(given))'")
                    }
                    guard contents.count == 256 else { throw PythonError(.valueError, "translation table must be 256 characters long") }
                    table = contents
                }
                var deleted = [Bool](repeating: false, count: 256)
                if let delete = bound[1] {
                    guard let contents = try rt.bytesLikeContents(delete) else {
                        throw PythonError(.typeError, "a bytes-like object is required, not '\(rt.typeName(delete))'")
                    }
                    for byte in contents { deleted[Int(byte)] = true }
                }
                var result: [UInt8] = []
                result.reserveCapacity(target.bytes.count)
                for byte in target.bytes where !deleted[Int(byte)] { result.append(table?[Int(byte)] ?? byte) }
                return .object(PyBytes(type: target.type.isSubtype(of: rt.types.bytearray) ? rt.types.bytearray : rt.types.bytes, bytes: result))
            }
            let maketrans = builtinFunction("maketrans", owner: type) { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser("maketrans", args).exactly(2)
                var parts: [[UInt8]] = []
                for value in [args[0], args[1]] {
                    guard let contents = try rt.bytesLikeContents(value) else {
                        throw PythonError(.typeError, "a bytes-like object is required, not '\(rt.typeName(value))'")
                    }
                    parts.append(contents)
                }
                guard parts[0].count == parts[1].count else { throw PythonError(.valueError, "maketrans arguments must have same length") }
                var table = (0...255).map { UInt8($0) }
                for (from, to) in zip(parts[0], parts[1]) { table[Int(from)] = to }
                return .object(PyBytes(type: rt.types.bytes, bytes: table))
            }
            defineClassAttribute(type, "maketrans", .object(PyMethodWrapper(type: types.staticMethod, kind: .staticMethod, function: .object(maketrans))))
            defineMethod(type, "decode") { (rt, args) throws(PythonError) -> Value in
                let target = try this(rt, args, "decode")
                let bound = try ArgumentParser("decode", Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()),
                                                                    keywordNames: args.keywordNames)).bind(["encoding", "errors"], required: 0)
                let encoding = (bound[0]?.object as? PyStr)?.string ?? "utf-8"
                let errors = (bound[1]?.object as? PyStr)?.string ?? "strict"
                return .object(try rt.decode(target.bytes, encoding: encoding, errors: errors))
            }
            defineMethod(type, "hex") { (rt, args) throws(PythonError) -> Value in
                let target = try this(rt, args, "hex")
                return .object(rt.makeStr(try rt.hexText(target.bytes, rt.droppingReceiver(args))))
            }
            let fromhex = builtinFunction("fromhex", owner: type) { (rt, args) throws(PythonError) -> Value in
                guard args.count == 2, let text = args[1].object as? PyStr else {
                    throw PythonError(.typeError, "fromhex() argument must be str")
                }
                var bytes: [UInt8] = []
                var pending: UInt8?
                for (position, c) in text.codePoints.enumerated() {
                    if c == 0x20 && pending == nil { continue }
                    guard let digit = TextScanning.digitValue(c), digit < 16, c < 0x80 else {
                        throw PythonError(.valueError, "non-hexadecimal number found in fromhex() arg at position \(position)")
                    }
                    if let high = pending {
                        bytes.append(high << 4 | UInt8(digit))
                        pending = nil
                    } else {
                        pending = UInt8(digit)
                    }
                }
                if pending != nil {
                    throw PythonError(.valueError, "non-hexadecimal number found in fromhex() arg at position \(text.count)")
                }
                let made = args[0].object as? PyType ?? rt.types.bytes
                return .object(PyBytes(type: made, bytes: bytes))
            }
            defineClassAttribute(type, "fromhex", .object(PyMethodWrapper(type: types.classMethod, kind: .classMethod, function: .object(fromhex))))
        }
        let bytearray = types.bytearray
        defineMethod(bytearray, "append") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "append", 1, 1)
            let target = try rt.receiver(args, PyBytes.self, "append", "bytearray")
            let value = try rt.indexValue(args[1])
            guard (0...255).contains(value) else { throw PythonError(.valueError, "byte must be in range(0, 256)") }
            try rt.checkResizable(target)
            target.bytes.append(UInt8(value))
            return .none
        }
        defineMethod(bytearray, "extend") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "extend", 1, 1)
            let target = try rt.receiver(args, PyBytes.self, "extend", "bytearray")
            try rt.checkResizable(target)
            if let other = try rt.bytesLikeContents(args[1]) {
                target.bytes += other
                return .none
            }
            var added: [UInt8] = []
            for item in try rt.collect(args[1]) {
                let value = try rt.indexValue(item)
                guard (0...255).contains(value) else { throw PythonError(.valueError, "byte must be in range(0, 256)") }
                added.append(UInt8(value))
            }
            try rt.checkResizable(target)
            target.bytes += added
            return .none
        }
        func byteArgument(_ rt: Runtime, _ value: Value) throws(PythonError) -> UInt8 {
            let byte = try rt.indexValue(value)
            guard (0...255).contains(byte) else { throw PythonError(.valueError, "byte must be in range(0, 256)") }
            return UInt8(byte)
        }
        defineMethod(bytearray, "insert") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "insert", 2, 2)
            let target = try rt.receiver(args, PyBytes.self, "insert", "bytearray")
            var index = try rt.indexValue(args[1])
            let byte = try byteArgument(rt, args[2])
            // As list.insert: a position past either end is clamped to it.
            if index < 0 { index = max(0, index + target.bytes.count) }
            try rt.checkResizable(target)
            target.bytes.insert(byte, at: min(index, target.bytes.count))
            return .none
        }
        defineMethod(bytearray, "remove") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "remove", 1, 1)
            let target = try rt.receiver(args, PyBytes.self, "remove", "bytearray")
            let byte = try byteArgument(rt, args[1])
            guard let position = target.bytes.firstIndex(of: byte) else { throw PythonError(.valueError, "value not found in bytearray") }
            try rt.checkResizable(target)
            target.bytes.remove(at: position)
            return .none
        }
        defineMethod(bytearray, "reverse") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "reverse", 0, 0)
            try rt.receiver(args, PyBytes.self, "reverse", "bytearray").bytes.reverse()
            return .none
        }
        defineMethod(bytearray, "clear") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "clear", 0, 0)
            let target = try rt.receiver(args, PyBytes.self, "clear", "bytearray")
            try rt.checkResizable(target)
            target.bytes.removeAll()
            return .none
        }
        defineMethod(bytearray, "copy") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "copy", 0, 0)
            return .object(PyBytes(type: rt.types.bytearray, bytes: try rt.receiver(args, PyBytes.self, "copy", "bytearray").bytes))
        }
        defineMethod(bytearray, "pop") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "pop", 0, 1)
            let target = try rt.receiver(args, PyBytes.self, "pop", "bytearray")
            let index = try rt.popIndex(args, count: target.bytes.count, emptyMessage: "pop from empty bytearray")
            try rt.checkResizable(target)
            return .int(Int(target.bytes.remove(at: index)))
        }
    }

    /// `\xef`, `\u20ac`, `\U0001f40d`: how codec errors show a character.
    static func escaped(_ c: UInt32) -> String {
        let hex = String(c, radix: 16)
        if c < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if c < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// A bytes argument as the str of its Latin-1 reading (other values unchanged).
    func bytesAsLatin1(_ value: Value, method: String) throws(PythonError) -> Value {
        if let bytes = value.object as? PyBytes { return .object(makeStr(storage: .latin1(bytes.bytes))) }
        if let tuple = value.object as? PyTuple {
            var items: [Value] = []
            for item in tuple.items { items.append(try bytesAsLatin1(item, method: method)) }
            return .object(makeTuple(items))
        }
        if let list = value.object as? PyList, method == "join" {
            var items: [Value] = []
            for item in list.items { items.append(try bytesAsLatin1(item, method: method)) }
            return .object(makeList(items))
        }
        if value.object is PyStr {
            // CPython words it per method.
            switch method {
            case "count", "find", "rfind", "index", "rindex":
                throw PythonError(.typeError, "argument should be integer or bytes-like object, not 'str'")
            case "startswith", "endswith":
                throw PythonError(.typeError, "\(method) first arg must be bytes or a tuple of bytes, not str")
            default:
                throw PythonError(.typeError, "a bytes-like object is required, not 'str'")
            }
        }
        return value
    }

    /// Results of a str method turned back into bytes of `type`.
    func latin1AsBytes(_ value: Value, type: PyType) -> Value {
        if let text = value.object as? PyStr {
            return .object(PyBytes(type: type, bytes: text.codePoints.map { UInt8(truncatingIfNeeded: $0) }))
        }
        if let list = value.object as? PyList { return .object(makeList(list.items.map { latin1AsBytes($0, type: type) })) }
        if let tuple = value.object as? PyTuple { return .object(makeTuple(tuple.items.map { latin1AsBytes($0, type: type) })) }
        return value
    }
}
