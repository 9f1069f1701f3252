/// A Python type object: its name, its base, and its operations as slots.
///
/// Builtin types are made once per `Runtime` (see `BuiltinTypes`), never shared
/// between interpreters. Single inheritance only for now; the MRO, `__dict__`
/// and heap types (classes) come with the evaluation loop.
public final class PyType: PyObject {
    /// `__name__`; a class's may be assigned.
    @exclusivity(unchecked) public internal(set) var name: String
    /// The base type (`object` has none). Strong: a type keeps its base alive.
    @exclusivity(unchecked) public private(set) var base: PyType?
    /// Resolved operations. Internal, so that under whole-module optimisation
    /// the compiler can drop the exclusivity checks on reads of this `var`.
    @exclusivity(unchecked) var slots: TypeSlots
    public let flags: TypeFlags
    /// The attributes the type defines itself (methods, descriptors, class
    /// variables); nil until the runtime installs them.
    @exclusivity(unchecked) public internal(set) var dict: PyDict?
    /// The method resolution order, this type first; `object` last.
    @exclusivity(unchecked) public internal(set) var mro: [PyType] = []
    /// `__bases__` (the single `base` for builtin types).
    @exclusivity(unchecked) public internal(set) var bases: [PyType] = []
    @exclusivity(unchecked) public internal(set) var qualname: String
    @exclusivity(unchecked) public internal(set) var moduleName = "builtins"
    /// A class made by a `class` statement or `type(name, bases, dict)`.
    @exclusivity(unchecked) public internal(set) var isHeapType = false
    /// Instances carry a `__dict__` (classes without `__slots__`).
    @exclusivity(unchecked) public internal(set) var instancesHaveDict = false
    /// Values an instance keeps for `__slots__` (this class's and its bases'), by index.
    @exclusivity(unchecked) public internal(set) var slotCount = 0
    /// For a class with `__del__`: where its freed instances wait for it (nil otherwise).
    @exclusivity(unchecked) var instanceFinalizers: Finalizers?
    /// Recent attribute look-ups along the MRO (see `Runtime.lookupInType`), made on first use.
    @exclusivity(unchecked) var lookupCache: [TypeLookupEntry] = []
    /// Makes an instance for `type(...)` (CPython's `tp_new`, with `tp_init` for
    /// builtin types); found along the MRO, so subclasses of builtins inherit it.
    @exclusivity(unchecked) var constructor: ((Runtime, PyType, Arguments) throws(PythonError) -> Value)?
    /// The `__init__` of a class whose instances need nothing else (see
    /// `Runtime.plainInitializer`), worked out under `plainInitializerGeneration`.
    @exclusivity(unchecked) var plainInitializer: PyFunction?
    @exclusivity(unchecked) var plainInitializerGeneration: UInt64 = 0
    /// Names of its instances' inline attributes (see `PyInstance`), made on first use.
    @exclusivity(unchecked) var storedInstanceLayout: InstanceLayout?
    /// The interpreter's count of nested frees, the same object for all its types
    /// (each type takes its metatype's; the metatype `type` makes it).
    let freeNesting: FreeNesting

    init(name: String, metatype: PyType, base: PyType?, flags: TypeFlags, slots: TypeSlots = TypeSlots()) {
        self.name = name
        self.qualname = name
        self.base = base
        self.slots = slots
        self.flags = flags
        self.freeNesting = metatype.freeNesting
        super.init(type: metatype)
        self.bases = base.map { [$0] } ?? []
        self.mro = [self] + (base?.mro ?? [])
    }

    /// The metatype `type`, whose type is itself.
    init(metatypeNamed name: String, flags: TypeFlags) {
        self.name = name
        self.qualname = name
        self.base = nil
        self.slots = TypeSlots()
        self.flags = flags
        self.freeNesting = FreeNesting()
        super.init(isMetatype: ())
    }

    /// Sets the base after creation: `type`'s base is `object`, whose type is `type`.
    func setBase(_ base: PyType) {
        self.base = base
        bases = [base]
        mro = [self, base]
    }

    /// Replaces the base (a heap type's first base) and the MRO.
    func setInheritance(base: PyType, bases: [PyType], mro: [PyType]) {
        self.base = base
        self.bases = bases
        self.mro = mro
    }

    /// Whether this type is `other` or inherits from it.
    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for type in mro where type === other { return true }
        return false
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if let base { body(base) }
        for type in bases { body(type) }
        if let dict { body(dict) }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        if let base { references.append(base) }
        references.append(contentsOf: bases as [PyObject])
        for type in mro.dropFirst() { references.append(type) }
        if let dict { references.append(dict) }
        base = nil
        bases = []
        mro = []
        dict = nil
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

/// One remembered MRO look-up: `name` resolved to `value` (nil: not found) under `generation`.
struct TypeLookupEntry {
    var name: PyStr?
    var generation: UInt64
    var value: Value?
    /// The value was found in the dict of a class defined in Python (not a builtin type).
    var foundOnHeapType = false
    /// What the value is to an instance's attribute look-up (decided once, when cached).
    var kind: TypeLookupKind = .absent
}

enum TypeLookupKind: UInt8 {
    /// No class on the MRO defines the name.
    case absent
    /// A function defined in Python: a method.
    case function
    /// Anything else (descriptors of every kind, plain class attributes).
    case other
}
