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
    @exclusivity(unchecked) public var recursionLimit = 1000 {
        didSet { frameDepthLimit = min(recursionLimit, Self.frameDepthCeiling) }
    }
    /// What the loop compares `frameDepth` with: the recursion limit, but never more
    /// than `frameDepthCeiling`. Frames entered inline take no native stack, so with
    /// `sys.setrecursionlimit(1 << 30)` only memory would stop a runaway recursion;
    /// the ceiling makes it a RecursionError after some 100 MB of frames instead.
    @exclusivity(unchecked) private(set) var frameDepthLimit = 1000
    public static let frameDepthCeiling = 250_000
    @exclusivity(unchecked) var nativeDepth = 0
    /// Containers whose repr is being built (a list containing itself prints `[...]`).
    @exclusivity(unchecked) var reprInProgress: [ObjectIdentifier] = []

    /// Interned strings by text: identifiers, attribute names, one-character strings.
    @exclusivity(unchecked) var internTable: [String: PyStr] = [:]
    /// `chr(i)` for i < 256, made once: indexing a Latin-1 str allocates nothing.
    let latin1Characters: [PyStr]
    public let emptyString: PyStr
    /// Names the VM looks up on every instance creation, call or missing attribute,
    /// interned once (hashing a Swift string per look-up would cost more than the look-up).
    let names: CommonNames

    // The interpreter: what a running program touches (brief decision 9).
    /// The `builtins` module's namespace, and the modules imported so far (`sys.modules`).
    public let builtins: PyDict
    public let modules: PyDict
    /// Where `print`, `sys.stdout` and `sys.stderr` go, and where `input()` reads (decision 10).
    @exclusivity(unchecked) public var standardOutput: TextOutput
    @exclusivity(unchecked) public var standardError: TextOutput
    @exclusivity(unchecked) public var standardInput: TextInput
    /// The file-system and capability layer behind `open()`.
    @exclusivity(unchecked) public var fileSystem: FileSystemAccess
    /// `sys.argv`.
    public var argv: [String] = [""]
    /// Python frames running now; RecursionError past `recursionLimit`.
    @exclusivity(unchecked) var frameDepth = 0
    /// Not retained: the frame running now is always held by its caller (a call's
    /// pool frame, a generator, a module run), and `evaluate` restores the previous one.
    @exclusivity(unchecked) unowned(unsafe) var currentFrame: Frame?
    /// The frames of function calls: the first `framesInUse` belong to calls in
    /// progress, outermost first (calls nest, and a generator's frame never comes
    /// from here); the rest wait for the next call. The array owns them all, so
    /// the loop may hold a call's frame without retaining it.
    @exclusivity(unchecked) var callFrames: [Frame] = []
    /// `callFrames.count`, kept by the two places that change it (the array's own
    /// count is an out-of-line call here, twice per Python call).
    @exclusivity(unchecked) var callFrameCount = 0
    /// `list.append`, which CALL runs directly (CPython 3.11 specializes it too); its
    /// identity is enough, as builtin types' dicts cannot change.
    @exclusivity(unchecked) var listAppend: ObjectIdentifier?
    /// `dict.get`, run by CALL directly the same way.
    @exclusivity(unchecked) var dictGet: ObjectIdentifier?
    @exclusivity(unchecked) var framesInUse = 0
    /// The exception being handled (`sys.exc_info()`), or None.
    @exclusivity(unchecked) var currentException: Value = .none
    /// The handled exceptions of the frames that resumed the running generators, innermost
    /// last: a generator handling nothing itself sees its caller's (CPython's exc_info chain).
    @exclusivity(unchecked) var resumerExceptions: [Value] = []
    /// The error being thrown re-raises an exception that already has this frame's entry.
    @exclusivity(unchecked) var reraising = false
    /// Generators that died suspended in a `try`/`with`, and instances of classes with
    /// `__del__`, waiting for their Python code to run (see `runFinalizers`).
    let finalizers = Finalizers()
    /// The `%` template formatted last and its parse (see `percentSegments`).
    @exclusivity(unchecked) var lastPercentTemplate: (PyStr, [PercentSegment])?
    /// The value a finished generator returned to SEND (`yield from`'s result).
    @exclusivity(unchecked) var lastReturnValue: Value = .none
    /// Set from outside (Ctrl-C, a host's stop request); seen at the next check point.
    @exclusivity(unchecked) public var interruptRequested = false
    /// Types made after start-up (classes, `sys.version_info`, the iterator types): each
    /// lists itself first in its MRO, a cycle only tear-down breaks (until a cycle collector).
    var createdTypes: [PyType] = []
    /// Changes whenever any type's dict may have changed: entries of the types'
    /// look-up caches made under another generation are stale.
    @exclusivity(unchecked) var typeGeneration: UInt64 = 1
    /// The namespace of the copyreg functions reductions name (see `copyregHelpers`), made on first use.
    var copyregNamespace: PyDict?
    /// Source lines by file name, for tracebacks (the program's, and files read on demand).
    var sourceLines: [String: [[UInt8]]] = [:]
    /// The lowest address the native stack may reach before RecursionError (0: unchecked).
    @exclusivity(unchecked) public var nativeStackLimit: UInt = 0

    public init(standardOutput: TextOutput = DiscardingOutput(), standardError: TextOutput = DiscardingOutput(),
                standardInput: TextInput = EmptyInput(), fileSystem: FileSystemAccess = NoFileSystem()) {
        let types = BuiltinTypes()
        self.types = types
        latin1Characters = (0..<256).map { PyStr(type: types.str, storage: .latin1([UInt8($0)])) }
        emptyString = PyStr(type: types.str, storage: .latin1([]))
        var table: [String: PyStr] = [:]
        names = CommonNames { text in
            let str = PyStr(type: types.str, storage: PyStr.storage(of: text))
            str.isInterned = true
            table[text] = str
            return str
        }
        internTable = table
        builtins = PyDict(type: types.dict)
        modules = PyDict(type: types.dict)
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.standardInput = standardInput
        self.fileSystem = fileSystem
        installTypeDictionaries()
        installBuiltins()
        finalizers.runtime = self
    }

    deinit {
        // Builtin types reference each other (`object` is an instance of `type`,
        // whose base is `object`), `sys.modules` holds `sys`, whose dict holds
        // `sys.modules`, and every type's MRO starts with itself: break those
        // cycles so the interpreter's objects are freed with it. The finalizers that never
        // ran are dropped first, and classes stop queueing their instances' `__del__`.
        for type in createdTypes { type.instanceFinalizers = nil }
        finalizers.pending.removeAll()
        copyregNamespace?.removeAll()
        var dropped: [PyObject] = []
        for entry in modules.orderedEntries {
            guard let module = entry.value.object as? PyModule else { continue }
            for item in module.dict.orderedEntries {
                if let type = item.value.object as? PyType { type.moveReferences(into: &dropped) }
            }
            module.dict.removeAll()
        }
        modules.removeAll()
        builtins.removeAll()
        for type in createdTypes { type.moveReferences(into: &dropped) }
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
    public let complex: PyType
    public let bytes: PyType
    public let bytearray: PyType
    public let set: PyType
    public let frozenset: PyType
    public let range: PyType
    public let code: PyType
    public let function: PyType
    public let builtinFunction: PyType
    /// A builtin type's methods as CPython types them: its slot dunders (`object.__init__`),
    /// its other methods (`list.append`), and a slot dunder bound (`(1).__add__`). Subclasses
    /// of `builtin_function_or_method` here, whose attributes they share.
    public let wrapperDescriptor, methodDescriptor, methodWrapper: PyType
    public let cell: PyType
    public let method: PyType
    public let staticMethod: PyType
    public let classMethod: PyType
    public let property: PyType
    public let nativeAttribute: PyType
    public let slotMember: PyType
    public let module: PyType
    public let generator: PyType
    public let coroutine: PyType
    public let asyncGenerator: PyType
    /// What `coroutine.__await__()` returns.
    public let coroutineWrapper: PyType
    /// The awaitables of `__anext__()`/`asend()` and of `athrow()`/`aclose()`.
    public let asyncGeneratorSend: PyType
    public let asyncGeneratorThrow: PyType
    /// What `anext(aiterator, default)` returns.
    public let anextAwaitable: PyType
    public let memoryview: PyType
    /// What a class's `__dict__` is.
    public let mappingProxy: PyType
    public let iterator: PyType
    /// The iterators of the builtin containers, named as CPython names them
    /// (subclasses of `iterator` here, which holds their methods).
    public let listIterator, listReverseIterator, tupleIterator, strIterator, strASCIIIterator, rangeIterator,
               setIterator, bytesIterator, dictKeyIterator, dictValueIterator, dictItemIterator, dictReverseKeyIterator,
               dictReverseValueIterator, dictReverseItemIterator, reversedIterator, callableIterator: PyType
    public let dictKeys: PyType
    public let dictValues: PyType
    public let dictItems: PyType
    public let textStream: PyType
    public let traceback: PyType
    public let frame: PyType
    public let genericAlias: PyType
    public let file: PyType
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
        complex = make("complex", ComplexSlots.make())
        bytes = make("bytes", BytesSlots.make())
        bytearray = make("bytearray", BytesSlots.make())
        set = make("set", flags: [.baseType, .holdsReferences], SetSlots.make())
        frozenset = make("frozenset", flags: [.baseType, .holdsReferences], SetSlots.make())
        range = make("range", flags: [], RangeSlots.make())
        code = make("code", flags: [], TypeSlots())
        function = make("function", flags: [.holdsReferences], TypeSlots())
        builtinFunction = make("builtin_function_or_method", flags: [.holdsReferences], TypeSlots())
        wrapperDescriptor = make("wrapper_descriptor", base: builtinFunction, flags: [.holdsReferences], TypeSlots())
        methodDescriptor = make("method_descriptor", base: builtinFunction, flags: [.holdsReferences], TypeSlots())
        methodWrapper = make("method-wrapper", base: builtinFunction, flags: [.holdsReferences], TypeSlots())
        cell = make("cell", flags: [.holdsReferences], TypeSlots())
        method = make("method", flags: [.holdsReferences], TypeSlots())
        staticMethod = make("staticmethod", flags: [.baseType, .holdsReferences], TypeSlots())
        classMethod = make("classmethod", flags: [.baseType, .holdsReferences], TypeSlots())
        property = make("property", flags: [.baseType, .holdsReferences], TypeSlots())
        nativeAttribute = make("getset_descriptor", flags: [], TypeSlots())
        slotMember = make("member_descriptor", flags: [], TypeSlots())
        module = make("module", flags: [.baseType, .holdsReferences], TypeSlots())
        generator = make("generator", flags: [.holdsReferences], TypeSlots())
        coroutine = make("coroutine", flags: [.holdsReferences], TypeSlots())
        asyncGenerator = make("async_generator", flags: [.holdsReferences], TypeSlots())
        coroutineWrapper = make("coroutine_wrapper", flags: [.holdsReferences], TypeSlots())
        asyncGeneratorSend = make("async_generator_asend", flags: [.holdsReferences], TypeSlots())
        asyncGeneratorThrow = make("async_generator_athrow", flags: [.holdsReferences], TypeSlots())
        anextAwaitable = make("anext_awaitable", flags: [.holdsReferences], TypeSlots())
        memoryview = make("memoryview", flags: [.holdsReferences], MemoryViewSlots.make())
        mappingProxy = make("mappingproxy", flags: [.holdsReferences], MappingProxySlots.make())
        iterator = make("iterator", flags: [.holdsReferences], IteratorSlots.make())
        let iteratorBase = iterator
        listIterator = make("list_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        listReverseIterator = make("list_reverseiterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        tupleIterator = make("tuple_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        strIterator = make("str_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        strASCIIIterator = make("str_ascii_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        rangeIterator = make("range_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        setIterator = make("set_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        bytesIterator = make("bytes_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        dictKeyIterator = make("dict_keyiterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        dictValueIterator = make("dict_valueiterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        dictItemIterator = make("dict_itemiterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        dictReverseKeyIterator = make("dict_reversekeyiterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        dictReverseValueIterator = make("dict_reversevalueiterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        dictReverseItemIterator = make("dict_reverseitemiterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        reversedIterator = make("reversed", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        callableIterator = make("callable_iterator", base: iteratorBase, flags: [.holdsReferences], IteratorSlots.make())
        dictKeys = make("dict_keys", flags: [.holdsReferences], DictIteration.slots())
        dictValues = make("dict_values", flags: [.holdsReferences], DictIteration.slots())
        dictItems = make("dict_items", flags: [.holdsReferences], DictIteration.slots())
        textStream = make("TextIOWrapper", flags: [.holdsReferences], TypeSlots())
        traceback = make("traceback", flags: [.holdsReferences], TypeSlots())
        frame = make("frame", flags: [.holdsReferences], TypeSlots())
        genericAlias = make("GenericAlias", flags: [.holdsReferences], GenericAliasSlots.make())
        file = make("TextIOWrapper", flags: [], TypeSlots())
        var exceptions: [PyType] = []
        for kind in ExceptionKind.allCases {
            // `base` precedes its subclasses in `allCases`, so it is already made.
            let base = kind.base.map { exceptions[$0.rawValue] } ?? object
            exceptions.append(make(kind.name, base: base, flags: [.baseType, .holdsReferences], ExceptionSlots.make()))
        }
        // The one builtin exception with two bases: ExceptionGroup(BaseExceptionGroup, Exception).
        let group = exceptions[ExceptionKind.exceptionGroup.rawValue]
        let baseGroup = exceptions[ExceptionKind.baseExceptionGroup.rawValue]
        let exception = exceptions[ExceptionKind.exception.rawValue]
        group.setInheritance(base: baseGroup, bases: [baseGroup, exception], mro: [group, baseGroup] + exception.mro)
        // io.UnsupportedOperation(OSError, ValueError).
        let unsupported = exceptions[ExceptionKind.unsupportedOperation.rawValue]
        let osError = exceptions[ExceptionKind.osError.rawValue]
        let valueError = exceptions[ExceptionKind.valueError.rawValue]
        unsupported.setInheritance(base: osError, bases: [osError, valueError], mro: [unsupported, osError, valueError] + exception.mro)
        unsupported.moduleName = "io"
        self.exceptions = exceptions
    }

    /// The class of a builtin exception kind.
    public func exceptionType(_ kind: ExceptionKind) -> PyType {
        exceptions[kind.rawValue]  // one per case, made in order: always in range
    }

    /// Every builtin type, for tear-down and (later) the builtins module.
    var all: [PyType] {
        [type, object, none, notImplemented, ellipsis, int, bool, float, str, list, tuple, dict, slice,
         complex, bytes, bytearray, set, frozenset, range, code, function, builtinFunction, wrapperDescriptor, methodDescriptor, methodWrapper, cell, method,
         staticMethod, classMethod, property, nativeAttribute, slotMember, module, generator, coroutine, asyncGenerator,
         coroutineWrapper, asyncGeneratorSend, asyncGeneratorThrow, anextAwaitable, memoryview, mappingProxy, iterator,
         listIterator, listReverseIterator, tupleIterator, strIterator, strASCIIIterator, rangeIterator, setIterator,
         bytesIterator, dictKeyIterator, dictValueIterator, dictItemIterator, dictReverseKeyIterator,
         dictReverseValueIterator, dictReverseItemIterator, reversedIterator,
         callableIterator, dictKeys, dictValues, dictItems, textStream, traceback, frame, genericAlias, file] + exceptions
    }

    func tearDown() {
        for type in all {
            var dropped: [PyObject] = []
            type.moveReferences(into: &dropped)
        }
    }
}

/// Interned names of the protocols the VM calls by name.
struct CommonNames {
    let new, initializer, call, getattr, getattribute, setattr, delattr, enter, exit, classGetitem, name: PyStr
    /// The descriptor protocol.
    let get, set, delete, setName: PyStr
    /// The dunder of each BINARY_OP argument below 13 (nil for `@` and `**`, which
    /// have their own paths): `__add__`, `__sub__`, ….
    let binaryDunders: [PyStr?]

    init(_ make: (String) -> PyStr) {
        binaryDunders = ["__add__", "__sub__", "__mul__", nil, "__truediv__", "__mod__", nil, "__lshift__", "__rshift__",
                         "__or__", "__xor__", "__and__", "__floordiv__"].map { $0.map(make) }
        new = make("__new__")
        initializer = make("__init__")
        call = make("__call__")
        getattr = make("__getattr__")
        getattribute = make("__getattribute__")
        get = make("__get__")
        set = make("__set__")
        delete = make("__delete__")
        setName = make("__set_name__")
        setattr = make("__setattr__")
        delattr = make("__delattr__")
        enter = make("__enter__")
        exit = make("__exit__")
        classGetitem = make("__class_getitem__")
        name = make("__name__")
    }
}
