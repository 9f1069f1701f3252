/// A Python `list`: a growable array of values.
public final class PyList: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    /// The items. Code that calls back into Python (comparisons, `__eq__`)
    /// never holds an access to this across the call: the callee may mutate the list.
    @exclusivity(unchecked) var items: [Value]

    init(type: PyType, items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    public var count: Int { items.count }
    public var elements: [Value] { items }

    /// Appends as CPython's list grows: a small list goes straight to room for four
    /// (Swift's arrays would grow 1, 2, 4, reallocating for each of the first appends).
    @inline(__always)
    public func append(_ value: consuming Value) {
        if items.count == items.capacity && items.count < 4 { items.reserveCapacity(4) }
        items.append(value)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        for case .object(let object) in items { body(object) }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        for case .object(let object) in items { references.append(object) }
        items = []
    }

    deinit { Trashcan.releaseChildren(&items, of: self) }
}

/// A Python `tuple`: an immutable array of values.
public final class PyTuple: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    /// Immutable to Python; `var` only so that the trashcan and a cycle collector can empty it.
    @exclusivity(unchecked) public private(set) var items: [Value]

    init(type: PyType, items: [Value]) {
        self.items = items
        super.init(type: type)
    }

    public var count: Int { items.count }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        for case .object(let object) in items { body(object) }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        for case .object(let object) in items { references.append(object) }
        items = []
    }

    deinit { Trashcan.releaseChildren(&items, of: self) }
}

/// A slice's `start:stop:step` resolved against a length, as `slice.indices` does.
public struct SliceIndices: Equatable, Sendable {
    public let start: Int
    public let stop: Int
    public let step: Int
    /// How many items the slice selects.
    public let count: Int

    /// Bounds given as ints already clamped into `Int` (a huge bound means "past the end").
    public init(start: Int?, stop: Int?, step: Int?, length: Int) throws(PythonError) {
        var step = step ?? 1
        if step == 0 { throw PythonError(.valueError, "slice step cannot be zero") }
        if step < -Int.max { step = -Int.max }  // so that -step cannot overflow
        func clamp(_ bound: Int?, default defaultValue: Int) -> Int {
            guard var bound else { return defaultValue }
            if bound < 0 {
                bound += length  // negative + non-negative: no overflow
                if bound < 0 { bound = step < 0 ? -1 : 0 }
            } else if bound >= length {
                bound = step < 0 ? length - 1 : length
            }
            return bound
        }
        let start = clamp(start, default: step < 0 ? length - 1 : 0)
        let stop = clamp(stop, default: step < 0 ? -1 : length)
        self.start = start
        self.stop = stop
        self.step = step
        if step < 0 {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0
        }
    }

    /// The index of the slice's `position`th item (0 ..< count): always within the sequence.
    @inlinable
    public func index(_ position: Int) -> Int { start + position * step }

    /// Selects the slice's items from `source`.
    public func select<T>(from source: [T]) -> [T] {
        if step == 1 { return Array(source[start..<(start + count)]) }
        var result: [T] = []
        result.reserveCapacity(count)
        for position in 0..<count { result.append(source[index(position)]) }
        return result
    }
}
