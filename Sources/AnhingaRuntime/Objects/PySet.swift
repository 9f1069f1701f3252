/// A Python `set` or `frozenset`: a dict's table with the keys alone, so
/// sets keep the dict's hashing rules (Python `__hash__`/`__eq__`, which may raise).
public final class PySet: PyObject {
    let table: PyDict

    init(type: PyType, table: PyDict? = nil) {
        // The table is never seen by Python code, so its own type field does not matter.
        self.table = table ?? PyDict(type: type)
        super.init(type: type)
    }

    public var count: Int { table.count }
    var elements: [Value] { table.orderedEntries.map(\.key) }

    func add<H: KeyHashing>(_ value: Value, _ hashing: H) throws(PythonError) {
        try table.set(value, .none, hashing)
    }

    func contains<H: KeyHashing>(_ value: Value, _ hashing: H) throws(PythonError) -> Bool {
        try table.get(value, hashing) != nil
    }

    public override func forEachReference(_ body: (PyObject) -> Void) { body(table) }
}

enum SetSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PySet)?.count ?? 0 }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let set = a.object as? PySet else { return false }
            do throws(PythonError) {
                return try set.contains(b, rt)
            } catch {
                // `[1] in {1}`: an unhashable set element is looked up as a frozenset in CPython; here just False for sets.
                if let inner = b.object as? PySet, inner.type === rt.types.set {
                    let frozen = PySet(type: rt.types.frozenset)
                    for item in inner.elements { try frozen.add(item, rt) }
                    return try set.contains(.object(frozen), rt)
                }
                throw error
            }
        }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let set = a.object as? PySet else { return a }
            return .object(PyIterator(type: rt.types.iterator, source: .tuple(set.elements)))
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let set = a.object as? PySet else { return rt.emptyString }
            let name = set.type.name
            if set.count == 0 { return rt.makeStr(name + "()") }
            let identity = ObjectIdentifier(set)
            if rt.reprInProgress.contains(identity) { return rt.makeStr(name + "(...)") }
            rt.reprInProgress.append(identity)
            defer { rt.reprInProgress.removeLast() }
            var text = ""
            for (index, item) in set.elements.enumerated() {
                if index > 0 { text += ", " }
                text += try rt.repr(item).string
            }
            return rt.makeStr(set.type === rt.types.set ? "{" + text + "}" : name + "({" + text + "})")
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PySet, let y = b.object as? PySet else { return .notImplemented }
            func isSubset(_ p: PySet, _ q: PySet) throws(PythonError) -> Bool {
                if p.count > q.count { return false }
                for item in p.elements where try !q.contains(item, rt) { return false }
                return true
            }
            switch op {
            case .equal: return .bool(x.count == y.count ? try isSubset(x, y) : false)
            case .notEqual: return .bool(x.count == y.count ? try !isSubset(x, y) : true)
            case .lessOrEqual: return .bool(try isSubset(x, y))
            case .lessThan: return .bool(x.count < y.count ? try isSubset(x, y) : false)
            case .greaterOrEqual: return .bool(try isSubset(y, x))
            case .greaterThan: return .bool(y.count < x.count ? try isSubset(y, x) : false)
            }
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let set = a.object as? PySet, set.type !== rt.types.set else {
                throw PythonError(.typeError, "unhashable type: 'set'")
            }
            // CPython's frozenset hash: shuffled item hashes combined by xor, order-independent.
            var hash: UInt = 0
            for entry in set.table.orderedEntries {
                let h = UInt(bitPattern: entry.hash)
                hash ^= ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167
            }
            hash ^= (UInt(set.count) &+ 1) &* 1_927_868_237
            hash ^= (hash >> 11) ^ (hash >> 25)
            hash = hash &* 69069 &+ 907_133_923
            var result = Int(bitPattern: hash)
            if result == -1 { result = 590_923_713 }
            return result
        }
        slots.bitOr = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                for item in x.elements { try result.add(item, rt) }
                for item in y.elements { try result.add(item, rt) }
            }
        }
        slots.bitAnd = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                for item in x.elements where try y.contains(item, rt) { try result.add(item, rt) }
            }
        }
        slots.subtract = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                for item in x.elements where try !y.contains(item, rt) { try result.add(item, rt) }
            }
        }
        slots.bitXor = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                for item in x.elements where try !y.contains(item, rt) { try result.add(item, rt) }
                for item in y.elements where try !x.contains(item, rt) { try result.add(item, rt) }
            }
        }
        return slots
    }

    /// A binary set operation: the result has the left operand's type (set or frozenset).
    private static func combine(_ rt: Runtime, _ a: Value, _ b: Value,
                                _ body: (PySet, PySet, PySet) throws(PythonError) -> Void) throws(PythonError) -> Value {
        guard let x = a.object as? PySet, let y = b.object as? PySet else { return .notImplemented }
        let result = PySet(type: x.type === rt.types.frozenset ? rt.types.frozenset : rt.types.set)
        try body(x, y, result)
        return .object(result)
    }
}
