/// The slots of `str`.
enum StrSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.concat = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let x = a.object as? PyStr else { return .notImplemented }
            guard let y = b.object as? PyStr else {
                throw PythonError(.typeError, "can only concatenate str (not \"\(rt.typeName(b))\") to str")
            }
            return .object(rt.concatenate(x, y))
        }
        slots.repeatCount = { (rt: Runtime, a: Value, count: Int) throws(PythonError) -> Value in
            guard let x = a.object as? PyStr else { return .notImplemented }
            return .object(try rt.repeated(x, count))
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyStr, let y = b.object as? PyStr else { return .notImplemented }
            switch op {
            case .equal: return .bool(x.hasSameText(as: y))
            case .notEqual: return .bool(!x.hasSameText(as: y))
            default: return .bool(op.holds(x.compare(to: y), 0))
            }
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            (a.object as? PyStr)?.pythonHash ?? 0
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let x = a.object as? PyStr else { return rt.emptyString }
            return rt.reprStr(x)
        }
        slots.str = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            (a.object as? PyStr) ?? rt.emptyString
        }
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            (a.object as? PyStr)?.count ?? 0
        }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let haystack = a.object as? PyStr else { return false }
            guard let needle = b.object as? PyStr else {
                throw PythonError(.typeError, "'in <string>' requires string as left operand, not \(rt.typeName(b))")
            }
            return rt.contains(haystack, needle)
        }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            guard let s = a.object as? PyStr else { return .notImplemented }
            if let slice = key.object as? PySlice {
                return .object(rt.slice(s, try slice.indices(rt, length: s.count)))
            }
            let index = try rt.sequenceIndex(key, length: s.count, typeName: "string")
            return .object(rt.character(s, at: index))
        }
        return slots
    }
}
