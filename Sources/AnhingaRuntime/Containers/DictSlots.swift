/// The slots of `dict`.
enum DictSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PyDict)?.count ?? 0 }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            guard let dict = a.object as? PyDict else { return .notImplemented }
            if let value = try dict.get(key, rt) { return value }
            if dict.type.isHeapType, let missing = rt.heapDunder(dict.type, rt.intern("__missing__")) {
                return try rt.invokeMethod(missing, receiver: a, [key])
            }
            throw rt.keyError(key)
        }
        slots.setItem = { (rt: Runtime, a: Value, key: Value, value: Value?) throws(PythonError) in
            guard let dict = a.object as? PyDict else { return }
            if let value {
                try dict.set(key, value, rt)
            } else if try dict.remove(key, rt) == nil {
                throw rt.keyError(key)
            }
        }
        slots.contains = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Bool in
            guard let dict = a.object as? PyDict else { return false }
            return try dict.get(key, rt) != nil
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyDict, let y = b.object as? PyDict,
                  op == .equal || op == .notEqual else { return .notImplemented }
            let equal = try rt.withRecursionCheck(" in comparison") { () throws(PythonError) -> Bool in
                try rt.dictsEqual(x, y)
            }
            return .bool(equal == (op == .equal))
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let dict = a.object as? PyDict else { return rt.emptyString }
            let identity = ObjectIdentifier(dict)
            if rt.reprInProgress.contains(identity) { return rt.makeStr("{...}") }
            rt.reprInProgress.append(identity)
            defer { rt.reprInProgress.removeLast() }
            var text = "{"
            for (index, entry) in dict.orderedEntries.enumerated() {
                if index > 0 { text += ", " }
                text += try rt.repr(entry.key).string + ": " + rt.repr(entry.value).string
            }
            return rt.makeStr(text + "}")
        }
        return slots
    }
}

extension Runtime {
    public func makeDict() -> PyDict { PyDict(type: types.dict) }

    /// `KeyError(key)`: its one argument is the key itself, not a message.
    func keyError(_ key: Value) -> PythonError {
        PythonError(PyBaseException(type: types.exceptionType(.keyError), kind: .keyError, args: [key]))
    }

    func dictsEqual(_ x: PyDict, _ y: PyDict) throws(PythonError) -> Bool {
        if x.count != y.count { return false }
        for entry in x.orderedEntries {
            guard let other = try y.get(entry.key, self) else { return false }
            if !entry.value.isIdentical(to: other), try !equal(entry.value, other) { return false }
        }
        return true
    }
}
