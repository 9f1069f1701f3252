/// Filling in one runtime's builtin types and its `builtins` module at start-up.
extension Runtime {
    func installTypeDictionaries() {
        for type in types.all where type.dict == nil { type.dict = makeDict() }
        installConstructors()
        installObjectAttributes()
        installReduction()
        installContainerMethods()
        installStrMethods()
        installStrTranslation()
        installBytesMethods()
        installMemoryViewMethods()
        installMappingProxyMethods()
        installSliceAndRangeAttributes()
        installTextStreamMethods()
        installFileMethods()
        installTracebackAndFrameAttributes()
        installGenericAliases()
        installIteratorLengthHints()
        installSlotWrappers()
        for type in types.all where type.moduleName == "builtins" {
            if let dict = type.dict, (try? dict.get(.object(intern("__doc__")), self)) == nil {
                try? dict.set(.object(intern("__doc__")), .none, self)
            }
        }
    }

    func installBuiltins() {
        let builtinsModule = PyModule(type: types.module, name: "builtins", dict: builtins)
        try? modules.set(.object(intern("builtins")), .object(builtinsModule), self)
        try? builtins.set(.object(intern("__name__")), .object(makeStr("builtins")), self)
        try? builtins.set(.object(intern("__doc__")), .none, self)
        let exposed: [PyType] = [types.object, types.type, types.int, types.bool, types.float, types.complex, types.str,
                                 types.bytes, types.bytearray, types.list, types.tuple, types.dict, types.set,
                                 types.frozenset, types.range, types.slice, types.staticMethod, types.classMethod,
                                 types.property, types.memoryview]
        for type in exposed { try? builtins.set(.object(intern(type.name)), .object(type), self) }
        for kind in ExceptionKind.allCases where kind.isBuiltinName {
            try? builtins.set(.object(intern(kind.name)), .object(types.exceptionType(kind)), self)
        }
        try? builtins.set(.object(intern("EnvironmentError")), .object(types.exceptionType(.osError)), self)
        try? builtins.set(.object(intern("IOError")), .object(types.exceptionType(.osError)), self)
        try? builtins.set(.object(intern("None")), .none, self)
        try? builtins.set(.object(intern("True")), .bool(true), self)
        try? builtins.set(.object(intern("False")), .bool(false), self)
        try? builtins.set(.object(intern("NotImplemented")), .notImplemented, self)
        try? builtins.set(.object(intern("Ellipsis")), .ellipsis, self)
        try? builtins.set(.object(intern("__debug__")), .bool(true), self)
        installBuiltinFunctions()
        installAsyncIterationBuiltins()
        installSuper()
        makeSysModule()
        installSiteBuiltins()
        // As CPython's builtin types inherit object's hash unless they compare
        // themselves: functions, modules, generators, iterators, … hash by identity.
        // (dict_values compares by identity, so it hashes.)
        for type in types.all + createdTypes where !type.isHeapType && type.slots.hash == nil
            && (type.slots.richCompare == nil || type === types.dictValues) {
            type.slots.hash = types.object.slots.hash
        }
    }

    /// `super()` (zero arguments: the `__class__` cell and the first argument
    /// of the calling frame) and `super(type, object)`.
    private func installSuper() {
        let superType = PyType(name: "super", metatype: types.type, base: types.object, flags: [.baseType, .holdsReferences])
        superType.dict = makeDict()
        createdTypes.append(superType)
        superType.constructor = { (rt, type, args) throws(PythonError) -> Value in
            var start: PyType
            var receiver: Value
            if args.count == 0 {
                guard let frame = rt.currentFrame else { throw PythonError(.runtimeError, "super(): no current frame") }
                guard frame.code.localCount > 0 || !frame.cells.isEmpty else { throw PythonError(.runtimeError, "super(): no arguments") }
                guard let classIndex = (frame.code.code.cellvars + frame.code.code.freevars).firstIndex(of: "__class__"),
                      classIndex < frame.cells.count, let cls = frame.cells[classIndex].contents.object as? PyType else {
                    throw PythonError(.runtimeError, "super(): __class__ cell not found")
                }
                var first = frame.code.localCount > 0 ? frame.slots[0] : .null
                if case .null = first, let name = frame.code.code.varnames.first,
                   let cellIndex = frame.code.code.cellvars.firstIndex(of: name) {
                    first = frame.cells[cellIndex].contents
                }
                if case .null = first { throw PythonError(.runtimeError, "super(): no arguments") }
                start = cls
                receiver = first
            } else {
                guard let cls = args[0].object as? PyType else {
                    throw PythonError(.typeError, "super() argument 1 must be a type, not \(rt.typeName(args[0]))")
                }
                start = cls
                receiver = args.count > 1 ? args[1] : .none
                if args.count > 1 {
                    let isSubclass = (receiver.object as? PyType)?.isSubtype(of: cls) ?? false
                    guard rt.typeOf(receiver).isSubtype(of: cls) || isSubclass else {
                        throw PythonError(.typeError, "super(type, obj): obj must be an instance or subtype of type")
                    }
                }
            }
            return .object(PySuper(type: type, start: start, receiver: receiver))
        }
        superType.slots.getAttribute = { (rt: Runtime, value: Value, name: PyStr) throws(PythonError) -> Value in
            guard let proxy = value.object as? PySuper else { throw rt.attributeError(value, name) }
            // The proxy's own attributes come first, as CPython's super_getattro answers them.
            switch name.string {
            case "__thisclass__": return .object(proxy.start)
            case "__self__": return proxy.receiver
            case "__self_class__":
                if case .none = proxy.receiver { return .none }
                if let type = proxy.receiver.object as? PyType, type.isSubtype(of: proxy.start) { return proxy.receiver }
                return .object(rt.typeOf(proxy.receiver))
            case "__class__": return .object(rt.typeOf(value))
            default: break
            }
            let receiverType = (proxy.receiver.object as? PyType).flatMap { $0.isSubtype(of: proxy.start) ? $0 : nil }
                ?? rt.typeOf(proxy.receiver)
            let mro = receiverType.mro
            guard let position = mro.firstIndex(where: { $0 === proxy.start }) else { throw rt.attributeError(value, name) }
            for type in mro[(position + 1)...] {
                guard let found = try type.dict?.get(.object(name), rt) else { continue }
                if let wrapper = found.object as? PyMethodWrapper {
                    if wrapper.kind == .staticMethod { return wrapper.function }
                    return .object(PyBoundMethod(type: rt.types.method, function: wrapper.function, receiver: .object(receiverType)))
                }
                if proxy.receiver.object is PyType && found.object is PyFunction { return found }
                if let property = found.object as? PyProperty { return try rt.callOne(property.getter, proxy.receiver) }
                return try rt.bind(found, to: proxy.receiver)
            }
            throw PythonError(.attributeError, "'super' object has no attribute '\(name.string)'")
        }
        try? builtins.set(.object(intern("super")), .object(superType), self)
    }
}

/// A `super()` proxy: look-ups start after `start` in the receiver's MRO.
public final class PySuper: PyObject {
    let start: PyType
    let receiver: Value

    init(type: PyType, start: PyType, receiver: Value) {
        self.start = start
        self.receiver = receiver
        super.init(type: type)
    }
}
