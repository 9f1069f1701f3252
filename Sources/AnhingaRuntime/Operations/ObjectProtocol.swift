import AnhingaSyntax

/// The object protocol as the evaluation loop will call it: type, hash,
/// truth, repr and str of any value. Inline values are answered directly;
/// heap objects through their type's slots.
extension Runtime: KeyHashing {
    /// `type(value)`.
    @inlinable
    public func typeOf(_ value: Value) -> PyType {
        switch value {
        case .int: return types.int
        case .float: return types.float
        case .bool: return types.bool
        case .none: return types.none
        case .notImplemented: return types.notImplemented
        case .ellipsis, .null: return types.ellipsis
        case .object(let object): return object.type
        }
    }

    /// `hash(value)`.
    public func hash(_ value: Value) throws(PythonError) -> Int {
        switch value {
        case .int(let x): return NumericHash.hash(x)
        case .bool(let flag): return flag ? 1 : 0
        case .float(let d): return NumericHash.hash(d)
        // CPython hashes these singletons by address; any fixed values do.
        case .none: return 0x4E6F_6E65
        case .notImplemented: return 0x4E6F_7449
        case .ellipsis, .null: return 0x456C_6C69
        case .object(let object):
            if let str = object as? PyStr { return str.pythonHash }
            guard let slot = object.type.slots.hash else {
                throw PythonError(.typeError, "unhashable type: '\(object.type.name)'")
            }
            return try slot(self, value)
        }
    }

    /// `a == b` as a Bool (what dict look-ups and `in` need).
    public func equal(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x == y }
        return try isTrue(compare(a, b, .equal))
    }

    /// Identity or equality: how containers compare items (`in`, `index`, `count`).
    public func sameOrEqual(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
        if a.isIdentical(to: b) { return true }
        return try equal(a, b)
    }

    /// `bool(value)`.
    public func isTrue(_ value: Value) throws(PythonError) -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .int(let x): return x != 0
        case .float(let d): return d != 0
        case .none, .null: return false
        case .notImplemented, .ellipsis: return true
        case .object(let object):
            let type = object.type
            if let bool = type.slots.bool { return try bool(self, value) }
            if let length = type.slots.length { return try length(self, value) != 0 }
            return true
        }
    }

    /// `len(value)`.
    public func length(_ value: Value) throws(PythonError) -> Int {
        let type = typeOf(value)
        guard let slot = type.slots.length else {
            throw PythonError(.typeError, "object of type '\(type.name)' has no len()")
        }
        return try slot(self, value)
    }

    /// `repr(value)`.
    public func repr(_ value: Value) throws(PythonError) -> PyStr {
        switch value {
        case .object(let object):
            guard let slot = object.type.slots.repr else {
                return makeStr("<\(object.type.name) object at 0x\(String(object.identity, radix: 16))>")
            }
            return try withRecursionCheck(" while getting the repr of an object") { () throws(PythonError) in
                try slot(self, value)
            }
        case .int(let x):
            return makeStr(decimal: x)
        default:
            return makeStr(try inlineText(value))
        }
    }

    /// `str(value)`.
    public func str(_ value: Value) throws(PythonError) -> PyStr {
        switch value {
        case .object(let object):
            if let str = object as? PyStr, object.type === types.str { return str }
            if let slot = object.type.slots.str { return try slot(self, value) }
            // An instance of a str subclass without its own __str__: its text, as a plain str.
            if let str = object as? PyStr { return PyStr(type: types.str, storage: str.storage) }
            return try repr(value)
        case .int(let x):
            return makeStr(decimal: x)
        default:
            return makeStr(try inlineText(value))
        }
    }

    /// The repr (and str) of an inline value.
    private func inlineText(_ value: Value) throws(PythonError) -> String {
        switch value {
        case .int(let x): return String(x)
        case .float(let d): return pythonFloatRepr(d)
        case .bool(let flag): return flag ? "True" : "False"
        case .none: return "None"
        case .notImplemented: return "NotImplemented"
        case .ellipsis: return "Ellipsis"
        case .object, .null: return ""
        }
    }

    /// Python-level description of a value's type for messages: `'int'`.
    func typeName(_ value: Value) -> String { typeOf(value).name }
}
