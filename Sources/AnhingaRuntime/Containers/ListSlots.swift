/// The slots of `list` and `tuple`.
enum ListSlots {
    static func makeList() -> TypeSlots {
        var slots = TypeSlots()
        // Iteration reads the items directly, never through `__getitem__` (which a subclass may override).
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let list = a.object as? PyList else { return a }
            return .object(PyIterator(type: rt.types.listIterator, source: .list(list)))
        }
        slots.concat = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let x = a.object as? PyList else { return .notImplemented }
            guard let y = b.object as? PyList else {
                throw PythonError(.typeError, "can only concatenate list (not \"\(rt.typeName(b))\") to list")
            }
            return .object(rt.makeList(x.items + y.items))
        }
        slots.repeatCount = { (rt: Runtime, a: Value, count: Int) throws(PythonError) -> Value in
            guard let x = a.object as? PyList else { return .notImplemented }
            return .object(rt.makeList(try repeated(x.items, count)))
        }
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PyList)?.count ?? 0 }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyList, let y = b.object as? PyList else { return .notImplemented }
            return try rt.compareSequences(x.items, y.items, op)
        }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let x = a.object as? PyList else { return false }
            return try rt.sequenceContains(x.items, b)
        }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            guard let list = a.object as? PyList else { return .notImplemented }
            if let slice = key.object as? PySlice {
                return .object(rt.makeList(try slice.indices(rt, length: list.count).select(from: list.items)))
            }
            return list.items[try rt.sequenceIndex(key, length: list.count, typeName: "list")]
        }
        slots.setItem = setItem
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let list = a.object as? PyList else { return rt.emptyString }
            return rt.makeStr(try rt.reprOfItems(list, list.items, open: "[", close: "]"))
        }
        return slots
    }

    static func makeTuple() -> TypeSlots {
        var slots = TypeSlots()
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let tuple = a.object as? PyTuple else { return a }
            return .object(PyIterator(type: rt.types.tupleIterator, source: .tuple(tuple.items)))
        }
        slots.concat = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let x = a.object as? PyTuple else { return .notImplemented }
            guard let y = b.object as? PyTuple else {
                throw PythonError(.typeError, "can only concatenate tuple (not \"\(rt.typeName(b))\") to tuple")
            }
            return .object(rt.makeTuple(x.items + y.items))
        }
        slots.repeatCount = { (rt: Runtime, a: Value, count: Int) throws(PythonError) -> Value in
            guard let x = a.object as? PyTuple else { return .notImplemented }
            return .object(rt.makeTuple(try repeated(x.items, count)))
        }
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PyTuple)?.count ?? 0 }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyTuple, let y = b.object as? PyTuple else { return .notImplemented }
            return try rt.compareSequences(x.items, y.items, op)
        }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let x = a.object as? PyTuple else { return false }
            return try rt.sequenceContains(x.items, b)
        }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            guard let tuple = a.object as? PyTuple else { return .notImplemented }
            if let slice = key.object as? PySlice {
                return .object(rt.makeTuple(try slice.indices(rt, length: tuple.count).select(from: tuple.items)))
            }
            return tuple.items[try rt.sequenceIndex(key, length: tuple.count, typeName: "tuple")]
        }
        slots.hash = tupleHash
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let tuple = a.object as? PyTuple else { return rt.emptyString }
            if tuple.count == 1 {
                return rt.makeStr("(" + (try rt.repr(tuple.items[0]).string) + ",)")
            }
            return rt.makeStr(try rt.reprOfItems(tuple, tuple.items, open: "(", close: ")"))
        }
        return slots
    }

    private static func repeated(_ items: [Value], _ count: Int) throws(PythonError) -> [Value] {
        if count <= 0 || items.isEmpty { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: count)
        if overflow || total > Int(Int32.max) { throw PythonError(.memoryError) }
        var result: [Value] = []
        result.reserveCapacity(total)
        for _ in 0..<count { result.append(contentsOf: items) }
        return result
    }

    /// `list[key] = value` and `del list[key]` for int keys and simple slices.
    private static func setItem(_ rt: Runtime, _ a: Value, _ key: Value, _ value: Value?) throws(PythonError) {
        guard let list = a.object as? PyList else { return }
        if let slice = key.object as? PySlice {
            let indices = try slice.indices(rt, length: list.count)
            let replacement: [Value]
            switch value {
            case nil: replacement = []
            case .object(let other as PyList)?: replacement = other.items
            case .object(let other as PyTuple)?: replacement = other.items
            case let value?:
                let type = rt.typeOf(value)
                guard type.slots.iterate != nil || type.slots.getItem != nil else {
                    throw PythonError(.typeError, indices.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
                }
                replacement = try rt.collect(value)
            }
            if indices.step == 1 {
                let stop = max(indices.start, indices.start + indices.count)
                list.items.replaceSubrange(indices.start..<stop, with: replacement)
                return
            }
            if value == nil {
                // Delete from the highest index down so earlier indices stay valid.
                let positions = (0..<indices.count).map(indices.index).sorted(by: >)
                for position in positions { list.items.remove(at: position) }
                return
            }
            guard replacement.count == indices.count else {
                throw PythonError(.valueError, "attempt to assign sequence of size \(replacement.count) "
                                  + "to extended slice of size \(indices.count)")
            }
            for (offset, item) in replacement.enumerated() { list.items[indices.index(offset)] = item }
            return
        }
        guard let operand = try rt.indexOperand(key) else {
            throw PythonError(.typeError, "list indices must be integers or slices, not \(rt.typeName(key))")
        }
        guard case .small(var index) = operand else {
            throw PythonError(.indexError, "cannot fit 'int' into an index-sized integer")
        }
        if index < 0 { index += list.count }
        guard index >= 0 && index < list.count else {
            throw PythonError(.indexError, "list assignment index out of range")
        }
        if let value { list.items[index] = value } else { list.items.remove(at: index) }
    }

    /// `hash(tuple)`: CPython's combination of the items' hashes (from xxHash's
    /// 64-bit round), so tuples hash as in CPython whenever their items do.
    private static func tupleHash(_ rt: Runtime, _ a: Value) throws(PythonError) -> Int {
        guard let tuple = a.object as? PyTuple else { return 0 }
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var accumulator = prime5
        for item in tuple.items {
            let lane = UInt64(bitPattern: Int64(try rt.hash(item)))
            accumulator = accumulator &+ lane &* prime2
            accumulator = (accumulator << 31) | (accumulator >> 33)
            accumulator = accumulator &* prime1
        }
        accumulator = accumulator &+ (UInt64(tuple.count) ^ (prime5 ^ 3_527_539))
        let result = Int(Int64(bitPattern: accumulator))
        return result == -1 ? 1_546_275_796 : result
    }
}

extension Runtime {
    public func makeList(_ items: [Value] = []) -> PyList { PyList(type: types.list, items: items) }
    public func makeTuple(_ items: [Value]) -> PyTuple { PyTuple(type: types.tuple, items: items) }

    /// `value in items`: identity, then equality.
    func sequenceContains(_ items: [Value], _ value: Value) throws(PythonError) -> Bool {
        for item in items {
            if item.isIdentical(to: value) { return true }
            if try equal(item, value) { return true }
        }
        return false
    }

    /// `[a, b]` / `(a, b)`, and `[...]` for a container already being printed.
    func reprOfItems(_ container: PyObject, _ items: [Value], open: String, close: String) throws(PythonError) -> String {
        let identity = ObjectIdentifier(container)
        if reprInProgress.contains(identity) { return open + "..." + close }
        reprInProgress.append(identity)
        defer { reprInProgress.removeLast() }
        var text = open
        for (index, item) in items.enumerated() {
            if index > 0 { text += ", " }
            text += try repr(item).string
        }
        return text + close
    }

    /// Sorts a list in place, stably, raising what a comparison raises.
    /// Python code run by the comparisons sees the list empty, and a list
    /// changed meanwhile is an error, as in CPython.
    public func sortList(_ list: PyList, reverse: Bool = false) throws(PythonError) {
        var items = list.items
        list.items = []
        let quickOrder: [Int]?
        do {
            quickOrder = try quickSortOrder(items, reverse: reverse)
        } catch {
            if list.items.isEmpty { list.items = items }
            throw error
        }
        if let quickOrder {
            let modified = !list.items.isEmpty
            list.items = quickOrder.map { items[$0] }
            if modified { throw PythonError(.valueError, "list modified during sort") }
            return
        }
        if reverse { items.reverse() }  // reversing before and after keeps equal items in order
        do {
            try StableSort.sort(&items) { (a, b) throws(PythonError) -> Bool in try self.isLess(a, b) }
        } catch {
            if reverse { items.reverse() }
            if list.items.isEmpty { list.items = items }
            throw error
        }
        if reverse { items.reverse() }
        let modified = !list.items.isEmpty
        list.items = items
        if modified { throw PythonError(.valueError, "list modified during sort") }
    }
}
