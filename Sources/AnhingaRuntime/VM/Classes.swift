/// Calling a type (making instances), `__build_class__` and classes made at
/// run time, with their MRO (C3) and the slots that reach their dunders.
extension Runtime {
    /// `type(...)`: `type(x)`, a builtin constructor, or a class's `__new__` then `__init__`.
    func callType(_ type: PyType, _ arguments: Arguments) throws(PythonError) -> Value {
        if type === types.type && arguments.count == 1 {
            return .object(typeOf(arguments[0]))
        }
        let instance: Value
        if let new = heapDunder(type, names.new) {
            let target: Value = (new.object as? PyMethodWrapper)?.function ?? new
            instance = try Arguments.with([.object(type)] + Array(arguments.values), keywordNames: arguments.keywordNames) {
                (arguments) throws(PythonError) -> Value in try call(target, arguments)
            }
        } else {
            guard let constructor = type.mro.lazy.compactMap(\.constructor).first else {
                throw PythonError(.typeError, "cannot create '\(type.name)' instances")
            }
            let hasInit = heapDunder(type, names.initializer) != nil
            if hasInit && type.mro.first(where: { $0.constructor != nil }) === types.object {
                instance = try constructor(self, type, Arguments(UnsafeBufferPointer(start: nil, count: 0)))
            } else {
                instance = try constructor(self, type, arguments)
            }
        }
        guard typeOf(instance).isSubtype(of: type), let initializer = heapDunder(type, names.initializer) else { return instance }
        let result = try callMethodDescriptor(initializer, receiver: instance, arguments)
        if case .none = result {} else {
            throw PythonError(.typeError, "__init__() should return None, not '\(typeName(result))'")
        }
        return instance
    }

    /// The `__init__` of `type` when calling it means no more than: a plain instance
    /// (`object.__new__`, a fresh `__dict__`), then that Python function run on it.
    /// That is the usual class; CALL then builds the instance in the caller's empty
    /// self slot and runs `__init__` inline as a method call (see `execute`). nil for everything else: a
    /// metaclass, a `__new__`, a builtin base other than `object`, no `__init__`.
    /// Remembered on the type until any type dict changes (`typeGeneration`).
    @inline(__always)
    func plainInitializer(_ type: PyType) -> PyFunction? {
        if type.plainInitializerGeneration == typeGeneration { return type.plainInitializer }
        return findPlainInitializer(type)
    }

    @inline(never)
    private func findPlainInitializer(_ type: PyType) -> PyFunction? {
        var found: PyFunction?
        if type.isHeapType, type.instancesHaveDict, type.type === types.type, heapDunder(type, names.new) == nil,
           type.mro.first(where: { $0.constructor != nil }) === types.object,
           case .object(let object)? = heapDunder(type, names.initializer), Swift.type(of: object) == PyFunction.self {
            found = unsafeDowncast(object, to: PyFunction.self)
        }
        type.plainInitializer = found
        type.plainInitializerGeneration = typeGeneration
        return found
    }

    /// A dunder defined in Python on the heap part of `type`'s MRO.
    func heapDunder(_ type: PyType, _ name: String) -> Value? {
        heapDunder(type, intern(name))
    }

    func heapDunder(_ type: PyType, _ name: PyStr) -> Value? {
        let entry = cachedLookup(type, name)
        return entry.foundOnHeapType ? entry.value : nil
    }

    /// LOAD_BUILD_CLASS.
    func loadBuildClass(_ frame: Frame) throws(PythonError) -> Value {
        guard let value = try frame.builtins.get(.object(intern("__build_class__")), self) else {
            throw PythonError(.nameError, "__build_class__ not found")
        }
        return value
    }

    /// `__build_class__(body, name, *bases, metaclass=…, **keywords)`.
    func buildClass(_ arguments: Arguments) throws(PythonError) -> Value {
        guard arguments.positionalCount >= 2, let body = arguments[0].object as? PyFunction else {
            throw PythonError(.typeError, "__build_class__: func must be a function")
        }
        guard let name = arguments[1].object as? PyStr else {
            throw PythonError(.typeError, "__build_class__: name is not a string")
        }
        let bases = Array(arguments.values[2..<arguments.positionalCount])
        var metaclass: Value? = arguments.keyword("metaclass")
        if metaclass == nil, let first = bases.first { metaclass = .object(typeOf(first)) }
        let namespace = makeDict()
        try namespace.set(.object(intern("__module__")), body.module, self)
        try namespace.set(.object(intern("__qualname__")), .object(body.qualname), self)
        let frame = Frame(code: body.code, globals: body.globals, builtins: builtins, locals: namespace,
                          closure: body.closure, cellType: types.cell)
        _ = try evaluate(frame)
        let classValue: Value
        if let metaclass, let meta = metaclass.object as? PyType, meta !== types.type {
            classValue = try callValues(metaclass, [.object(name), .object(makeTuple(bases)), .object(namespace)])
        } else if let metaclass, !(metaclass.object is PyType) {
            classValue = try callValues(metaclass, [.object(name), .object(makeTuple(bases)), .object(namespace)])
        } else {
            classValue = .object(try makeClass(name: name.string, bases: bases, namespace: namespace, metatype: types.type))
        }
        if let cell = try namespace.get(.object(intern("__classcell__")), self)?.object as? PyCell {
            cell.contents = classValue
        }
        return classValue
    }

    /// A new class (`type(name, bases, namespace)`).
    func makeClass(name: String, bases baseValues: [Value], namespace: PyDict, metatype: PyType) throws(PythonError) -> PyType {
        var bases: [PyType] = []
        for value in baseValues {
            guard let base = value.object as? PyType else {
                throw PythonError(.typeError, "bases must be types")
            }
            guard base.flags.contains(.baseType) else {
                throw PythonError(.typeError, "type '\(base.name)' is not an acceptable base type")
            }
            bases.append(base)
        }
        if bases.isEmpty { bases = [types.object] }
        let mro = try c3Linearization(bases)
        let type = PyType(name: name, metatype: metatype, base: bases[0], flags: [.baseType, .holdsReferences],
                          slots: bases[0].slots)
        type.setInheritance(base: bases[0], bases: bases, mro: [type] + mro)
        createdTypes.append(type)
        let dict = makeDict()
        for entry in namespace.orderedEntries { try dict.set(entry.key, entry.value, self) }
        type.dict = dict
        type.isHeapType = true
        type.instancesHaveDict = true
        if let qualname = try dict.get(.object(intern("__qualname__")), self)?.object as? PyStr {
            type.qualname = qualname.string
            _ = try dict.remove(.object(intern("__qualname__")), self)
        }
        if let module = try dict.get(.object(intern("__module__")), self)?.object as? PyStr {
            type.moduleName = module.string
        }
        _ = try dict.remove(.object(intern("__classcell__")), self)
        // As CPython: these are class methods (or a static method) without a decorator.
        for (name, kind) in [("__init_subclass__", PyMethodWrapper.Kind.classMethod),
                             ("__class_getitem__", .classMethod), ("__new__", .staticMethod)] {
            let key = Value.object(intern(name))
            if let value = try dict.get(key, self), value.object is PyFunction {
                try dict.set(key, .object(PyMethodWrapper(type: kind == .classMethod ? types.classMethod : types.staticMethod,
                                                          kind: kind, function: value)), self)
            }
        }
        installDunderSlots(type, creating: true)
        typeDictChanged()
        for entry in dict.orderedEntries {
            if let property = entry.value.object as? PyProperty, let name = entry.key.object as? PyStr {
                property.name = name.string
                continue
            }
            let valueType = typeOf(entry.value)
            if valueType.isHeapType, let setName = lookupInType(valueType, names.setName) {
                _ = try invokeMethod(setName, receiver: entry.value, [.object(type), entry.key])
            }
        }
        let initSubclass = intern("__init_subclass__")
        for candidate in mro where candidate.isHeapType {
            if let hook = try candidate.dict?.get(.object(initSubclass), self) {
                let target = (hook.object as? PyMethodWrapper)?.function ?? hook
                _ = try callValues(target, [.object(type)])
                break
            }
        }
        return type
    }

    /// A dunder set on (or deleted from) a class after it was made: its slots, and
    /// those of every class made from it, are worked out again from their dicts
    /// (the classes made later come later in `createdTypes`, after their bases).
    func dunderAssigned(on changed: PyType) {
        for type in createdTypes where type.isHeapType && type.isSubtype(of: changed) {
            if let base = type.base { type.slots = base.slots }
            installDunderSlots(type, creating: false)
        }
        typeDictChanged()
    }

    /// C3 linearisation of the bases' MROs, with CPython's error when none exists.
    func c3Linearization(_ bases: [PyType]) throws(PythonError) -> [PyType] {
        var sequences = bases.map(\.mro) + [bases]
        var result: [PyType] = []
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType?
            for sequence in sequences {
                let head = sequence[0]
                let inTail = sequences.contains { $0.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let chosen = candidate else {
                let names = bases.map(\.name).joined(separator: ", ")
                throw PythonError(.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(chosen)
            sequences = sequences.map { $0.first === chosen ? Array($0.dropFirst()) : $0 }
        }
    }
}
