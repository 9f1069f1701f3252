import BigInt

/// `range(start, stop, step)`. Bounds, step and length that fit in `Int` (almost every
/// range) are kept as `Int`s for the fast paths; a range beyond them keeps them exactly
/// in `big` (`range(10**30)`), and its `Int` fields describe an empty range.
public final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int
    let count: Int
    let big: BigRange?

    /// A range of `Int` bounds whose length fits in `Int`.
    init(type: PyType, start: Int, stop: Int, step: Int, count: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        self.count = count
        big = nil
        super.init(type: type)
    }

    init(type: PyType, big: BigRange) {
        start = 0
        stop = 0
        step = 1
        count = 0
        self.big = big
        super.init(type: type)
    }

    /// The range of these bounds, in `Int`s when everything fits (step is not 0).
    static func make(_ type: PyType, start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        let exact = BigRange(start: start, stop: stop, step: step)
        if let start = Int(exactly: start), let stop = Int(exactly: stop), let step = Int(exactly: step),
           let count = Int(exactly: exact.count) {
            return PyRange(type: type, start: start, stop: stop, step: step, count: count)
        }
        return PyRange(type: type, big: exact)
    }

    /// The range of these `Int` bounds, or nil when its length does not fit in `Int`
    /// (step is not 0). The common case, which skips big-int arithmetic altogether.
    static func make(_ type: PyType, start: Int, stop: Int, step: Int) -> PyRange? {
        let (distance, overflow) = step > 0 ? stop.subtractingReportingOverflow(start)
                                             : start.subtractingReportingOverflow(stop)
        if overflow { return nil }
        let count: Int
        if distance <= 0 {
            count = 0
        } else {
            // distance > 0 and |step| >= 1, so neither the negation nor the division overflows
            // unless step is Int.min, whose magnitude exceeds every positive distance.
            count = step == .min ? 1 : (distance - 1) / (step > 0 ? step : -step) + 1
        }
        return PyRange(type: type, start: start, stop: stop, step: step, count: count)
    }

    /// Its bounds exactly, whichever way they are kept.
    var exact: BigRange {
        big ?? BigRange(start: BigInt(start), stop: BigInt(stop), step: BigInt(step), count: BigInt(count))
    }

    func item(_ index: Int) -> Int { start &+ index &* step }
}

/// A range's bounds as big ints.
struct BigRange {
    let start, stop, step, count: BigInt

    init(start: BigInt, stop: BigInt, step: BigInt, count: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        self.count = count
    }

    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0 {
            count = start < stop ? (stop - start - 1) / step + 1 : 0
        } else {
            count = start > stop ? (start - stop - 1) / -step + 1 : 0
        }
    }

    func item(_ index: BigInt) -> BigInt { start + index * step }

    func contains(_ x: BigInt) -> Bool {
        if step > 0 {
            guard x >= start && x < stop else { return false }
        } else {
            guard x <= start && x > stop else { return false }
        }
        return (x - start) % step == 0
    }
}

enum RangeSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let range = a.object as? PyRange else { return 0 }
            if range.big != nil { throw PythonError(.overflowError, "Python int too large to convert to C ssize_t") }
            return range.count
        }
        slots.bool = { (rt: Runtime, a: Value) throws(PythonError) -> Bool in
            guard let range = a.object as? PyRange else { return true }
            return range.big.map { $0.count != 0 } ?? (range.count != 0)
        }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let range = a.object as? PyRange else { return a }
            if let big = range.big { return rt.bigRangeIterator(from: big.start, step: big.step, count: big.count) }
            return .object(PyIterator(type: rt.types.rangeIterator,
                                      source: .range(start: range.start, step: range.step, count: range.count)))
        }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            guard let range = a.object as? PyRange else { return .notImplemented }
            if let slice = key.object as? PySlice {
                if range.big == nil, let sliced = try smallSlice(rt, range, slice) { return .object(sliced) }
                return .object(try bigSlice(rt, range.exact, slice))
            }
            guard let operand = try rt.indexOperand(key) else {
                throw PythonError(.typeError, "range indices must be integers or slices, not \(rt.typeName(key))")
            }
            if range.big == nil, case .small(var index) = operand {
                if index < 0 { index += range.count }
                guard index >= 0 && index < range.count else { throw PythonError(.indexError, "range object index out of range") }
                return .int(range.item(index))
            }
            let exact = range.exact
            var index: BigInt
            switch operand {
            case .small(let x): index = BigInt(x)
            case .big(let x): index = x
            }
            if index < 0 { index += exact.count }
            guard index >= 0 && index < exact.count else { throw PythonError(.indexError, "range object index out of range") }
            return rt.makeInt(exact.item(index))
        }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let range = a.object as? PyRange else { return false }
            switch b {
            case .int(let x) where range.big == nil: return contains(range, x)
            case .bool(let flag) where range.big == nil: return contains(range, flag ? 1 : 0)
            default:
                // An exact int (of any size, or an int subclass) is tested by arithmetic.
                if case .object(let object) = b, !(object is PyInt) { return try rt.sequenceContains(try rt.collect(a), b) }
                guard let operand = IntegerOperand(b) else { return try rt.sequenceContains(try rt.collect(a), b) }
                switch operand {
                case .small(let x): return range.exact.contains(BigInt(x))
                case .big(let x): return range.exact.contains(x)
                }
            }
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let range = a.object as? PyRange else { return rt.emptyString }
            let exact = range.exact
            return rt.makeStr(exact.step == 1 ? "range(\(exact.start), \(exact.stop))"
                              : "range(\(exact.start), \(exact.stop), \(exact.step))")
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyRange, let y = b.object as? PyRange, op == .equal || op == .notEqual else {
                return .notImplemented
            }
            let (p, q) = (x.exact, y.exact)
            let same = p.count == q.count && (p.count == 0 || (p.start == q.start && (p.count == 1 || p.step == q.step)))
            return .bool(same == (op == .equal))
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let range = a.object as? PyRange else { return 0 }
            // As CPython: (len, start, step), with start and step None where they do not matter.
            let exact = range.exact
            let start: Value = exact.count == 0 ? .none : rt.makeInt(exact.start)
            let step: Value = exact.count <= 1 ? .none : rt.makeInt(exact.step)
            return try rt.hash(.object(rt.makeTuple([rt.makeInt(exact.count), start, step])))
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

    /// `range[slice]` in `Int`s; nil when the result's bounds do not fit.
    private static func smallSlice(_ rt: Runtime, _ range: PyRange, _ slice: PySlice) throws(PythonError) -> PyRange? {
        let indices = try slice.indices(rt, length: range.count)
        let start = range.item(indices.start)
        let (step, stepOverflow) = range.step.multipliedReportingOverflow(by: indices.step)
        let (span, spanOverflow) = step.multipliedReportingOverflow(by: indices.count)
        let (stop, stopOverflow) = start.addingReportingOverflow(span)
        if stepOverflow || spanOverflow || stopOverflow { return nil }
        return PyRange(type: rt.types.range, start: start, stop: stop, step: step, count: indices.count)
    }

    /// `range[slice]` over exact bounds (CPython's compute_slice on big ints).
    private static func bigSlice(_ rt: Runtime, _ range: BigRange, _ slice: PySlice) throws(PythonError) -> PyRange {
        func bound(_ value: Value) throws(PythonError) -> BigInt? {
            if case .none = value { return nil }
            guard let operand = try rt.indexOperand(value) else {
                throw PythonError(.typeError, "slice indices must be integers or None or have an __index__ method")
            }
            switch operand {
            case .small(let x): return BigInt(x)
            case .big(let x): return x
            }
        }
        let step = try bound(slice.step) ?? 1
        if step == 0 { throw PythonError(.valueError, "slice step cannot be zero") }
        let length = range.count
        let (lower, upper): (BigInt, BigInt) = step < 0 ? (-1, length - 1) : (0, length)
        func clamp(_ given: BigInt?, _ missing: BigInt) -> BigInt {
            guard var index = given else { return missing }
            if index < 0 {
                index += length
                return index < lower ? lower : index
            }
            return index > upper ? upper : index
        }
        let start = clamp(try bound(slice.start), step < 0 ? upper : lower)
        let stop = clamp(try bound(slice.stop), step < 0 ? lower : upper)
        return PyRange.make(rt.types.range, start: range.item(start), stop: range.item(stop), step: range.step * step)
    }
}

extension Runtime {
    /// The iterator of a range beyond `Int`: its values as big ints.
    func bigRangeIterator(from start: BigInt, step: BigInt, count: BigInt) -> Value {
        var next = start
        var left = count
        return makeIterator(of: types.rangeIterator) { (rt) throws(PythonError) -> Value? in
            guard left > 0 else { return nil }
            let value = next
            next += step
            left -= 1
            return rt.makeInt(value)
        }
    }

    /// `range(stop)`, `range(start, stop[, step])`: ints of any size, or `__index__`.
    func makeRange(_ args: Arguments) throws(PythonError) -> PyRange {
        try ArgumentParser("range", args).noKeywords()
        if case .int(let stop) = args.count == 1 ? args[0] : .none,
           let range = PyRange.make(types.range, start: 0, stop: stop, step: 1) {
            return range
        }
        if args.count == 2 || args.count == 3, case .int(let start) = args[0], case .int(let stop) = args[1] {
            var step: Int? = 1
            if args.count == 3 {
                if case .int(let given) = args[2], given != 0 { step = given } else { step = nil }
            }
            if let step, let range = PyRange.make(types.range, start: start, stop: stop, step: step) {
                return range
            }
        }
        func integer(_ value: Value) throws(PythonError) -> BigInt {
            guard let operand = try indexOperand(value) else {
                throw PythonError(.typeError, "'\(typeName(value))' object cannot be interpreted as an integer")
            }
            switch operand {
            case .small(let x): return BigInt(x)
            case .big(let x): return x
            }
        }
        switch args.count {
        case 1: return PyRange.make(types.range, start: 0, stop: try integer(args[0]), step: 1)
        case 2, 3:
            let start = try integer(args[0])
            let stop = try integer(args[1])
            let step = args.count == 3 ? try integer(args[2]) : 1
            if step == 0 { throw PythonError(.valueError, "range() arg 3 must not be zero") }
            return PyRange.make(types.range, start: start, stop: stop, step: step)
        case 0: throw PythonError(.typeError, "range expected at least 1 argument, got 0")
        default: throw PythonError(.typeError, "range expected at most 3 arguments, got \(args.count)")
        }
    }

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
        defineAttribute(types.range, "start") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyRange).map { rt.makeInt($0.exact.start) } ?? .int(0)
        }
        defineAttribute(types.range, "stop") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyRange).map { rt.makeInt($0.exact.stop) } ?? .int(0)
        }
        defineAttribute(types.range, "step") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyRange).map { rt.makeInt($0.exact.step) } ?? .int(1)
        }
        defineMethod(types.range, "index") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "index", 1, 1)
            let range = try rt.receiver(args, PyRange.self, "index", "range")
            if let operand = IntegerOperand(args[1]) {
                let x: BigInt
                switch operand {
                case .small(let small): x = BigInt(small)
                case .big(let large): x = large
                }
                let exact = range.exact
                if exact.contains(x) { return rt.makeInt((x - exact.start) / exact.step) }
            } else {
                // Anything else is looked for by equality, as CPython's sequence search.
                var position = 0
                let iterator = try rt.iterate(args[0])
                while let item = try rt.nextValue(iterator) {
                    if try rt.equal(item, args[1]) { return .int(position) }
                    position += 1
                }
            }
            throw PythonError(.valueError, "\(try rt.repr(args[1]).string) is not in range")
        }
        defineMethod(types.range, "count") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "count", 1, 1)
            return .int(try rt.contains(args[0], args[1]) ? 1 : 0)
        }
    }
}
