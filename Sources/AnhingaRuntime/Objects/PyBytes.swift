import AnhingaSyntax

/// A Python `bytes` (immutable) or `bytearray` (mutable): a byte array.
public final class PyBytes: PyObject, SubclassInstanceStorage {
    /// The `__dict__` of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) public var attributes: PyDict?
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
            return rt.makeStr(b.type === rt.types.bytearray ? "bytearray(" + text + ")" : text)
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
            guard let b = a.object as? PyBytes, b.type === rt.types.bytearray else { return }
            let index = try rt.sequenceIndex(key, length: b.bytes.count, typeName: "bytearray")
            guard let value else {
                try rt.checkResizable(b)
                b.bytes.remove(at: index)
                return
            }
            guard case .int(let x) = value, (0...255).contains(x) else {
                throw PythonError(.valueError, "byte must be in range(0, 256)")
            }
            b.bytes[index] = UInt8(x)
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
