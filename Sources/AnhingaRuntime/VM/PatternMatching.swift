/// The run-time half of `match` (PEP 634): the tests the compiler's pattern
/// code asks for. Sequence and mapping patterns go by the subject's class, as
/// CPython's type flags do: a subclass of list, tuple, range or memoryview is a sequence
/// (str, bytes and bytearray are not), a subclass of dict is a mapping.
extension Runtime {
    func isMatchSequence(_ subject: Value) -> Bool {
        let type = typeOf(subject)
        return type.isSubtype(of: types.list) || type.isSubtype(of: types.tuple) || type.isSubtype(of: types.range)
            || type.isSubtype(of: types.memoryview)
    }

    func isMatchMapping(_ subject: Value) -> Bool {
        typeOf(subject).isSubtype(of: types.dict)
    }

    /// The values of `keys` in the subject, as a tuple, or None when one is missing.
    /// Keys are looked up with the subject's own `get`, so a `__missing__` never runs.
    func matchKeys(_ subject: Value, _ keys: Value) throws(PythonError) -> Value {
        guard let keyTuple = keys.object as? PyTuple else { throw PythonError(.systemError, "MATCH_KEYS without a tuple of keys") }
        if keyTuple.items.isEmpty { return .object(makeTuple([])) }
        let getter = try getAttribute(subject, intern("get"))
        let missing = Value.object(PyInstance(type: types.object, dict: nil))
        let seen = makeDict()
        var values: [Value] = []
        values.reserveCapacity(keyTuple.items.count)
        for key in keyTuple.items {
            if try seen.get(key, self) != nil {
                throw PythonError(.valueError, "mapping pattern checks duplicate key (\(try repr(key).string))")
            }
            try seen.set(key, .none, self)
            let value = try callValues(getter, [key, missing])
            if value.isIdentical(to: missing) { return .none }
            values.append(value)
        }
        return .object(makeTuple(values))
    }

    /// `**rest` of a mapping pattern: a new dict of the subject's items without `keys`.
    func dictWithoutKeys(_ subject: Value, _ keys: Value) throws(PythonError) -> Value {
        let rest = makeDict()
        if let dict = subject.object as? PyDict {
            for entry in dict.orderedEntries { try rest.set(entry.key, entry.value, self) }
        }
        if let keyTuple = keys.object as? PyTuple {
            for key in keyTuple.items { _ = try rest.remove(key, self) }
        }
        return .object(rest)
    }

    /// A class pattern `cls(p1, …, pn, k1=…, …)`: the tuple of the n positional
    /// attributes (named by `cls.__match_args__`) and the keyword ones, or None
    /// when the subject is not an instance or lacks one of them.
    func matchClass(_ subject: Value, _ cls: Value, _ keywordNames: Value, positionalCount: Int) throws(PythonError) -> Value {
        guard let type = cls.object as? PyType else {
            throw PythonError(.typeError, "called match pattern must be a type")
        }
        guard try isInstance(subject, cls) else { return .none }
        var names: [Value] = []
        var matchesSelf = false
        if positionalCount > 0 {
            if let matchArgs = try findAttribute(cls, intern("__match_args__")) {
                guard let tuple = matchArgs.object as? PyTuple, typeOf(matchArgs).isSubtype(of: types.tuple) else {
                    throw PythonError(.typeError, "\(type.name).__match_args__ must be a tuple (got \(typeName(matchArgs)))")
                }
                names = tuple.items
            } else if matchesSelfPattern(type) {
                matchesSelf = true
            }
            let allowed = matchesSelf ? 1 : names.count
            if positionalCount > allowed {
                let plural = allowed == 1 ? "" : "s"
                throw PythonError(.typeError, "\(type.name)() accepts \(allowed) positional sub-pattern\(plural) (\(positionalCount) given)")
            }
            names = Array(names.prefix(positionalCount))
        }
        var attributes: [Value] = []
        var seen: [String] = []
        if matchesSelf { attributes.append(subject) }
        let keywords = (keywordNames.object as? PyTuple)?.items ?? []
        for name in names + keywords {
            guard let text = name.object as? PyStr, typeOf(name).isSubtype(of: types.str) else {
                throw PythonError(.typeError, "__match_args__ elements must be strings (got \(typeName(name)))")
            }
            if seen.contains(text.string) {
                throw PythonError(.typeError, "\(type.name)() got multiple sub-patterns for attribute \(try repr(name).string)")
            }
            seen.append(text.string)
            do {
                attributes.append(try getAttribute(subject, text))
            } catch where error.kind == .attributeError {
                return .none
            }
        }
        return .object(makeTuple(attributes))
    }

    /// The builtin classes whose single positional sub-pattern matches the subject itself (`int(x)`).
    private func matchesSelfPattern(_ type: PyType) -> Bool {
        let selfMatching = [types.bool, types.bytearray, types.bytes, types.dict, types.float, types.frozenset,
                            types.int, types.list, types.set, types.str, types.tuple]
        return selfMatching.contains { type.isSubtype(of: $0) }
    }
}
