/// Bound methods, the descriptor protocol of functions, and `staticmethod`/
/// `classmethod` objects as CPython 3.11 has them: a bound method answers for
/// its function (`m.__doc__`, `m.__qualname__`), compares and hashes by its
/// function and the identity of its `self`; `function.__get__` binds; static
/// and class methods carry the wrapped function's `__name__`, `__doc__`, … and
/// `__wrapped__`, and a class method over a descriptor (`@classmethod @property`)
/// lets the descriptor answer for the class.
extension Runtime {
    func installMethodAttributes() {
        installBoundMethodAttributes()
        installFunctionDescriptor()
        installDataDescriptorMethods()
        installMethodWrapperAttributes()
        installBuiltinFunctionAttributes()
    }

    private func installBoundMethodAttributes() {
        let method = types.method
        // The method's own attributes, then its function's (CPython's method_getattro).
        method.slots.getAttribute = { (rt: Runtime, value: Value, name: PyStr) throws(PythonError) -> Value in
            if let found = try rt.genericGetAttribute(value, name) { return found }
            guard let bound = value.object as? PyBoundMethod else { throw rt.attributeError(value, name) }
            return try rt.getAttribute(bound.function, name)
        }
        defineAttribute(method, "__doc__") { (rt, value) throws(PythonError) -> Value in
            guard let bound = value.object as? PyBoundMethod else { return .none }
            return try rt.findAttribute(bound.function, rt.intern("__doc__")) ?? .none
        }
        method.slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard op == .equal || op == .notEqual, let x = a.object as? PyBoundMethod, let y = b.object as? PyBoundMethod else {
                return .notImplemented
            }
            // As CPython 3.8+: the same `self` (by identity) and equal functions.
            var equal = x.receiver.isIdentical(to: y.receiver)
            if equal { equal = try rt.equal(x.function, y.function) }
            return .bool(op == .equal ? equal : !equal)
        }
        method.slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let bound = a.object as? PyBoundMethod else { return 0 }
            let hash = (rt.identity(of: bound.receiver) >> 4) ^ (try rt.hash(bound.function))
            return hash == -1 ? -2 : hash
        }
    }

    /// `function.__get__(instance, owner=None)`: the function itself through the
    /// class (instance None), else a method bound to the instance.
    private func installFunctionDescriptor() {
        defineMethod(types.function, "__get__") { (rt, args) throws(PythonError) -> Value in
            let (function, instance, owner) = try descriptorArguments(rt, args, PyFunction.self, "function")
            if case .none = instance {
                if case .none = owner { throw PythonError(.typeError, "__get__(None, None) is invalid") }
                return .object(function)
            }
            return .object(PyBoundMethod(type: rt.types.method, function: .object(function), receiver: instance))
        }
        defineMethod(types.staticMethod, "__get__") { (rt, args) throws(PythonError) -> Value in
            let (wrapper, instance, owner) = try descriptorArguments(rt, args, PyMethodWrapper.self, "staticmethod")
            if case .none = instance, case .none = owner { throw PythonError(.typeError, "__get__(None, None) is invalid") }
            return wrapper.function
        }
        defineMethod(types.classMethod, "__get__") { (rt, args) throws(PythonError) -> Value in
            let (wrapper, instance, owner) = try descriptorArguments(rt, args, PyMethodWrapper.self, "classmethod")
            if case .none = instance, case .none = owner { throw PythonError(.typeError, "__get__(None, None) is invalid") }
            let type = (owner.object as? PyType) ?? rt.typeOf(instance)
            return try rt.classMethodBinding(wrapper, to: type)
        }
        /// `(self, instance[, owner])` of a `__get__`.
        func descriptorArguments<T: PyObject>(_ rt: Runtime, _ args: Arguments, _ type: T.Type,
                                              _ owner: String) throws(PythonError) -> (T, Value, Value) {
            let descriptor = try rt.receiver(args, T.self, "__get__", owner)
            try ArgumentParser("", rt.droppingReceiver(args)).between(1, 2)
            return (descriptor, args[1], args.count > 2 ? args[2] : .none)
        }
    }

    /// `__get__`, `__set__` and `__delete__` of `property` and `getset_descriptor`, called
    /// by hand (the attribute machinery reaches the same accessors directly).
    private func installDataDescriptorMethods() {
        let property = types.property
        defineMethod(property, "__get__") { (rt, args) throws(PythonError) -> Value in
            let descriptor = try rt.receiver(args, PyProperty.self, "__get__", "property")
            try ArgumentParser("__get__", rt.droppingReceiver(args)).between(1, 2)
            if case .none = args[1] { return args[0] }
            if case .none = descriptor.getter { throw rt.propertyError(descriptor, args[1], lacking: "getter") }
            return try rt.callValues(descriptor.getter, [args[1]])
        }
        defineMethod(property, "__set__") { (rt, args) throws(PythonError) -> Value in
            let descriptor = try rt.receiver(args, PyProperty.self, "__set__", "property")
            try ArgumentParser("__set__", rt.droppingReceiver(args)).exactly(2)
            if case .none = descriptor.setter { throw rt.propertyError(descriptor, args[1], lacking: "setter") }
            _ = try rt.callValues(descriptor.setter, [args[1], args[2]])
            return .none
        }
        defineMethod(property, "__delete__") { (rt, args) throws(PythonError) -> Value in
            let descriptor = try rt.receiver(args, PyProperty.self, "__delete__", "property")
            try ArgumentParser("__delete__", rt.droppingReceiver(args)).exactly(1)
            if case .none = descriptor.deleter { throw rt.propertyError(descriptor, args[1], lacking: "deleter") }
            _ = try rt.callValues(descriptor.deleter, [args[1]])
            return .none
        }
        let getset = types.nativeAttribute
        defineMethod(getset, "__get__") { (rt, args) throws(PythonError) -> Value in
            let descriptor = try rt.receiver(args, PyNativeAttribute.self, "__get__", "getset_descriptor")
            try ArgumentParser("__get__", rt.droppingReceiver(args)).between(1, 2)
            if case .none = args[1] { return args[0] }
            return try descriptor.getter(rt, args[1])
        }
        defineMethod(getset, "__set__") { (rt, args) throws(PythonError) -> Value in
            let descriptor = try rt.receiver(args, PyNativeAttribute.self, "__set__", "getset_descriptor")
            try ArgumentParser("__set__", rt.droppingReceiver(args)).exactly(2)
            guard let setter = descriptor.setter else {
                throw PythonError(.attributeError, "attribute '\(descriptor.name)' of '\(descriptor.ownerName)' objects is not writable")
            }
            try setter(rt, args[1], args[2])
            return .none
        }
        defineMethod(getset, "__delete__") { (rt, args) throws(PythonError) -> Value in
            let descriptor = try rt.receiver(args, PyNativeAttribute.self, "__delete__", "getset_descriptor")
            try ArgumentParser("__delete__", rt.droppingReceiver(args)).exactly(1)
            guard let deleter = descriptor.deleter else {
                throw PythonError(.attributeError, "attribute '\(descriptor.name)' of '\(descriptor.ownerName)' objects is not writable")
            }
            try deleter(rt, args[1])
            return .none
        }
    }

    /// What `C.m` and `c.m` give for a class method `m` of `C`: a method bound to
    /// the class, or, when it wraps another descriptor (a property), what that
    /// descriptor gives for the class (3.9–3.12's chaining).
    func classMethodBinding(_ wrapper: PyMethodWrapper, to type: PyType) throws(PythonError) -> Value {
        let wrapped = wrapper.function
        if let property = wrapped.object as? PyProperty {
            if case .none = property.getter { throw propertyError(property, .object(type), lacking: "getter") }
            return try callValues(property.getter, [.object(type)])
        }
        if case .object(let object) = wrapped, object.type.isHeapType, let get = heapDunder(object.type, names.get) {
            return try invokeMethod(get, receiver: wrapped, [.object(type), .object(type)])
        }
        return .object(PyBoundMethod(type: types.method, function: wrapped, receiver: .object(type)))
    }

    private func installMethodWrapperAttributes() {
        for (type, kind) in [(types.staticMethod, "staticmethod"), (types.classMethod, "classmethod")] {
            defineAttribute(type, "__wrapped__") { (rt, value) throws(PythonError) -> Value in
                (value.object as? PyMethodWrapper)?.function ?? .none
            }
            defineAttribute(type, "__isabstractmethod__") { (rt, value) throws(PythonError) -> Value in
                guard let wrapper = value.object as? PyMethodWrapper else { return .bool(false) }
                return .bool(try rt.isAbstract(wrapper.function))
            }
            type.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
                guard let wrapper = a.object as? PyMethodWrapper else { return rt.emptyString }
                return rt.makeStr("<\(kind)(\(try rt.repr(wrapper.function).string))>")
            }
        }
        defineAttribute(types.property, "__isabstractmethod__") { (rt, value) throws(PythonError) -> Value in
            guard let property = value.object as? PyProperty else { return .bool(false) }
            for accessor in [property.getter, property.setter, property.deleter] where try rt.isAbstract(accessor) {
                return .bool(true)
            }
            return .bool(false)
        }
    }

    /// Whether `value.__isabstractmethod__` is true (missing: false).
    func isAbstract(_ value: Value) throws(PythonError) -> Bool {
        guard let flag = try findAttribute(value, intern("__isabstractmethod__")) else { return false }
        return try isTrue(flag)
    }

    /// The `__dict__` of a static or class method: made on first use with the
    /// wrapped function's `__module__`, `__name__`, `__qualname__`, `__doc__` and
    /// `__annotations__` (what CPython 3.10+ copies when it makes one).
    func methodWrapperAttributes(_ wrapper: PyMethodWrapper) -> PyDict {
        if let dict = wrapper.attributes { return dict }
        let dict = makeDict()
        wrapper.attributes = dict
        for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
            let key = intern(name)
            if let found = (try? findAttribute(wrapper.function, key)) ?? nil { try? dict.set(.object(key), found, self) }
        }
        return dict
    }

    /// `__self__` (the module of a module's function, the object of a bound
    /// builtin method) and `__module__` of builtin functions.
    private func installBuiltinFunctionAttributes() {
        let builtin = types.builtinFunction
        defineAttribute(builtin, "__self__") { (rt, value) throws(PythonError) -> Value in
            guard let function = value.object as? PyBuiltinFunction else { return .none }
            if let receiver = function.boundSelf { return receiver }
            // A method descriptor of a type (`str.upper`) has no `__self__`.
            if function.owner != nil { throw rt.attributeError(value, rt.intern("__self__")) }
            guard let module = function.moduleName else { return .none }
            return rt.modules.entry(module, rt) ?? .none
        }
        defineAttribute(builtin, "__module__") { (rt, value) throws(PythonError) -> Value in
            guard let module = (value.object as? PyBuiltinFunction)?.moduleName else { return .none }
            return .object(rt.makeStr(module))
        }
    }
}
