/// The base of every heap-allocated Python object.
///
/// An object knows its type and nothing else; each builtin type is a `final`
/// subclass holding its own storage (`PyInt`, `PyStr`, `PyList`, ...), so the
/// runtime reaches that storage with a cheap class check, never an existential.
///
/// Memory is Swift's reference counting. Two hooks make the rest of decision 6
/// possible without redesign:
/// * `forEachReference` enumerates the objects this one holds (what a cycle
///   collector traverses);
/// * `moveReferences(into:)` empties this object, handing over what it held
///   (what a cycle collector clears, and what the trashcan uses to free a deep
///   chain without recursion; see `Trashcan`).
/// Containers override both; leaf objects (`str`, big `int`) keep the defaults.
public class PyObject {
    /// The type, or nil for exactly one object: the metatype `type`, whose type
    /// is itself (a stored self-reference would need a `var`, and stored `var`s
    /// cost an exclusivity check on every read). Read it through `type`.
    @usableFromInline
    let storedType: PyType?

    @inlinable
    public var type: PyType {
        if let storedType { return storedType }
        // Only `PyType(metatypeNamed:)` leaves `storedType` nil, so this object is that type.
        return unsafeDowncast(self, to: PyType.self)
    }

    /// The type's identity, read without retaining the type (what caches compare).
    @inlinable
    public var typeIdentity: ObjectIdentifier {
        if let storedType { return ObjectIdentifier(storedType) }
        return ObjectIdentifier(self)
    }

    init(type: PyType) {
        storedType = type
    }

    /// For the metatype only.
    init(isMetatype: Void) {
        storedType = nil
    }

    /// Calls `body` with each object this one references directly (not its type).
    public func forEachReference(_ body: (PyObject) -> Void) {}

    /// Appends every object this one references to `references` and forgets them,
    /// leaving the object empty but valid (a cleared list is `[]`).
    public func moveReferences(into references: inout [PyObject]) {}
}

extension PyObject {
    /// Python's `id()`: the object's address, stable for its lifetime.
    public var identity: Int {
        Int(bitPattern: Unmanaged.passUnretained(self).toOpaque())
    }
}

/// An object of a builtin type that Python classes may subclass (`list`, `str`,
/// `int`, …): an instance of such a subclass keeps its attributes here.
public protocol SubclassInstanceStorage: PyObject {
    var attributes: PyDict? { get set }
}
