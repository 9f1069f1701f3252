import AnhingaCompiler
import AnhingaSyntax

/// Pickling's half in the object model: `object.__reduce_ex__`, `__reduce__` and
/// `__getstate__`, the `__getnewargs__` of the immutable builtins, and the
/// `__reduce__` of sets and exceptions, giving the tuples that `copy` and `pickle`
/// rebuild objects from (as the pickle documentation and PEP 307 describe them).
extension Runtime {
    func installReduction() {
        let object = types.object
        defineMethod(object, "__reduce_ex__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2 else {
                throw PythonError(.typeError, "object.__reduce_ex__() takes exactly one argument (\(max(args.count - 1, 0)) given)")
            }
            let proto = try rt.indexValue(args[1])
            // A class's own `__reduce__` answers for every protocol.
            if rt.overridesObjectMethod(rt.typeOf(args[0]), "__reduce__") {
                return try rt.callValues(try rt.getAttribute(args[0], rt.intern("__reduce__")), [])
            }
            return try rt.commonReduce(args[0], protocol: proto)
        }
        defineMethod(object, "__reduce__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1 else { throw PythonError(.typeError, "object.__reduce__() takes no arguments (\(max(args.count - 1, 0)) given)") }
            return try rt.commonReduce(args[0], protocol: 0)
        }
        defineMethod(object, "__getstate__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1 else { throw PythonError(.typeError, "object.__getstate__() takes no arguments (\(max(args.count - 1, 0)) given)") }
            return try rt.defaultState(args[0], required: false)
        }
        // The immutable builtins are rebuilt from their value: `__newobj__(cls, value)`.
        for type in [types.int, types.float, types.str, types.bytes, types.tuple] {
            defineMethod(type, "__getnewargs__") { (rt, args) throws(PythonError) -> Value in
                guard args.count == 1 else { throw PythonError(.typeError, "\(type.name).__getnewargs__() takes no arguments (\(max(args.count - 1, 0)) given)") }
                return .object(rt.makeTuple([try rt.plainValue(args[0], of: type)]))
            }
        }
        defineMethod(types.complex, "__getnewargs__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1, let number = args[0].object as? PyComplex else {
                throw PythonError(.typeError, "complex.__getnewargs__() takes no arguments (\(max(args.count - 1, 0)) given)")
            }
            return .object(rt.makeTuple([.float(number.real), .float(number.imag)]))
        }
        for type in [types.set, types.frozenset] {
            defineMethod(type, "__reduce__") { (rt, args) throws(PythonError) -> Value in
                guard args.count == 1, let set = args[0].object as? PySet else {
                    throw PythonError(.typeError, "\(type.name).__reduce__() takes no arguments")
                }
                let items = Value.object(rt.makeList(set.elements))
                return .object(rt.makeTuple([.object(rt.typeOf(args[0])), .object(rt.makeTuple([items])),
                                             try rt.defaultState(args[0], required: false)]))
            }
        }
        defineMethod(types.exceptionType(.baseException), "__reduce__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1, let exception = args[0].object as? PyBaseException else {
                throw PythonError(.typeError, "BaseException.__reduce__() takes no arguments")
            }
            var parts: [Value] = [.object(rt.typeOf(args[0])), .object(rt.makeTuple(exception.args))]
            if let dict = exception.attributes, dict.count > 0 { parts.append(.object(dict)) }
            return .object(rt.makeTuple(parts))
        }
    }

    /// `object.__reduce_ex__(protocol)` when the class does not reduce itself.
    private func commonReduce(_ value: Value, protocol proto: Int) throws(PythonError) -> Value {
        proto >= 2 ? try reduceToNewObject(value) : try reduceForEarlyProtocols(value)
    }

    /// Protocols 2 and up: `(copyreg.__newobj__, (cls, *args), state, listitems,
    /// dictitems)`, the arguments from `__getnewargs_ex__` or `__getnewargs__`.
    private func reduceToNewObject(_ value: Value) throws(PythonError) -> Value {
        let type = typeOf(value)
        var newArguments: PyTuple?
        var keywordArguments: PyDict?
        if let method = try attributeIfPresent(value, intern("__getnewargs_ex__")) {
            let result = try callValues(method, [])
            guard let pair = result.object as? PyTuple else {
                throw PythonError(.typeError, "__getnewargs_ex__ should return a tuple, not '\(typeName(result))'")
            }
            guard pair.count == 2 else {
                throw PythonError(.typeError, "__getnewargs_ex__ should return a tuple of length 2, not \(pair.count)")
            }
            guard let positional = pair.items[0].object as? PyTuple else {
                throw PythonError(.typeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '\(typeName(pair.items[0]))'")
            }
            guard let keywords = pair.items[1].object as? PyDict else {
                throw PythonError(.typeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '\(typeName(pair.items[1]))'")
            }
            newArguments = positional
            keywordArguments = keywords
        } else if let method = try attributeIfPresent(value, intern("__getnewargs__")) {
            let result = try callValues(method, [])
            guard let positional = result.object as? PyTuple else {
                throw PythonError(.typeError, "__getnewargs__ should return a tuple, not '\(typeName(result))'")
            }
            newArguments = positional
        }
        let isList = value.object is PyList
        let isDict = value.object is PyDict
        let state = try objectState(value, required: newArguments == nil && !isList && !isDict)
        let listItems = isList ? try iterate(value) : .none
        let dictItems = isDict ? try iterate(try callValues(try getAttribute(value, intern("items")), [])) : .none
        let helpers = try copyregHelpers()
        let constructor: Value
        let arguments: PyTuple
        if let keywordArguments, keywordArguments.count > 0 {
            constructor = helpers.entry("__newobj_ex__", self) ?? .none
            arguments = makeTuple([.object(type), .object(newArguments ?? makeTuple([])), .object(keywordArguments)])
        } else {
            constructor = helpers.entry("__newobj__", self) ?? .none
            arguments = makeTuple([.object(type)] + (newArguments?.items ?? []))
        }
        return .object(makeTuple([constructor, .object(arguments), state, listItems, dictItems]))
    }

    /// Protocols 0 and 1: `(copyreg._reconstructor, (cls, base, base(obj)), state)`,
    /// where `base` is the builtin type under the class.
    private func reduceForEarlyProtocols(_ value: Value) throws(PythonError) -> Value {
        let type = typeOf(value)
        let base = builtinBase(of: type)
        var baseState = Value.none
        if base !== types.object {
            if base === type { throw PythonError(.typeError, "cannot pickle '\(type.name)' object") }
            baseState = try callValues(.object(base), [value])
        }
        let arguments = makeTuple([.object(type), .object(base), baseState])
        if !overridesObjectMethod(type, "__getstate__"), let slots = try attributeIfPresent(value, intern("__slots__")), try isTrue(slots) {
            throw PythonError(.typeError, "a class that defines __slots__ without defining __getstate__ cannot be pickled")
        }
        let state = try callValues(try getAttribute(value, intern("__getstate__")), [])
        let reconstructor = try copyregHelpers().entry("_reconstructor", self) ?? .none
        let parts = try isTrue(state) ? [reconstructor, .object(arguments), state] : [reconstructor, .object(arguments)]
        return .object(makeTuple(parts))
    }

    /// The object's `__getstate__()`, or the default state when it is object's own.
    private func objectState(_ value: Value, required: Bool) throws(PythonError) -> Value {
        if overridesObjectMethod(typeOf(value), "__getstate__") {
            return try callValues(try getAttribute(value, intern("__getstate__")), [])
        }
        return try defaultState(value, required: required)
    }

    /// `object.__getstate__()`: the instance dict (None when empty), paired with a
    /// dict of the slots that are set when the class has slots. `required` (no
    /// arguments rebuild the object) refuses objects whose builtin state it would lose.
    private func defaultState(_ value: Value, required: Bool) throws(PythonError) -> Value {
        let type = typeOf(value)
        if required, builtinBase(of: type) !== types.object {
            throw PythonError(.typeError, "cannot pickle '\(type.name)' object")
        }
        var state = Value.none
        if case .object(let object) = value, let dict = instanceDict(object), dict.count > 0 { state = .object(dict) }
        let names = try slotNames(type)
        guard !names.isEmpty else { return state }
        let slots = makeDict()
        for name in names {
            if let slot = try attributeIfPresent(value, intern(name)) { try slots.set(.object(intern(name)), slot, self) }
        }
        return slots.count > 0 ? .object(makeTuple([state, .object(slots)])) : state
    }

    /// The names of the slots of the class and its bases as stored (private names
    /// mangled), remembered in the class's `__slotnames__` as copyreg does.
    private func slotNames(_ type: PyType) throws(PythonError) -> [String] {
        let cacheKey = Value.object(intern("__slotnames__"))
        if let cached = try type.dict?.get(cacheKey, self) {
            return try collect(cached).compactMap { ($0.object as? PyStr)?.string }
        }
        var names: [String] = []
        for owner in type.mro {
            guard let declared = try owner.dict?.get(.object(intern("__slots__")), self) else { continue }
            for item in declared.object is PyStr ? [declared] : try collect(declared) {
                guard let name = (item.object as? PyStr)?.string, name != "__dict__", name != "__weakref__" else { continue }
                names.append(mangle(name, privateName: owner.name))
            }
        }
        if type.isHeapType {
            try typeDict(type).set(cacheKey, .object(makeList(names.map { .object(makeStr($0)) })), self)
            typeDictChanged()
        }
        return names
    }

    /// Whether the class (or a base) defines `name` itself rather than inheriting object's.
    private func overridesObjectMethod(_ type: PyType, _ name: String) -> Bool {
        guard let found = lookupInType(type, intern(name)) else { return false }
        return !found.isIdentical(to: lookupInType(types.object, intern(name)) ?? .null)
    }

    /// `getattr(value, name, None)`: nil for any AttributeError, as copyreg's `hasattr` tests see it.
    private func attributeIfPresent(_ value: Value, _ name: PyStr) throws(PythonError) -> Value? {
        do throws(PythonError) {
            return try findAttribute(value, name)
        } catch where error.kind == .attributeError {
            return nil
        }
    }

    /// `int(x)`, `str(x)`, … of an instance of `type` or of a subclass: the builtin value alone.
    private func plainValue(_ value: Value, of type: PyType) throws(PythonError) -> Value {
        guard typeOf(value).isSubtype(of: type) else {
            throw PythonError(.typeError, "descriptor '__getnewargs__' requires a '\(type.name)' object but received a '\(typeName(value))'")
        }
        if typeOf(value) === type { return value }
        return try callValues(.object(type), [value])
    }

    /// copyreg's `__newobj__`, `__newobj_ex__` and `_reconstructor`, the functions a
    /// reduction names for rebuilding the object. They are Python functions in CPython,
    /// so they are here too: compiled on first use in a namespace of module `copyreg`.
    private func copyregHelpers() throws(PythonError) -> PyDict {
        if let made = copyregNamespace { return made }
        let source = """
            def __newobj__(cls, *args):
                return cls.__new__(cls, *args)

            def __newobj_ex__(cls, args, kwargs):
                return cls.__new__(cls, *args, **kwargs)

            def _reconstructor(cls, base, state):
                if base is object:
                    return object.__new__(cls)
                obj = base.__new__(cls, state)
                if base.__init__ != object.__init__:
                    base.__init__(obj, state)
                return obj

            """
        let namespace = makeDict()
        try namespace.set(.object(intern("__name__")), .object(makeStr("copyreg")), self)
        try namespace.set(.object(intern("__builtins__")), modules.entry("builtins", self) ?? .none, self)
        let code = try compile(SourceBuffer(string: source, filename: "<copyreg>"), filename: "<copyreg>", mode: .exec)
        _ = try runModuleCode(code, globals: namespace)
        copyregNamespace = namespace
        return namespace
    }
}
