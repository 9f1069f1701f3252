/// `range(start, stop, step)` over `Int` bounds (CPython also allows bigger
/// ints; those raise OverflowError here when iterated past `Int`).
public final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int
    let count: Int

    init(type: PyType, start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0 {
            count = start < stop ? Int((UInt(bitPattern: stop &- start) &- 1) / UInt(step)) &+ 1 : 0
        } else {
            count = start > stop ? Int((UInt(bitPattern: start &- stop) &- 1) / UInt(-step)) &+ 1 : 0
        }
        super.init(type: type)
    }

    func item(_ index: Int) -> Int { start &+ index &* step }
}

enum RangeSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PyRange)?.count ?? 0 }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let range = a.object as? PyRange else { return a }
            return .object(PyIterator(type: rt.types.rangeIterator,
                                      source: .range(start: range.start, step: range.step, count: range.count)))
        }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            guard let range = a.object as? PyRange else { return .notImplemented }
            if let slice = key.object as? PySlice {
                let indices = try slice.indices(rt, length: range.count)
                let start = range.item(indices.start)
                let step = range.step &* indices.step
                return .object(PyRange(type: rt.types.range, start: start, stop: start &+ step &* indices.count, step: step))
            }
            return .int(range.item(try rt.sequenceIndex(key, length: range.count, typeName: "range object")))
        }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let range = a.object as? PyRange else { return false }
            guard case .int(let x) = b else {
                if case .bool(let flag) = b { return contains(range, flag ? 1 : 0) }
                return try rt.sequenceContains(try rt.collect(a), b)
            }
            return contains(range, x)
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let range = a.object as? PyRange else { return rt.emptyString }
            return rt.makeStr(range.step == 1 ? "range(\(range.start), \(range.stop))"
                              : "range(\(range.start), \(range.stop), \(range.step))")
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyRange, let y = b.object as? PyRange, op == .equal || op == .notEqual else {
                return .notImplemented
            }
            let same = x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
            return .bool(same == (op == .equal))
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let range = a.object as? PyRange else { return 0 }
            return try rt.hash(.object(rt.makeTuple([.int(range.count), .int(range.start), .int(range.step)])))
        }
        return slots
    }

    private static func contains(_ range: PyRange, _ x: Int) -> Bool {
        if range.step > 0 {
            guard x >= range.start && x < range.stop else { return false }
        } else {
            guard x <= range.start && x > range.stop else { return false }
        }
        return (x &- range.start) % range.step == 0
    }
}

extension Runtime {
    /// `slice.start/stop/step/indices()` and `range.start/stop/step/index()/count()`.
    func installSliceAndRangeAttributes() {
        defineAttribute(types.slice, "start") { (rt, value) throws(PythonError) -> Value in (value.object as? PySlice)?.start ?? .none }
        defineAttribute(types.slice, "stop") { (rt, value) throws(PythonError) -> Value in (value.object as? PySlice)?.stop ?? .none }
        defineAttribute(types.slice, "step") { (rt, value) throws(PythonError) -> Value in (value.object as? PySlice)?.step ?? .none }
        defineMethod(types.slice, "indices") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "indices", 1, 1)
            let slice = try rt.receiver(args, PySlice.self, "indices", "slice")
            let length = try rt.indexValue(args[1])
            if length < 0 { throw PythonError(.valueError, "length should not be negative") }
            let indices = try slice.indices(rt, length: length)
            return .object(rt.makeTuple([.int(indices.start), .int(indices.stop), .int(indices.step)]))
        }
        defineAttribute(types.range, "start") { (rt, value) throws(PythonError) -> Value in .int((value.object as? PyRange)?.start ?? 0) }
        defineAttribute(types.range, "stop") { (rt, value) throws(PythonError) -> Value in .int((value.object as? PyRange)?.stop ?? 0) }
        defineAttribute(types.range, "step") { (rt, value) throws(PythonError) -> Value in .int((value.object as? PyRange)?.step ?? 1) }
        defineMethod(types.range, "index") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "index", 1, 1)
            let range = try rt.receiver(args, PyRange.self, "index", "range")
            if case .int(let x) = args[1], range.count > 0, (x - range.start) % range.step == 0 {
                let position = (x - range.start) / range.step
                if position >= 0 && position < range.count { return .int(position) }
            }
            throw PythonError(.valueError, "\(try rt.repr(args[1]).string) is not in range")
        }
        defineMethod(types.range, "count") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "count", 1, 1)
            return .int(try rt.contains(args[0], args[1]) ? 1 : 0)
        }
    }
}
