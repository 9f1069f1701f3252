/// What one slot of the virtual machine's value stack holds: a Python value.
///
/// Small ints, floats, bools and the singletons live inline, so arithmetic on
/// them allocates nothing; everything else is a reference to a heap object.
/// The enum has one reference payload and its other payloads are plain bits, so
/// it is 9 bytes (8 of payload, 1 of tag), stride 16, and copying it costs at
/// most one retain (none for the inline cases).
///
/// Invariants the rest of the runtime relies on:
/// * an `int` that fits in `Int` is always `.int`, never a `PyInt` object of type
///   `int` (so two equal plain ints are equal cases); a `PyInt` is a big int or an
///   instance of an `int` subclass, read through `IntegerOperand`;
/// * `bool` is a subclass of `int` in Python: arithmetic treats `.bool` as 0 or 1.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    /// The `NotImplemented` singleton: what a binary slot returns to let the
    /// other operand try.
    case notImplemented
    /// The `Ellipsis` singleton (`...`).
    case ellipsis
    case object(PyObject)
    /// No value at all: an unbound local, an empty cell, the empty self slot
    /// of a call (`PUSH_NULL`). Never reaches Python code.
    case null
}

extension Value {
    /// The heap object, when the value is one.
    @inlinable
    public var object: PyObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// Python's `is`: the same singleton, the same inline value, or the same object.
    ///
    /// Inline ints and floats have no identity of their own; two equal small
    /// ints are `is`-identical, as CPython's cached small ints are. Floats compare
    /// by bit pattern, so `x is x` holds for a NaN stored once.
    @inlinable
    public func isIdentical(to other: Value) -> Bool {
        // One operand at a time: a `switch` over the pair would copy (retain) both.
        switch self {
        case .none: if case .none = other { return true }
        case .notImplemented: if case .notImplemented = other { return true }
        case .ellipsis: if case .ellipsis = other { return true }
        case .null: if case .null = other { return true }
        case .bool(let a): if case .bool(let b) = other { return a == b }
        case .int(let a): if case .int(let b) = other { return a == b }
        case .float(let a): if case .float(let b) = other { return a.bitPattern == b.bitPattern }
        case .object(let a): if case .object(let b) = other { return a === b }
        }
        return false
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// `initialize(to:)`, always inlined. Once the evaluation loop grows past the
    /// optimizer's budget it calls the generic one out of line at every stack store
    /// (fib paid 5% in such calls after an unrelated change); a store is two moves.
    @inline(__always)
    func place(_ value: consuming Value) {
        initialize(to: value)
    }

    /// The object this slot holds, lent to `body` without a reference being taken:
    /// for a look-up that reads the object and is done before the slot can change.
    /// nil, without calling `body`, when the slot holds no object.
    ///
    /// Binding the payload with `case .object(let object)` makes the compiler
    /// retain and release the object around any code that might touch memory; the
    /// reference read as bits is a borrow it has no reason to protect. `Value` needs a
    /// tag byte after its 8-byte payload (its `Int` and `Double` cases use every bit),
    /// so the object's case stores the plain pointer at offset 0.
    @inline(__always)
    func withBorrowedObject<Result>(_ body: (PyObject) -> Result?) -> Result? {
        guard case .object = pointee else { return nil }
        guard MemoryLayout<Value>.size == MemoryLayout<UnsafeRawPointer>.size + 1 else {
            if case .object(let object) = pointee { return body(object) }
            return nil
        }
        let bits = UnsafeRawPointer(self).load(as: UnsafeRawPointer.self)
        return Unmanaged<PyObject>.fromOpaque(bits)._withUnsafeGuaranteedRef(body)
    }
}
