import AnhingaCompiler

/// The attributes every object, type, function, exception and generator has
/// (`__class__`, `__name__`, `args`, …), and the small methods of numbers.
extension Runtime {
    // swiftlint:disable:next function_body_length
    func installObjectAttributes() {
        let object = types.object
        defineAttribute(object, "__class__", get: { (rt, value) throws(PythonError) -> Value in .object(rt.typeOf(value)) },
                        set: { (rt, value, new) throws(PythonError) in try rt.assignClass(of: value, to: new) },
                        delete: { (rt, value) throws(PythonError) in throw PythonError(.typeError, "can't delete __class__ attribute") })
        defineMethod(object, "__init__") { (rt, args) throws(PythonError) -> Value in .none }
        defineMethod(object, "__repr__") { (rt, args) throws(PythonError) -> Value in
            guard args.count > 0 else { throw PythonError(.typeError, "descriptor '__repr__' of 'object' object needs an argument") }
            return .object(rt.defaultRepr(args[0]))
        }
        defineMethod(object, "__str__") { (rt, args) throws(PythonError) -> Value in
            guard args.count > 0 else { throw PythonError(.typeError, "descriptor '__str__' of 'object' object needs an argument") }
            // As CPython: object.__str__ is the repr (a class's own __str__ may well be the caller).
            return .object(try rt.repr(args[0]))
        }
        defineMethod(object, "__eq__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2 else { throw PythonError(.typeError, "expected 1 argument") }
            return args[0].isIdentical(to: args[1]) ? .bool(true) : .notImplemented
        }
        defineMethod(object, "__ne__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2 else { throw PythonError(.typeError, "expected 1 argument") }
            return args[0].isIdentical(to: args[1]) ? .bool(false) : .notImplemented
        }
        // Orderings: object leaves them to the other operand (and then to the TypeError).
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            defineMethod(object, name) { (rt, args) throws(PythonError) -> Value in
                guard args.count == 2 else { throw PythonError(.typeError, "expected 1 argument, got \(max(args.count - 1, 0))") }
                return .notImplemented
            }
        }
        defineMethod(object, "__dir__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1 else { throw PythonError(.typeError, "object.__dir__() takes no arguments (\(max(args.count - 1, 0)) given)") }
            return .object(try rt.directory(args[0], usingHook: false))
        }
        let subclassHook = builtinFunction("__subclasshook__", owner: object) { (rt, args) throws(PythonError) -> Value in .notImplemented }
        defineClassAttribute(object, "__subclasshook__", .object(PyMethodWrapper(type: types.classMethod, kind: .classMethod,
                                                                                 function: .object(subclassHook))))
        defineMethod(object, "__hash__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 1 else { throw PythonError(.typeError, "expected 0 arguments") }
            // The identity hash: never the slot, which may be this very method (`__hash__ = object.__hash__`).
            return .int(rt.identity(of: args[0]) >> 4)
        }
        defineMethod(object, "__setattr__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 3, let name = args[1].object as? PyStr else { throw PythonError(.typeError, "expected 2 arguments") }
            // A class's attributes are set through type.__setattr__ (CPython's hackcheck).
            if args[0].object is PyType { throw PythonError(.typeError, "can't apply this __setattr__ to type object") }
            try rt.genericSetAttribute(args[0], name, args[2])
            return .none
        }
        defineMethod(object, "__delattr__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2, let name = args[1].object as? PyStr else { throw PythonError(.typeError, "expected 1 argument") }
            if args[0].object is PyType { throw PythonError(.typeError, "can't apply this __delattr__ to type object") }
            try rt.genericSetAttribute(args[0], name, nil)
            return .none
        }
        defineMethod(object, "__getattribute__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2, let name = args[1].object as? PyStr else { throw PythonError(.typeError, "expected 1 argument") }
            if let found = try rt.genericGetAttribute(args[0], name) { return found }
            throw rt.attributeError(args[0], name)
        }
        defineMethod(object, "__format__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2 else { throw PythonError(.typeError, "expected 1 argument") }
            if let spec = args[1].object as? PyStr, spec.count > 0 {
                throw PythonError(.typeError, "unsupported format string passed to \(rt.typeName(args[0])).__format__")
            }
            return .object(try rt.str(args[0]))
        }
        let objectNew = builtinFunction("__new__", owner: object) { (rt, args) throws(PythonError) -> Value in
            guard args.count >= 1, let type = args[0].object as? PyType else {
                let given = args.count >= 1 ? " (\(rt.typeName(args[0])))" : ""
                throw PythonError(.typeError, "object.__new__(X): X is not a type object\(given)")
            }
            guard let constructor = type.mro.lazy.compactMap(\.constructor).first else {
                throw PythonError(.typeError, "cannot create '\(type.name)' instances")
            }
            if type.mro.first(where: { $0.constructor != nil }) === rt.types.object {
                // CPython's rule for extra arguments: refused when the class overrides
                // __new__, or when it overrides neither __new__ nor __init__.
                if args.count > 1 {
                    if rt.heapDunder(type, rt.names.new) != nil {
                        throw PythonError(.typeError, "object.__new__() takes exactly one argument (the type to instantiate)")
                    }
                    if rt.heapDunder(type, rt.names.initializer) == nil {
                        throw PythonError(.typeError, "\(type.name)() takes no arguments")
                    }
                }
                return .object(rt.newInstance(of: type))
            }
            return try constructor(rt, type, Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst(1)),
                                                       keywordNames: args.keywordNames))
        }
        defineClassAttribute(object, "__new__", .object(PyMethodWrapper(type: types.staticMethod, kind: .staticMethod, function: .object(objectNew))))
        defineMethod(object, "__init_subclass__") { (rt, args) throws(PythonError) -> Value in
            if !args.keywordNames.isEmpty {
                let name = (args.count > 0 ? args[0].object as? PyType : nil)?.name ?? "object"
                throw PythonError(.typeError, "\(name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
        defineClassAttribute(object, "__doc__", .object(makeStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")))

        let type = types.type
        // type.__setattr__/__delattr__: what a metaclass's super() reaches (object's refuse classes).
        defineMethod(type, "__setattr__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 3, let name = args[1].object as? PyStr else { throw PythonError(.typeError, "expected 2 arguments") }
            guard args[0].object is PyType else {
                throw PythonError(.typeError, "descriptor '__setattr__' requires a 'type' object but received a '\(rt.typeName(args[0]))'")
            }
            try rt.genericSetAttribute(args[0], name, args[2])
            return .none
        }
        defineMethod(type, "__delattr__") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2, let name = args[1].object as? PyStr else { throw PythonError(.typeError, "expected 1 argument") }
            guard args[0].object is PyType else {
                throw PythonError(.typeError, "descriptor '__delattr__' requires a 'type' object but received a '\(rt.typeName(args[0]))'")
            }
            try rt.genericSetAttribute(args[0], name, nil)
            return .none
        }
        defineAttribute(type, "__mro__") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeTuple(((value.object as? PyType)?.mro ?? []).map { .object($0) }))
        }
        defineAttribute(type, "__bases__") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeTuple(((value.object as? PyType)?.bases ?? []).map { .object($0) }))
        }
        defineAttribute(type, "__base__") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyType)?.base.map { .object($0) } ?? .none
        }
        defineMethod(type, "mro") { (rt, args) throws(PythonError) -> Value in
            // The C3 order itself, not `__mro__`: what a metaclass's own `mro()` starts from.
            guard let type = args.count > 0 ? args[0].object as? PyType : nil else { return .object(rt.makeList()) }
            let order = type.isHeapType ? [type] + (try rt.c3Linearization(type.bases)) : type.mro
            return .object(rt.makeList(order.map { .object($0) }))
        }
        defineMethod(type, "__subclasses__") { (rt, args) throws(PythonError) -> Value in
            guard let parent = args.count > 0 ? args[0].object as? PyType : nil else { return .object(rt.makeList()) }
            // The builtin types first (made first), then classes in the order they were made.
            let children = (rt.types.all + rt.createdTypes).filter { $0.bases.contains { $0 === parent } }
            return .object(rt.makeList(children.map { .object($0) }))
        }
        defineMethod(type, "__call__") { (rt, args) throws(PythonError) -> Value in
            guard let called = args.count > 0 ? args[0].object as? PyType : nil else {
                throw PythonError(.typeError, "descriptor '__call__' of 'type' object needs an argument")
            }
            return try rt.makeInstance(called, Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst(1)),
                                                         keywordNames: args.keywordNames))
        }
        defineMethod(type, "__prepare__") { (rt, args) throws(PythonError) -> Value in .object(rt.makeDict()) }
        types.type.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let type = a.object as? PyType else { return rt.emptyString }
            if type.moduleName == "builtins" { return rt.makeStr("<class '\(type.qualname)'>") }
            return rt.makeStr("<class '\(type.moduleName).\(type.qualname)'>")
        }
        let member = types.slotMember
        defineMethod(member, "__get__") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "__get__", 1, 2)
            if case .none = args[1] { return args[0] }
            return try rt.readSlot(try rt.receiver(args, PySlotMember.self, "__get__", "member_descriptor"), of: args[1])
        }
        defineMethod(member, "__set__") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "__set__", 2, 2)
            try rt.writeSlot(try rt.receiver(args, PySlotMember.self, "__set__", "member_descriptor"), of: args[1], args[2])
            return .none
        }
        defineMethod(member, "__delete__") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "__delete__", 1, 1)
            try rt.writeSlot(try rt.receiver(args, PySlotMember.self, "__delete__", "member_descriptor"), of: args[1], nil)
            return .none
        }
        defineAttribute(member, "__name__") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeStr((value.object as? PySlotMember)?.name ?? ""))
        }
        types.slotMember.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let member = a.object as? PySlotMember else { return rt.emptyString }
            return rt.makeStr("<member '\(member.name)' of '\(member.ownerName)' objects>")
        }
        types.type.slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in rt.identity(of: a) >> 4 }
        types.object.slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in rt.identity(of: a) >> 4 }
        types.object.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in rt.defaultRepr(a) }

        installFunctionAttributes()
        installAssignableAttributes()
        installMethodAttributes()
        installOSErrorAttributes()
        installExceptionAttributes()
        installExceptionGroups()
        installNumberMethods()
        installGeneratorMethods()
    }

    /// `<__main__.A object at 0x…>`.
    func defaultRepr(_ value: Value) -> PyStr {
        let type = typeOf(value)
        let name = type.moduleName == "builtins" ? type.qualname : type.moduleName + "." + type.qualname
        return makeStr("<\(name) object at 0x\(String(identity(of: value), radix: 16))>")
    }

    private func installFunctionAttributes() {
        types.function.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let f = a.object as? PyFunction else { return rt.emptyString }
            return rt.makeStr("<function \(f.qualname.string) at 0x\(String(f.identity, radix: 16))>")
        }
        let builtinRepr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let f = a.object as? PyBuiltinFunction else { return rt.emptyString }
            if let owner = f.owner {
                if let receiver = f.boundSelf {
                    let address = String(rt.identity(of: receiver), radix: 16)
                    if f.type === rt.types.methodWrapper {
                        return rt.makeStr("<method-wrapper '\(f.name)' of \(rt.typeName(receiver)) object at 0x\(address)>")
                    }
                    return rt.makeStr("<built-in method \(f.name) of \(rt.typeName(receiver)) object at 0x\(address)>")
                }
                let kind = f.type === rt.types.wrapperDescriptor ? "slot wrapper" : "method"
                return rt.makeStr("<\(kind) '\(f.name)' of '\(owner.name)' objects>")
            }
            return rt.makeStr("<built-in function \(f.name)>")
        }
        for type in [types.builtinFunction, types.wrapperDescriptor, types.methodDescriptor, types.methodWrapper] {
            type.slots.repr = builtinRepr
        }
        defineAttribute(types.builtinFunction, "__name__") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeStr((value.object as? PyBuiltinFunction)?.name ?? ""))
        }
        defineAttribute(types.builtinFunction, "__qualname__") { (rt, value) throws(PythonError) -> Value in
            guard let f = value.object as? PyBuiltinFunction else { return .none }
            return .object(rt.makeStr(f.owner.map { $0.name + "." + f.name } ?? f.name))
        }
        types.method.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let m = a.object as? PyBoundMethod else { return rt.emptyString }
            let name = (m.function.object as? PyFunction)?.qualname.string ?? "?"
            return rt.makeStr("<bound method \(name) of \(try rt.repr(m.receiver).string)>")
        }
        defineAttribute(types.method, "__self__") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyBoundMethod)?.receiver ?? .none
        }
        defineAttribute(types.method, "__func__") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyBoundMethod)?.function ?? .none
        }
        defineAttribute(types.method, "__name__") { (rt, value) throws(PythonError) -> Value in
            guard let m = value.object as? PyBoundMethod else { return .none }
            return try rt.getAttribute(m.function, rt.intern("__name__"))
        }
        types.module.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let m = a.object as? PyModule else { return rt.emptyString }
            return rt.makeStr(m.name == "sys" || m.name == "builtins" || m.name == "math" || m.name == "time"
                              ? "<module '\(m.name)' (built-in)>" : "<module '\(m.name)'>")
        }
        defineAttribute(types.staticMethod, "__func__") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyMethodWrapper)?.function ?? .none
        }
        defineAttribute(types.classMethod, "__func__") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyMethodWrapper)?.function ?? .none
        }
        let property = types.property
        for (name, kind) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            defineMethod(property, name) { (rt, args) throws(PythonError) -> Value in
                guard args.count == 2, let p = args[0].object as? PyProperty else { throw PythonError(.typeError, "\(name) takes 1 argument") }
                return .object(PyProperty(type: rt.types.property, getter: kind == 0 ? args[1] : p.getter,
                                          setter: kind == 1 ? args[1] : p.setter, deleter: kind == 2 ? args[1] : p.deleter, doc: p.doc))
            }
        }
        defineAttribute(property, "fget") { (rt, value) throws(PythonError) -> Value in (value.object as? PyProperty)?.getter ?? .none }
        defineAttribute(property, "fset") { (rt, value) throws(PythonError) -> Value in (value.object as? PyProperty)?.setter ?? .none }
        defineAttribute(property, "fdel") { (rt, value) throws(PythonError) -> Value in (value.object as? PyProperty)?.deleter ?? .none }
        defineAttribute(property, "__doc__") { (rt, value) throws(PythonError) -> Value in (value.object as? PyProperty)?.doc ?? .none }
        defineAttribute(types.code, "co_name") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeStr((value.object as? PyCode)?.code.name ?? ""))
        }
        defineAttribute(types.code, "co_filename") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeStr((value.object as? PyCode)?.code.filename ?? ""))
        }
        defineAttribute(types.code, "co_argcount") { (rt, value) throws(PythonError) -> Value in
            .int((value.object as? PyCode)?.code.argCount ?? 0)
        }
        defineAttribute(types.code, "co_varnames") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeTuple(((value.object as? PyCode)?.varnames ?? []).map { .object($0) }))
        }
        let integers: [(String, (CodeObject) -> Int)] = [
            ("co_flags", { Int($0.flags.rawValue) }), ("co_firstlineno", \.firstLine),
            ("co_posonlyargcount", \.positionalOnlyArgCount), ("co_kwonlyargcount", \.keywordOnlyArgCount),
            ("co_nlocals", { $0.varnames.count }),
        ]
        for (name, field) in integers {
            defineAttribute(types.code, name) { (rt, value) throws(PythonError) -> Value in
                .int((value.object as? PyCode).map { field($0.code) } ?? 0)
            }
        }
        let names: [(String, (CodeObject) -> [String])] = [("co_names", \.names), ("co_cellvars", \.cellvars), ("co_freevars", \.freevars)]
        for (name, field) in names {
            defineAttribute(types.code, name) { (rt, value) throws(PythonError) -> Value in
                .object(rt.makeTuple(((value.object as? PyCode).map { field($0.code) } ?? []).map { .object(rt.makeStr($0)) }))
            }
        }
        defineAttribute(types.code, "co_qualname") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeStr((value.object as? PyCode)?.code.qualname ?? ""))
        }
        defineAttribute(types.cell, "cell_contents") { (rt, value) throws(PythonError) -> Value in
            guard let cell = value.object as? PyCell else { return .none }
            if case .null = cell.contents { throw PythonError(.valueError, "Cell is empty") }
            return cell.contents
        }
    }

    private func installExceptionAttributes() {
        let base = types.exceptionType(.baseException)
        let args = PyNativeAttribute(type: types.nativeAttribute, name: "args", getter: { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeTuple((value.object as? PyBaseException)?.args ?? []))
        }, setter: { (rt, value, newValue) throws(PythonError) in
            (value.object as? PyBaseException)?.args = try rt.collect(newValue)
        })
        defineClassAttribute(base, "args", .object(args))
        let cause = PyNativeAttribute(type: types.nativeAttribute, name: "__cause__", getter: { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyBaseException)?.cause.map { .object($0) } ?? .none
        }, setter: { (rt, value, newValue) throws(PythonError) in
            guard let exception = value.object as? PyBaseException else { return }
            exception.cause = newValue.object as? PyBaseException
            exception.suppressContext = true
        })
        defineClassAttribute(base, "__cause__", .object(cause))
        let context = PyNativeAttribute(type: types.nativeAttribute, name: "__context__", getter: { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyBaseException)?.context.map { .object($0) } ?? .none
        }, setter: { (rt, value, newValue) throws(PythonError) in
            (value.object as? PyBaseException)?.context = newValue.object as? PyBaseException
        })
        defineClassAttribute(base, "__context__", .object(context))
        let suppress = PyNativeAttribute(type: types.nativeAttribute, name: "__suppress_context__", getter: { (rt, value) throws(PythonError) -> Value in
            .bool((value.object as? PyBaseException)?.suppressContext ?? false)
        }, setter: { (rt, value, newValue) throws(PythonError) in
            (value.object as? PyBaseException)?.suppressContext = try rt.isTrue(newValue)
        })
        defineClassAttribute(base, "__suppress_context__", .object(suppress))
        defineAttribute(base, "__traceback__") { (rt, value) throws(PythonError) -> Value in
            guard let exception = value.object as? PyBaseException, !exception.traceback.isEmpty else { return .none }
            return .object(rt.tracebackObject(of: exception))
        }
        defineMethod(base, "with_traceback") { (rt, args) throws(PythonError) -> Value in
            guard args.count == 2, let exception = args[0].object as? PyBaseException else { throw PythonError(.typeError, "with_traceback() takes exactly one argument") }
            let traceback = args[1].object as? PyTracebackObject
            exception.traceback = traceback?.entries ?? []
            exception.tracebackObject = traceback
            return args[0]
        }
        defineMethod(base, "add_note") { (rt, args) throws(PythonError) -> Value in
            guard args.positionalCount == 2, args.keywordNames.isEmpty else {
                throw PythonError(.typeError, "BaseException.add_note() takes exactly one argument (\(max(0, args.count - 1)) given)")
            }
            guard args[1].object is PyStr else { throw PythonError(.typeError, "note must be a str, not '\(rt.typeName(args[1]))'") }
            let name = rt.intern("__notes__")
            var notes: Value
            do throws(PythonError) {
                notes = try rt.getAttribute(args[0], name)
            } catch {
                guard error.kind == .attributeError else { throw error }
                notes = .object(rt.makeList())
                try rt.setAttribute(args[0], name, notes)
            }
            guard let list = notes.object as? PyList else { throw PythonError(.typeError, "Cannot add note: __notes__ is not a list") }
            list.items.append(args[1])
            return .none
        }
        defineMethod(base, "__str__") { (rt, args) throws(PythonError) -> Value in
            guard let exception = args.count > 0 ? args[0].object as? PyBaseException : nil else { return .object(rt.emptyString) }
            return .object(rt.makeStr(exception.messageText(in: rt)))
        }
        defineMethod(base, "__repr__") { (rt, args) throws(PythonError) -> Value in
            guard args.count > 0, let slot = rt.types.exceptionType(.baseException).slots.repr else { return .object(rt.emptyString) }
            return .object(try slot(rt, args[0]))
        }
        defineMethod(base, "__init__") { (rt, args) throws(PythonError) -> Value in
            guard let exception = args.count > 0 ? args[0].object as? PyBaseException : nil else { return .none }
            exception.args = Array(args.values[1..<args.positionalCount])
            return .none
        }
        for (kind, name) in [(ExceptionKind.stopIteration, "value"), (.systemExit, "code"), (.nameError, "name"),
                             (.attributeError, "name"), (.attributeError, "obj")] {
            defineAttribute(types.exceptionType(kind), name) { (rt, value) throws(PythonError) -> Value in
                (value.object as? PyBaseException)?.attribute(name, rt) ?? .none
            }
        }
    }

    private func installGeneratorMethods() {
        let generator = types.generator
        generator.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in a }
        generator.slots.next = { (rt: Runtime, a: Value) throws(PythonError) -> Value? in
            guard let g = a.object as? PyGenerator else { return nil }
            return try rt.resume(g, sending: .none)
        }
        defineMethod(generator, "__next__") { (rt, args) throws(PythonError) -> Value in
            let g = try rt.receiver(args, PyGenerator.self, "__next__", "generator")
            if let value = try rt.resume(g, sending: .none) { return value }
            throw rt.stopIteration(rt.lastReturnValue)
        }
        for (type, kind) in [(generator, "generator"), (types.coroutine, "coroutine"), (types.asyncGenerator, "async_generator")] {
            type.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
                guard let g = a.object as? PyGenerator else { return rt.emptyString }
                return rt.makeStr("<\(kind) object \(g.qualname.string) at 0x\(String(g.identity, radix: 16))>")
            }
            defineAttribute(type, "__name__") { (rt, value) throws(PythonError) -> Value in
                (value.object as? PyGenerator).map { .object($0.name) } ?? .none
            }
            defineAttribute(type, "__qualname__") { (rt, value) throws(PythonError) -> Value in
                (value.object as? PyGenerator).map { .object($0.qualname) } ?? .none
            }
            let prefix = kind == "generator" ? "gi" : kind == "coroutine" ? "cr" : "ag"
            defineAttribute(type, "\(prefix)_running") { (rt, value) throws(PythonError) -> Value in
                .bool((value.object as? PyGenerator)?.running ?? false)
            }
            defineAttribute(type, "\(prefix)_code") { (rt, value) throws(PythonError) -> Value in
                (value.object as? PyGenerator).map { .object($0.frame.code) } ?? .none
            }
            defineAttribute(type, "\(prefix)_frame") { (rt, value) throws(PythonError) -> Value in
                (value.object as? PyGenerator).map { rt.generatorFrame($0) } ?? .none
            }
        }
        for (type, kind) in [(generator, "generator"), (types.coroutine, "coroutine")] {
            defineMethod(type, "send") { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "send", 1, 1)
                let g = try rt.receiver(args, PyGenerator.self, "send", kind)
                if let value = try rt.resume(g, sending: args[1]) { return value }
                throw rt.stopIteration(rt.lastReturnValue)
            }
            defineMethod(type, "throw") { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "throw", 1, 3)
                let g = try rt.receiver(args, PyGenerator.self, "throw", kind)
                if let value = try rt.generatorThrow(g, try rt.thrownError(args)) { return value }
                throw rt.stopIteration(rt.lastReturnValue)
            }
            defineMethod(type, "close") { (rt, args) throws(PythonError) -> Value in
                try rt.generatorClose(try rt.receiver(args, PyGenerator.self, "close", kind))
                return .none
            }
        }
        installCoroutineMethods()
    }

    /// The exception of `throw(type[, value[, traceback]])` (and `athrow`).
    func thrownError(_ args: Arguments) throws(PythonError) -> PythonError {
        if args.count > 3, !(args[3].isIdentical(to: .none)), !(args[3].object is PyTracebackObject) {
            throw PythonError(.typeError, "throw() third argument must be a traceback object")
        }
        let value = args.count > 2 ? args[2] : .none
        if let type = args[1].object as? PyType, !type.isSubtype(of: types.exceptionType(.baseException)) {
            throw PythonError(.typeError, "exceptions must be classes or instances deriving from BaseException, not type")
        }
        guard let type = args[1].object as? PyType else {
            if !value.isIdentical(to: .none), args[1].object is PyBaseException {
                throw PythonError(.typeError, "instance exception may not have a separate value")
            }
            guard args[1].object is PyBaseException else {
                throw PythonError(.typeError, "exceptions must be classes or instances deriving from BaseException, not \(typeName(args[1]))")
            }
            return PythonError(try exceptionInstance(args[1], forRaise: true))
        }
        // throw(Type, value): an instance of Type is used as it is, a tuple is the arguments.
        if let instance = value.object as? PyBaseException, typeOf(value).isSubtype(of: type) {
            return PythonError(instance)
        }
        if value.isIdentical(to: .none) { return PythonError(try exceptionInstance(args[1], forRaise: true)) }
        let arguments = (value.object as? PyTuple)?.items ?? [value]
        return PythonError(try exceptionInstance(try callValues(.object(type), arguments), forRaise: true))
    }
}

/// A traceback object as Python code sees it (`exception.__traceback__`).
public final class PyTracebackObject: PyObject {
    let entries: [TracebackEntry]

    init(type: PyType, entries: [TracebackEntry]) {
        self.entries = entries
        super.init(type: type)
    }
}
