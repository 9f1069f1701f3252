/// Everything one interpreter's objects share: its builtin types, its table
/// of interned strings, its limits. Two `Runtime`s never share mutable state,
/// so two interpreters can run on two threads (brief decision 9). The
/// evaluation loop will hang off this too.
public final class Runtime {
    public let types: BuiltinTypes
    /// `sys.get_int_max_str_digits()`: 0 means no limit.
    public var intMaxStrDigits = IntText.defaultMaximumDigits
    /// How deep native recursion (repr of nested lists, comparisons) may go
    /// before RecursionError, as CPython's recursion limit bounds it.
    public var recursionLimit = 1000
    var nativeDepth = 0
    /// Containers whose repr is being built (a list containing itself prints `[...]`).
    var reprInProgress: [ObjectIdentifier] = []

    /// Interned strings by text: identifiers, attribute names, one-character strings.
    var internTable: [String: PyStr] = [:]
    /// `chr(i)` for i < 256, made once: indexing a Latin-1 str allocates nothing.
    let latin1Characters: [PyStr]
    public let emptyString: PyStr

    public init() {
        let types = BuiltinTypes()
        self.types = types
        latin1Characters = (0..<256).map { PyStr(type: types.str, storage: .latin1([UInt8($0)])) }
        emptyString = PyStr(type: types.str, storage: .latin1([]))
    }

    deinit {
        // Builtin types reference each other (`object` is an instance of `type`,
        // whose base is `object`): break those cycles so the types are freed.
        types.tearDown()
    }

    /// Runs `body` one native level deeper, raising RecursionError past the limit.
    @inline(__always)
    func withRecursionCheck<T>(_ context: String, _ body: () throws(PythonError) -> T) throws(PythonError) -> T {
        if nativeDepth >= recursionLimit {
            throw PythonError(.recursionError, "maximum recursion depth exceeded" + context)
        }
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        return try body()
    }
}

/// The builtin types of one runtime, made together at start-up.
public struct BuiltinTypes {
    public let type: PyType
    public let object: PyType
    public let none: PyType
    public let notImplemented: PyType
    public let ellipsis: PyType
    public let int: PyType
    public let bool: PyType
    public let float: PyType
    public let str: PyType
    public let list: PyType
    public let tuple: PyType
    public let dict: PyType
    public let slice: PyType
    /// One type per `ExceptionKind`, in its order.
    private let exceptions: [PyType]

    init() {
        let type = PyType(metatypeNamed: "type", flags: [.baseType])
        let object = PyType(name: "object", metatype: type, base: nil, flags: [.baseType])
        type.setBase(object)
        self.type = type
        self.object = object
        func make(_ name: String, base: PyType? = nil, flags: TypeFlags = [.baseType], _ slots: TypeSlots) -> PyType {
            PyType(name: name, metatype: type, base: base ?? object, flags: flags, slots: slots)
        }
        none = make("NoneType", flags: [], SingletonSlots.none())
        notImplemented = make("NotImplementedType", flags: [], SingletonSlots.notImplemented())
        ellipsis = make("ellipsis", flags: [], SingletonSlots.ellipsis())
        int = make("int", IntSlots.make())
        bool = make("bool", base: int, flags: [], IntSlots.makeBool())
        float = make("float", FloatSlots.make())
        str = make("str", StrSlots.make())
        list = make("list", flags: [.baseType, .holdsReferences], ListSlots.makeList())
        tuple = make("tuple", flags: [.baseType, .holdsReferences], ListSlots.makeTuple())
        dict = make("dict", flags: [.baseType, .holdsReferences], DictSlots.make())
        slice = make("slice", flags: [.holdsReferences], SliceSlots.make())
        var exceptions: [PyType] = []
        for kind in ExceptionKind.allCases {
            // `base` precedes its subclasses in `allCases`, so it is already made.
            let base = kind.base.map { exceptions[$0.rawValue] } ?? object
            exceptions.append(make(kind.name, base: base, flags: [.baseType, .holdsReferences], ExceptionSlots.make()))
        }
        self.exceptions = exceptions
    }

    /// The class of a builtin exception kind.
    public func exceptionType(_ kind: ExceptionKind) -> PyType {
        exceptions[kind.rawValue]  // one per case, made in order: always in range
    }

    /// Every builtin type, for tear-down and (later) the builtins module.
    var all: [PyType] {
        [type, object, none, notImplemented, ellipsis, int, bool, float, str, list, tuple, dict, slice] + exceptions
    }

    func tearDown() {
        for type in all {
            var dropped: [PyObject] = []
            type.moveReferences(into: &dropped)
        }
    }
}
