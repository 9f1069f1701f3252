/// `memoryview` over `bytes` and `bytearray`: a one-dimensional view of unsigned
/// bytes (format 'B', item size 1) that reads and, over a bytearray, writes the
/// object's own storage. A slice is a view too (`start`, `step`, `count` into the
/// same object). While a view is not released its bytearray cannot change size
/// (`PyBytes.exports`, CPython's BufferError), so every position a view computes
/// stays inside the storage; the reads still check, so a view never traps.
public final class PyMemoryView: PyObject {
    /// The object viewed (`memoryview.obj`).
    let source: PyBytes
    /// The source index of item 0, and the distance between items (negative for `[::-1]`).
    let start: Int
    let step: Int
    let count: Int
    let readonly: Bool
    @exclusivity(unchecked) private(set) var released = false

    init(type: PyType, source: PyBytes, start: Int, step: Int, count: Int, readonly: Bool) {
        self.source = source
        self.start = start
        self.step = step
        self.count = count
        self.readonly = readonly
        source.exports += 1
        super.init(type: type)
    }

    deinit {
        if !released { source.exports -= 1 }
    }

    /// `release()` (also the end of a `with` block): the view no longer reaches its object.
    func release() {
        guard !released else { return }
        released = true
        source.exports -= 1
    }

    public override func forEachReference(_ body: (PyObject) -> Void) { body(source) }

    /// The index in `source.bytes` of item `index` (0 ≤ index < count), nil if outside the storage.
    func position(_ index: Int) -> Int? {
        guard index >= 0, index < count else { return nil }
        let (offset, overflow) = index.multipliedReportingOverflow(by: step)
        guard !overflow else { return nil }
        let (position, overflowAgain) = start.addingReportingOverflow(offset)
        guard !overflowAgain, position >= 0, position < source.bytes.count else { return nil }
        return position
    }

    /// The viewed bytes, in order.
    var contents: [UInt8] {
        if step == 1, count > 0, let first = position(0), let last = position(count - 1) {
            return Array(source.bytes[first...last])
        }
        return (0..<count).compactMap { position($0).map { source.bytes[$0] } }
    }

    /// The view of `indices` of this view (`view[a:b:c]`).
    func slice(_ indices: SliceIndices, type: PyType) -> PyMemoryView {
        let (offset, offsetOverflow) = indices.start.multipliedReportingOverflow(by: step)
        let (first, firstOverflow) = start.addingReportingOverflow(offset)
        // An empty slice reads nothing: its start may be anything.
        let newStart = indices.count == 0 || offsetOverflow || firstOverflow ? start : first
        // The stride wraps on overflow as CPython's does; `position` checks every use.
        return PyMemoryView(type: type, source: source, start: newStart, step: step &* indices.step,
                            count: indices.count, readonly: readonly)
    }
}

extension Runtime {
    /// The view, or CPython's ValueError once it was released.
    func usableView(_ value: Value) throws(PythonError) -> PyMemoryView {
        guard let view = value.object as? PyMemoryView else {
            throw PythonError(.typeError, "descriptor for 'memoryview' objects doesn't apply to a '\(typeName(value))' object")
        }
        if view.released { throw PythonError(.valueError, "operation forbidden on released memoryview object") }
        return view
    }

    /// The bytes of a bytes-like object (bytes, bytearray, memoryview), nil for anything else.
    func bytesLikeContents(_ value: Value) throws(PythonError) -> [UInt8]? {
        if let bytes = value.object as? PyBytes { return bytes.bytes }
        if value.object is PyMemoryView { return try usableView(value).contents }
        return nil
    }

    /// A bytearray about to change size: not while a memoryview exports it.
    func checkResizable(_ bytes: PyBytes) throws(PythonError) {
        if bytes.exports > 0 { throw PythonError(.bufferError, "Existing exports of data: object cannot be re-sized") }
    }
}

enum MemoryViewSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in try rt.usableView(a).count }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            let released = (a.object as? PyMemoryView)?.released ?? false
            return rt.makeStr("<\(released ? "released " : "")memory at 0x\(String(rt.identity(of: a), radix: 16))>")
        }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            let view = try rt.usableView(a)
            if let slice = key.object as? PySlice {
                return .object(view.slice(try slice.indices(rt, length: view.count), type: view.type))
            }
            let index = try viewIndex(rt, view, key)
            guard let position = view.position(index) else { throw PythonError(.indexError, "index out of bounds on dimension 1") }
            return .int(Int(view.source.bytes[position]))
        }
        slots.setItem = { (rt: Runtime, a: Value, key: Value, value: Value?) throws(PythonError) in
            let view = try rt.usableView(a)
            if view.readonly { throw PythonError(.typeError, "cannot modify read-only memory") }
            guard let value else { throw PythonError(.typeError, "cannot delete memory") }
            if let slice = key.object as? PySlice {
                let target = view.slice(try slice.indices(rt, length: view.count), type: view.type)
                defer { target.release() }
                guard let bytes = try rt.bytesLikeContents(value) else {
                    throw PythonError(.typeError, "a bytes-like object is required, not '\(rt.typeName(value))'")
                }
                guard bytes.count == target.count else {
                    throw PythonError(.valueError, "memoryview assignment: lvalue and rvalue have different structures")
                }
                for (index, byte) in bytes.enumerated() {
                    if let position = target.position(index) { view.source.bytes[position] = byte }
                }
                return
            }
            let index = try viewIndex(rt, view, key)
            guard let byte = IntegerOperand(value) else { throw PythonError(.typeError, "memoryview: invalid type for format 'B'") }
            guard case .small(let number) = byte, (0...255).contains(number) else {
                throw PythonError(.valueError, "memoryview: invalid value for format 'B'")
            }
            guard let position = view.position(index) else { throw PythonError(.indexError, "index out of bounds on dimension 1") }
            view.source.bytes[position] = UInt8(number)
        }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            let view = try rt.usableView(a)
            var next = 0
            return rt.makeIterator { (rt) throws(PythonError) -> Value? in
                if view.released { throw PythonError(.valueError, "operation forbidden on released memoryview object") }
                guard let position = view.position(next) else { return nil }
                next += 1
                return .int(Int(view.source.bytes[position]))
            }
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard op == .equal || op == .notEqual else { return .notImplemented }
            // Either side may be the view (`b"x" == view` reaches here reflected).
            let views = [a, b].compactMap { $0.object as? PyMemoryView }
            guard b.object is PyMemoryView || b.object is PyBytes, a.object is PyMemoryView || a.object is PyBytes else {
                return .notImplemented
            }
            // A released view equals only itself.
            let equal = views.contains(where: \.released) ? a.isIdentical(to: b)
                : try rt.bytesLikeContents(a) == rt.bytesLikeContents(b)
            return .bool(op == .equal ? equal : !equal)
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            let view = try rt.usableView(a)
            if !view.readonly { throw PythonError(.valueError, "cannot hash writable memoryview object") }
            // As CPython: the hash of the bytes it shows.
            guard let hash = rt.types.bytes.slots.hash else { return 0 }
            return try hash(rt, .object(PyBytes(type: rt.types.bytes, bytes: view.contents)))
        }
        return slots
    }

    /// An item index (negative from the end), with memoryview's messages.
    private static func viewIndex(_ rt: Runtime, _ view: PyMemoryView, _ key: Value) throws(PythonError) -> Int {
        guard let operand = try rt.indexOperand(key) else { throw PythonError(.typeError, "memoryview: invalid slice key") }
        guard case .small(var index) = operand else {
            throw PythonError(.indexError, "cannot fit 'int' into an index-sized integer")
        }
        if index < 0 { index += view.count }
        guard index >= 0, index < view.count else { throw PythonError(.indexError, "index out of bounds on dimension 1") }
        return index
    }
}
