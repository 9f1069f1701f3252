/// A Python type object: its name, its base, and its operations as slots.
///
/// Builtin types are made once per `Runtime` (see `BuiltinTypes`), never shared
/// between interpreters. Single inheritance only for now; the MRO, `__dict__`
/// and heap types (classes) come with the evaluation loop.
public final class PyType: PyObject {
    public let name: String
    /// The base type (`object` has none). Strong: a type keeps its base alive.
    public private(set) var base: PyType?
    /// Resolved operations. Internal, so that under whole-module optimisation
    /// the compiler can drop the exclusivity checks on reads of this `var`.
    var slots: TypeSlots
    public let flags: TypeFlags

    init(name: String, metatype: PyType, base: PyType?, flags: TypeFlags, slots: TypeSlots = TypeSlots()) {
        self.name = name
        self.base = base
        self.slots = slots
        self.flags = flags
        super.init(type: metatype)
    }

    /// The metatype `type`, whose type is itself.
    init(metatypeNamed name: String, flags: TypeFlags) {
        self.name = name
        self.base = nil
        self.slots = TypeSlots()
        self.flags = flags
        super.init(isMetatype: ())
    }

    /// Sets the base after creation: `type`'s base is `object`, whose type is `type`.
    func setBase(_ base: PyType) { self.base = base }

    /// Whether this type is `other` or inherits from it.
    public func isSubtype(of other: PyType) -> Bool {
        var current: PyType? = self
        while let type = current {
            if type === other { return true }
            current = type.base
        }
        return false
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if let base { body(base) }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        if let base { references.append(base) }
        base = nil
        slots = TypeSlots()
    }
}

/// Facts about a type fixed when it is made.
public struct TypeFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Instances may reference other objects: the trashcan and a cycle collector
    /// look inside them. `str`, `int` and `float` instances do not.
    public static let holdsReferences = TypeFlags(rawValue: 1 << 0)
    /// Python code may subclass the type (`bool` and `NoneType` may not).
    public static let baseType = TypeFlags(rawValue: 1 << 1)
}
