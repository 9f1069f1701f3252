import AnhingaCompiler

/// Calling a type (making instances), `__build_class__` and classes made at
/// run time, with their MRO (C3) and the slots that reach their dunders.
extension Runtime {
    /// `type(...)`: `type(x)`, a builtin constructor, or a class's `__new__` then `__init__`.
    func callType(_ type: PyType, _ arguments: Arguments) throws(PythonError) -> Value {
        if type.type.isHeapType, let call = heapDunder(type.type, names.call) {
            return try callMethodDescriptor(call, receiver: .object(type), arguments)
        }
        return try makeInstance(type, arguments)
    }

    /// `type.__call__`: `__new__`, then `__init__` when `__new__` made an instance of the class.
    func makeInstance(_ type: PyType, _ arguments: Arguments) throws(PythonError) -> Value {
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
            // As CPython's object, list, dict and set: `__new__` makes an empty instance
            // and leaves the arguments to the class's own `__init__`.
            let hasInit = heapDunder(type, names.initializer) != nil
            let builtin = type.mro.first(where: { $0.constructor != nil })
            if hasInit, let builtin, [types.object, types.list, types.dict, types.set].contains(where: { $0 === builtin }) {
                instance = try constructor(self, type, Arguments(UnsafeBufferPointer(start: nil, count: 0)))
            } else {
                instance = try constructor(self, type, arguments)
            }
        }
        // As CPython: the __init__ of the instance's own class (a subclass of `type`, or the
        // metaclass that `type(name, bases, ns)` found among the bases).
        let madeType = typeOf(instance)
        guard madeType.isSubtype(of: type), let initializer = heapDunder(madeType, names.initializer) else { return instance }
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
        if type.isHeapType, type.instancesHaveDict, type.slotCount == 0, type.type === types.type, heapDunder(type, names.new) == nil,
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

    /// `__build_class__(body, name, *bases, metaclass=…, **keywords)`: the metaclass
    /// (the explicit one or the most derived of the bases'), its `__prepare__`d
    /// namespace filled by the body, then `metaclass(name, bases, namespace, **keywords)`.
    func buildClass(_ arguments: Arguments) throws(PythonError) -> Value {
        guard arguments.positionalCount >= 2 else { throw PythonError(.typeError, "__build_class__: not enough arguments") }
        guard let body = arguments[0].object as? PyFunction else {
            throw PythonError(.typeError, "__build_class__: func must be a function")
        }
        guard let name = arguments[1].object as? PyStr else {
            throw PythonError(.typeError, "__build_class__: name is not a string")
        }
        let originalBases = Array(arguments.values[2..<arguments.positionalCount])
        let bases = try resolveMROEntries(originalBases)
        var metaclass: Value?
        var keywordNames: [PyStr] = []
        var keywordValues: [Value] = []
        for (offset, keyword) in arguments.keywordNames.enumerated() {
            let value = arguments.values[arguments.positionalCount + offset]
            if keyword.string == "metaclass" {
                metaclass = value
            } else {
                keywordNames.append(keyword)
                keywordValues.append(value)
            }
        }
        var meta = metaclass ?? bases.first.map { .object(typeOf($0)) } ?? .object(types.type)
        if let explicit = meta.object as? PyType {
            meta = .object(try mostDerivedMetaclass(explicit, bases))
        }
        let basesTuple = Value.object(makeTuple(bases))
        let namespace: PyDict
        if let prepare = try findAttribute(meta, intern("__prepare__")) {
            let prepared = try callValues(prepare, [.object(name), basesTuple] + keywordValues, keywordNames: keywordNames)
            guard let dict = prepared.object as? PyDict else {
                let metaName = (meta.object as? PyType)?.name ?? "<metaclass>"
                throw PythonError(.typeError, "\(metaName).__prepare__() must return a mapping, not \(typeName(prepared))")
            }
            namespace = dict
        } else {
            namespace = makeDict()
        }
        if bases.count != originalBases.count || zip(bases, originalBases).contains(where: { !$0.isIdentical(to: $1) }) {
            try namespace.set(.object(intern("__orig_bases__")), .object(makeTuple(originalBases)), self)
        }
        let frame = Frame(code: body.code, globals: body.globals, builtins: builtins, locals: namespace,
                          closure: body.closure, cellType: types.cell)
        _ = try evaluate(frame)
        let classValue = try callValues(meta, [.object(name), basesTuple, .object(namespace)] + keywordValues,
                                        keywordNames: keywordNames)
        if let cell = try namespace.get(.object(intern("__classcell__")), self)?.object as? PyCell {
            cell.contents = classValue
        }
        return classValue
    }

    /// PEP 560: a base that is not a class and has `__mro_entries__` (a `list[int]`) is
    /// replaced by the classes that method returns for the original bases.
    private func resolveMROEntries(_ bases: [Value]) throws(PythonError) -> [Value] {
        var resolved: [Value] = []
        let originals = Value.object(makeTuple(bases))
        for base in bases {
            if base.object is PyType {
                resolved.append(base)
                continue
            }
            if let alias = base.object as? PyGenericAlias {
                resolved.append(alias.origin)
                continue
            }
            guard let hook = try findAttribute(base, intern("__mro_entries__")) else {
                resolved.append(base)
                continue
            }
            let entries = try callValues(hook, [originals])
            guard let tuple = entries.object as? PyTuple else { throw PythonError(.typeError, "__mro_entries__ must return a tuple") }
            resolved += tuple.items
        }
        return resolved
    }

    /// The metaclass of a class with `bases`: of `metatype` and the bases' types, the
    /// one that is a subclass of all the others (CPython's TypeError when none is).
    func mostDerivedMetaclass(_ metatype: PyType, _ bases: [Value]) throws(PythonError) -> PyType {
        var winner = metatype
        for base in bases {
            let candidate = typeOf(base)
            if winner.isSubtype(of: candidate) { continue }
            if candidate.isSubtype(of: winner) {
                winner = candidate
                continue
            }
            throw PythonError(.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// A new class (`type(name, bases, namespace)`).
    /// `keywords` go to the `__init_subclass__` of the first base that has one.
    func makeClass(name: String, bases baseValues: [Value], namespace: PyDict, metatype: PyType,
                   keywords: [(PyStr, Value)] = []) throws(PythonError) -> PyType {
        var bases: [PyType] = []
        for value in baseValues {
            guard let base = value.object as? PyType else {
                throw PythonError(.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
            guard base.flags.contains(.baseType) else {
                throw PythonError(.typeError, "type '\(base.name)' is not an acceptable base type")
            }
            bases.append(base)
        }
        if bases.isEmpty { bases = [types.object] }
        for (index, base) in bases.enumerated() where bases[..<index].contains(where: { $0 === base }) {
            throw PythonError(.typeError, "duplicate base class \(base.name)")
        }
        try checkLayouts(bases)
        let mro = try c3Linearization(bases)
        let type = PyType(name: name, metatype: metatype, base: bases[0], flags: [.baseType, .holdsReferences],
                          slots: bases[0].slots)
        type.setInheritance(base: bases[0], bases: bases, mro: [type] + mro)
        createdTypes.append(type)
        let dict = makeDict()
        for entry in namespace.orderedEntries { try dict.set(entry.key, entry.value, self) }
        type.dict = dict
        type.isHeapType = true
        try layOutSlots(type, bases: bases, dict: dict)
        if metatype.isHeapType, let customMRO = heapDunder(metatype, "mro") {
            var order: [PyType] = []
            for entry in try collect(try invokeMethod(customMRO, receiver: .object(type), [])) {
                guard let next = entry.object as? PyType else {
                    throw PythonError(.typeError, "mro() returned a non-class ('\(typeName(entry))')")
                }
                order.append(next)
            }
            type.setInheritance(base: bases[0], bases: bases, mro: order)
        }
        if let qualname = try dict.get(.object(intern("__qualname__")), self)?.object as? PyStr {
            type.qualname = qualname.string
            _ = try dict.remove(.object(intern("__qualname__")), self)
        }
        if let module = try dict.get(.object(intern("__module__")), self)?.object as? PyStr {
            type.moduleName = module.string
        } else if let module = try currentFrame?.globals.get(.object(names.name), self) {
            // As CPython: a class made by calling type() belongs to the calling code's module.
            try dict.set(.object(intern("__module__")), module, self)
            if let text = module.object as? PyStr { type.moduleName = text.string }
        }
        _ = try dict.remove(.object(intern("__classcell__")), self)
        try addInstanceDescriptors(type, dict: dict)
        // As CPython: a class without a docstring has its own `__doc__`, None.
        if try dict.get(.object(intern("__doc__")), self) == nil { try dict.set(.object(intern("__doc__")), .none, self) }
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
                do throws(PythonError) {
                    _ = try invokeMethod(setName, receiver: entry.value, [.object(type), entry.key])
                } catch {
                    // CPython 3.11 raises a RuntimeError naming the attribute, caused by the error.
                    let original = error.exception(in: self)
                    let wrapped = makeException(.runtimeError, "Error calling __set_name__ on '\(valueType.name)' instance \(try repr(entry.key).string) in '\(type.name)'")
                    wrapped.cause = original
                    wrapped.context = original
                    wrapped.suppressContext = true
                    throw PythonError(wrapped)
                }
            }
        }
        let initSubclass = intern("__init_subclass__")
        for candidate in mro where candidate.isHeapType {
            if let hook = try candidate.dict?.get(.object(initSubclass), self) {
                let target = (hook.object as? PyMethodWrapper)?.function ?? hook
                _ = try callValues(target, [.object(type)] + keywords.map(\.1), keywordNames: keywords.map(\.0))
                return type
            }
        }
        if let (keyword, _) = keywords.first {
            _ = keyword
            throw PythonError(.typeError, "\(type.name).__init_subclass__() takes no keyword arguments")
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

    /// CPython's `__dict__` and `__weakref__` descriptors in the dict of a class whose
    /// instances gain a dict (or weak references) that no base gives them: weak
    /// references only without `__slots__` or with `'__weakref__'` in them, and not
    /// over int, bool, tuple and bytes (variable-size in CPython).
    private func addInstanceDescriptors(_ type: PyType, dict: PyDict) throws(PythonError) {
        let inherited = type.mro.dropFirst()
        func inherits(_ name: String) -> Bool { inherited.contains { $0.dict?.entry(name, self) != nil } }
        if type.instancesHaveDict && !inherits("__dict__") {
            try dict.set(.object(intern("__dict__")), .object(instanceDictDescriptor(ownerName: type.name)), self)
        }
        var wantsWeakref = true
        if let declared = try dict.get(.object(intern("__slots__")), self) {
            let items = declared.object is PyStr ? [declared] : try collect(declared)
            wantsWeakref = items.contains { ($0.object as? PyStr)?.string == "__weakref__" }
        }
        let refusing = [types.int, types.tuple, types.bytes, types.set, types.frozenset, types.type]
        let refused = inherited.contains { base in refusing.contains { $0 === base } }
        if wantsWeakref && !refused && !inherits("__weakref__") {
            try dict.set(.object(intern("__weakref__")), .object(weakrefDescriptor(ownerName: type.name)), self)
        }
    }

    /// `__slots__`: a member descriptor per name, each an index into the instances'
    /// slot values after those of the bases; without `'__dict__'` among them (or a
    /// base with a dict) the instances have no `__dict__`.
    private func layOutSlots(_ type: PyType, bases: [PyType], dict: PyDict) throws(PythonError) {
        let inheritedCount = bases.map(\.slotCount).max() ?? 0
        // Of the builtin bases, exceptions and type give their instances a dict (int, str,
        // tuple and the rest do not: a subclass with `__slots__` has none either).
        let baseException = types.exceptionType(.baseException)
        let inheritsDict = bases.contains { $0.isHeapType && $0.instancesHaveDict }
            || bases.contains { !$0.isHeapType && ($0.isSubtype(of: baseException) || $0.isSubtype(of: types.type)) }
        type.slotCount = inheritedCount
        guard let declared = try dict.get(.object(intern("__slots__")), self) else {
            type.instancesHaveDict = true
            return
        }
        let items = declared.object is PyStr ? [declared] : try collect(declared)
        // CPython's int, tuple, bytes and type keep their items inside the object, where
        // no slot could follow: it refuses any slot (even `__dict__`) over them.
        let variableSize = [types.int, types.tuple, types.bytes, types.type]
        if !items.isEmpty, let base = bases.first(where: { base in variableSize.contains { base.isSubtype(of: $0) } }) {
            throw PythonError(.typeError, "nonempty __slots__ not supported for subtype of '\(base.name)'")
        }
        var wantsDict = false
        var index = inheritedCount
        for item in items {
            guard let text = item.object as? PyStr else {
                throw PythonError(.typeError, "__slots__ items must be strings, not '\(typeName(item))'")
            }
            let name = text.string
            if name == "__dict__" {
                wantsDict = true
                continue
            }
            if name == "__weakref__" { continue }
            let stored = mangle(name, privateName: type.name)
            let key = Value.object(intern(stored))
            if try dict.get(key, self) != nil {
                throw PythonError(.valueError, "'\(stored)' in __slots__ conflicts with class variable")
            }
            try dict.set(key, .object(PySlotMember(type: types.slotMember, name: stored, index: index, ownerName: type.name)), self)
            index += 1
        }
        type.slotCount = index
        type.instancesHaveDict = wantsDict || inheritsDict
    }

    /// Bases whose instances are laid out differently (`class C(int, str)`) cannot
    /// be combined: each builtin base's storage must extend the other's.
    private func checkLayouts(_ bases: [PyType]) throws(PythonError) {
        func layout(_ type: PyType) -> PyType {
            // The nearest class that adds storage: a builtin one, or one with `__slots__` of its own.
            let ownsSlots = { (candidate: PyType) in candidate.slotCount > (candidate.base?.slotCount ?? 0) }
            guard let builtin = type.mro.first(where: { !$0.isHeapType || ownsSlots($0) }) else { return types.object }
            let baseException = types.exceptionType(.baseException)
            return builtin.isSubtype(of: baseException) ? baseException : builtin
        }
        var solid = types.object
        for base in bases {
            let candidate = layout(base)
            if solid.isSubtype(of: candidate) { continue }
            guard candidate.isSubtype(of: solid) else {
                throw PythonError(.typeError, "multiple bases have instance lay-out conflict")
            }
            solid = candidate
        }
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
                // CPython names the classes at the heads of what is left, each once.
                var heads: [PyType] = []
                for sequence in sequences where !heads.contains(where: { $0 === sequence[0] }) { heads.append(sequence[0]) }
                let names = heads.map(\.name).joined(separator: ", ")
                throw PythonError(.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(chosen)
            sequences = sequences.map { $0.first === chosen ? Array($0.dropFirst()) : $0 }
        }
    }
}
