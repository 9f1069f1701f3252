import AnhingaSyntax

/// A Python `bytes` (immutable) or `bytearray` (mutable): a byte array.
public final class PyBytes: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    @exclusivity(unchecked) var bytes: [UInt8]
    /// The memoryviews over it not yet released: a bytearray keeps its size while any exist.
    @exclusivity(unchecked) var exports = 0

    init(type: PyType, bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: type)
    }
}

enum BytesSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PyBytes)?.bytes.count ?? 0 }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let b = a.object as? PyBytes else { return rt.emptyString }
            let text = pythonRepr(.bytes(b.bytes))
            // A bytearray (or subclass) shows its class's name around the bytes.
            return rt.makeStr(b.type.isSubtype(of: rt.types.bytearray) ? "\(b.type.name)(" + text + ")" : text)
        }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
            guard let b = a.object as? PyBytes else { return .notImplemented }
            if let slice = key.object as? PySlice {
                return .object(PyBytes(type: b.type, bytes: try slice.indices(rt, length: b.bytes.count).select(from: b.bytes)))
            }
            // CPython's messages: "index out of range" for bytes, "bytearray index out of range".
            let index: Int
            do throws(PythonError) {
                index = try rt.sequenceIndex(key, length: b.bytes.count, typeName: b.type === rt.types.bytearray ? "bytearray" : "bytes")
            } catch {
                if b.type !== rt.types.bytearray, error.kind == .indexError { throw PythonError(.indexError, "index out of range") }
                throw error
            }
            return .int(Int(b.bytes[index]))
        }
        slots.setItem = { (rt: Runtime, a: Value, key: Value, value: Value?) throws(PythonError) in
            guard let b = a.object as? PyBytes, b.type.isSubtype(of: rt.types.bytearray) else { return }
            if let slice = key.object as? PySlice {
                try rt.assignBytearraySlice(b, slice, value)
                return
            }
            let index = try rt.sequenceIndex(key, length: b.bytes.count, typeName: "bytearray")
            guard let value else {
                try rt.checkResizable(b)
                b.bytes.remove(at: index)
                return
            }
            let byte = try rt.indexValue(value)
            guard (0...255).contains(byte) else { throw PythonError(.valueError, "byte must be in range(0, 256)") }
            b.bytes[index] = UInt8(byte)
        }
        slots.remainder = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let template = a.object as? PyBytes else { return .notImplemented }
            return .object(PyBytes(type: template.type.isSubtype(of: rt.types.bytearray) ? rt.types.bytearray : rt.types.bytes,
                                   bytes: try rt.bytesPercentFormat(template, b)))
        }
        slots.concat = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let x = a.object as? PyBytes else { return .notImplemented }
            guard let y = try rt.bytesLikeContents(b) else {
                throw PythonError(.typeError, "can't concat \(rt.typeName(b)) to \(x.type.name)")
            }
            return .object(PyBytes(type: x.type, bytes: x.bytes + y))
        }
        slots.repeatCount = { (rt: Runtime, a: Value, count: Int) throws(PythonError) -> Value in
            guard let x = a.object as? PyBytes else { return .notImplemented }
            if count <= 0 { return .object(PyBytes(type: x.type, bytes: [])) }
            let (total, overflow) = x.bytes.count.multipliedReportingOverflow(by: count)
            if overflow || total > Int(Int32.max) { throw PythonError(.memoryError) }
            var result: [UInt8] = []
            result.reserveCapacity(total)
            for _ in 0..<count { result += x.bytes }
            return .object(PyBytes(type: x.type, bytes: result))
        }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let x = a.object as? PyBytes else { return false }
            if case .int(let byte) = b {
                guard (0...255).contains(byte) else { throw PythonError(.valueError, "byte must be in range(0, 256)") }
                return x.bytes.contains(UInt8(byte))
            }
            guard let needle = b.object as? PyBytes else {
                throw PythonError(.typeError, "a bytes-like object is required, not '\(rt.typeName(b))'")
            }
            if needle.bytes.isEmpty { return true }
            if needle.bytes.count > x.bytes.count { return false }
            for start in 0...(x.bytes.count - needle.bytes.count)
                where x.bytes[start..<(start + needle.bytes.count)].elementsEqual(needle.bytes) { return true }
            return false
        }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let x = a.object as? PyBytes else { return a }
            return .object(PyIterator(type: rt.types.bytesIterator, source: .tuple(x.bytes.map { .int(Int($0)) })))
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyBytes, let y = b.object as? PyBytes else { return .notImplemented }
            let order = x.bytes.lexicographicallyPrecedes(y.bytes) ? -1 : (x.bytes == y.bytes ? 0 : 1)
            return .bool(op.holds(order, 0))
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let x = a.object as? PyBytes else { return 0 }
            if x.type === rt.types.bytearray { throw PythonError(.typeError, "unhashable type: 'bytearray'") }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in x.bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            let result = Int(bitPattern: UInt(hash))
            return result == -1 ? -2 : result
        }
        return slots
    }
}

extension Runtime {
    /// `bytearray[slice] = value` and `del bytearray[slice]`, as list's slices, the value
    /// being bytes-like or an iterable of ints in range(0, 256).
    func assignBytearraySlice(_ target: PyBytes, _ slice: PySlice, _ value: Value?) throws(PythonError) {
        let indices = try slice.indices(self, length: target.bytes.count)
        var replacement: [UInt8] = []
        if let value {
            if let contents = try bytesLikeContents(value) {
                replacement = contents
            } else if IntegerOperand(value) != nil || value.object is PyStr
                        || (typeOf(value).slots.iterate == nil && typeOf(value).slots.getItem == nil) {
                throw PythonError(.typeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            } else {
                for item in try collect(value) {
                    let byte = try indexValue(item)
                    guard (0...255).contains(byte) else { throw PythonError(.valueError, "byte must be in range(0, 256)") }
                    replacement.append(UInt8(byte))
                }
            }
        }
        if indices.step == 1 {
            let stop = max(indices.start, indices.start + indices.count)
            if replacement.count != stop - indices.start { try checkResizable(target) }
            target.bytes.replaceSubrange(indices.start..<stop, with: replacement)
            return
        }
        if value == nil {
            if indices.count > 0 { try checkResizable(target) }
            for position in (0..<indices.count).map(indices.index).sorted(by: >) { target.bytes.remove(at: position) }
            return
        }
        guard replacement.count == indices.count else {
            throw PythonError(.valueError, "attempt to assign bytes of size \(replacement.count) to extended slice of size \(indices.count)")
        }
        for (offset, byte) in replacement.enumerated() { target.bytes[indices.index(offset)] = byte }
    }
}
