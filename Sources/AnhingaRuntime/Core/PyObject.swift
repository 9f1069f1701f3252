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
    /// is itself (a stored self-reference would be a cycle). Read it through
    /// `type`; only `__class__` assignment changes it (see `assignClass`).
    @usableFromInline
    @exclusivity(unchecked) final private(set) var storedType: PyType?

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

    /// `obj.__class__ = new`, once the runtime has found the two classes' layouts
    /// the same.
    final func assignClass(_ new: PyType) {
        storedType = new
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

/// An object that may keep the values of its class's `__slots__` (`.null` while
/// unset; nil until its class has slots and one is set).
protocol SlotValueStorage: PyObject {
    var slotValues: [Value]? { get set }
}

/// An object of a builtin type that Python classes may subclass (`list`, `str`,
/// `int`, …): an instance of such a subclass keeps its attributes and slot values
/// in `extras`, which instances of the builtin type itself never make.
protocol SubclassInstanceStorage: SlotValueStorage {
    var extras: SubclassExtras? { get set }
}

/// The `__dict__` and `__slots__` values of an instance of a Python subclass of a
/// builtin type: kept apart so that the builtin's own objects stay one word smaller.
final class SubclassExtras {
    var dict: PyDict?
    var slotValues: [Value]?

    init() {}
}

extension SubclassInstanceStorage {
    /// The instance's `__dict__`, if it has one yet.
    var attributes: PyDict? {
        get { extras?.dict }
        set { madeExtras().dict = newValue }
    }

    var slotValues: [Value]? {
        get { extras?.slotValues }
        set { madeExtras().slotValues = newValue }
    }

    private func madeExtras() -> SubclassExtras {
        if let extras { return extras }
        let made = SubclassExtras()
        extras = made
        return made
    }
}
