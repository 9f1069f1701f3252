import BigInt

/// A `slice` object: `start:stop:step` as values (usually ints or None).
public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value

    init(type: PyType, start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }

    /// The slice resolved against a sequence of `length` items.
    public func indices(_ rt: Runtime, length: Int) throws(PythonError) -> SliceIndices {
        try SliceIndices(start: bound(start, rt), stop: bound(stop, rt), step: bound(step, rt), length: length)
    }

    /// A bound as an `Int`: None is nil, ints beyond `Int` clamp to its ends
    /// (as CPython clamps to `Py_ssize_t`), anything else is a TypeError.
    private func bound(_ value: Value, _ rt: Runtime) throws(PythonError) -> Int? {
        if case .none = value { return nil }
        guard let operand = try rt.indexOperand(value) else {
            throw PythonError(.typeError, "slice indices must be integers or None or have an __index__ method")
        }
        switch operand {
        case .small(let x): return x
        case .big(let big): return big < 0 ? Int.min : Int.max
        }
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        for case .object(let object) in [start, stop, step] { body(object) }
    }
}

enum SliceSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let slice = a.object as? PySlice else { return rt.emptyString }
            let parts = try [slice.start, slice.stop, slice.step].map { (part) throws(PythonError) in
                try rt.repr(part).string
            }
            return rt.makeStr("slice(" + parts.joined(separator: ", ") + ")")
        }
        // As CPython: slices compare as the tuples (start, stop, step).
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PySlice, let y = b.object as? PySlice else { return .notImplemented }
            return try rt.compare(.object(rt.makeTuple([x.start, x.stop, x.step])),
                                  .object(rt.makeTuple([y.start, y.stop, y.step])), op)
        }
        return slots
    }
}

extension Runtime {
    public func makeSlice(start: Value, stop: Value, step: Value = .none) -> PySlice {
        PySlice(type: types.slice, start: start, stop: stop, step: step)
    }

    /// An int, or what an object's `__index__` gives; nil for anything else.
    func indexOperand(_ key: Value) throws(PythonError) -> IntegerOperand? {
        if let operand = IntegerOperand(key) { return operand }
        guard case .object(let object) = key, object.type.isHeapType, let slot = object.type.slots.index else { return nil }
        let result = try slot(self, key)
        guard let operand = IntegerOperand(result) else {
            throw PythonError(.typeError, "__index__ returned non-int (type \(self.typeName(result)))")
        }
        return operand
    }

    /// A subscript `key` as an index into a sequence of `length`, negative
    /// indices counted from the end; IndexError when out of range.
    func sequenceIndex(_ key: Value, length: Int, typeName: String) throws(PythonError) -> Int {
        guard let operand = try indexOperand(key) else {
            let message = typeName == "string"
                ? "string indices must be integers, not '\(self.typeName(key))'"
                : "\(typeName) indices must be integers or slices, not \(self.typeName(key))"
            throw PythonError(.typeError, message)
        }
        guard case .small(var index) = operand else {
            throw PythonError(.indexError, "cannot fit 'int' into an index-sized integer")
        }
        if index < 0 { index += length }
        guard index >= 0 && index < length else {
            throw PythonError(.indexError, "\(typeName) index out of range")
        }
        return index
    }
}
