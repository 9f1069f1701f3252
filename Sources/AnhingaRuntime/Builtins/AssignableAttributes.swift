/// The attributes of functions, classes and instances that Python code may
/// assign, with CPython's checks and messages: a function's `__name__`,
/// `__qualname__`, `__doc__`, `__module__`, `__defaults__`, `__kwdefaults__`,
/// `__annotations__`; a class's `__name__`, `__qualname__`, `__doc__`,
/// `__module__` (builtin types refuse); the `__dict__` of instances and functions.
extension Runtime {
    func installAssignableAttributes() {
        installFunctionNameAttributes()
        installFunctionDefaultAttributes()
        installTypeNameAttributes()
        installDictAttribute()
    }

    private func installFunctionNameAttributes() {
        let function = types.function
        for (name, isQualname) in [("__name__", false), ("__qualname__", true)] {
            defineAttribute(function, name, get: { (rt, value) throws(PythonError) -> Value in
                guard let f = value.object as? PyFunction else { return .none }
                return .object(isQualname ? f.qualname : f.name)
            }, set: { (rt, value, newValue) throws(PythonError) in
                guard let text = newValue.object as? PyStr else {
                    throw PythonError(.typeError, "\(name) must be set to a string object")
                }
                guard let f = value.object as? PyFunction else { return }
                if isQualname { f.qualname = text } else { f.name = text }
            }, delete: { (rt, value) throws(PythonError) in
                throw PythonError(.typeError, "\(name) must be set to a string object")
            })
        }
        defineAttribute(function, "__doc__", get: { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyFunction)?.doc ?? .none
        }, set: { (rt, value, newValue) throws(PythonError) in
            (value.object as? PyFunction)?.doc = newValue
        }, delete: { (rt, value) throws(PythonError) in
            (value.object as? PyFunction)?.doc = .none
        })
        defineAttribute(function, "__module__", get: { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyFunction)?.module ?? .none
        }, set: { (rt, value, newValue) throws(PythonError) in
            (value.object as? PyFunction)?.module = newValue
        }, delete: { (rt, value) throws(PythonError) in
            (value.object as? PyFunction)?.module = .none
        })
        defineAttribute(function, "__code__", get: { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyFunction).map { .object($0.code) } ?? .none
        }, set: { (rt, value, newValue) throws(PythonError) in
            guard let code = newValue.object as? PyCode else { throw PythonError(.typeError, "__code__ must be set to a code object") }
            guard let f = value.object as? PyFunction else { return }
            // The closure's cells fill the new code's free variables: the counts must agree.
            guard code.freeCount == f.closure.count else {
                throw PythonError(.valueError, "\(f.name.string)() requires a code object with \(f.closure.count) free vars, not \(code.freeCount)")
            }
            f.code = code
        }, delete: { (rt, value) throws(PythonError) in
            throw PythonError(.typeError, "__code__ must be set to a code object")
        })
        for name in ["__globals__", "__closure__"] {
            let readOnly = { (rt: Runtime, value: Value) throws(PythonError) in throw PythonError(.attributeError, "readonly attribute") }
            defineAttribute(function, name, get: { (rt, value) throws(PythonError) -> Value in
                guard let f = value.object as? PyFunction else { return .none }
                if name == "__globals__" { return .object(f.globals) }
                return f.closure.isEmpty ? .none : .object(rt.makeTuple(f.closure.map { .object($0) }))
            }, set: { (rt, value, newValue) throws(PythonError) in try readOnly(rt, value) }, delete: readOnly)
        }
    }

    /// `__defaults__` (a tuple or None), `__kwdefaults__` and `__annotations__` (a dict or None).
    private func installFunctionDefaultAttributes() {
        let function = types.function
        defineAttribute(function, "__defaults__", get: { (rt, value) throws(PythonError) -> Value in
            guard let f = value.object as? PyFunction, !f.defaults.isEmpty else { return .none }
            return .object(rt.makeTuple(f.defaults))
        }, set: { (rt, value, newValue) throws(PythonError) in
            guard let f = value.object as? PyFunction else { return }
            if case .none = newValue {
                f.defaults = []
                return
            }
            guard let tuple = newValue.object as? PyTuple else {
                throw PythonError(.typeError, "__defaults__ must be set to a tuple object")
            }
            f.defaults = tuple.items
        }, delete: { (rt, value) throws(PythonError) in
            (value.object as? PyFunction)?.defaults = []
        })
        defineAttribute(function, "__kwdefaults__", get: { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyFunction)?.keywordDefaults.map { .object($0) } ?? .none
        }, set: { (rt, value, newValue) throws(PythonError) in
            guard let f = value.object as? PyFunction else { return }
            if case .none = newValue {
                f.keywordDefaults = nil
                return
            }
            guard let dict = newValue.object as? PyDict else {
                throw PythonError(.typeError, "__kwdefaults__ must be set to a dict object")
            }
            f.keywordDefaults = dict
        }, delete: { (rt, value) throws(PythonError) in
            (value.object as? PyFunction)?.keywordDefaults = nil
        })
        defineAttribute(function, "__annotations__", get: { (rt, value) throws(PythonError) -> Value in
            guard let f = value.object as? PyFunction else { return .none }
            // As CPython: a function without annotations gets an empty dict, kept from then on.
            let dict = f.annotations ?? rt.makeDict()
            f.annotations = dict
            return .object(dict)
        }, set: { (rt, value, newValue) throws(PythonError) in
            guard let f = value.object as? PyFunction else { return }
            if case .none = newValue {
                f.annotations = nil
                return
            }
            guard let dict = newValue.object as? PyDict else {
                throw PythonError(.typeError, "__annotations__ must be set to a dict object")
            }
            f.annotations = dict
        }, delete: { (rt, value) throws(PythonError) in
            (value.object as? PyFunction)?.annotations = nil
        })
    }

    /// A class's `__name__`, `__qualname__`, `__doc__` and `__module__`. The last two
    /// live in the class dict, as in CPython.
    private func installTypeNameAttributes() {
        let type = types.type
        /// The class whose attribute is set, or CPython's TypeError for a builtin type
        /// (and for deleting, whatever the class: "cannot delete … of immutable type").
        func assignable(_ value: Value, _ name: String, deleting: Bool) throws(PythonError) -> PyType {
            guard let type = value.object as? PyType else { throw PythonError(.typeError, "descriptor '\(name)' needs a type") }
            if !type.isHeapType {
                throw PythonError(.typeError, "cannot set '\(name)' attribute of immutable type '\(type.name)'")
            }
            if deleting { throw PythonError(.typeError, "cannot delete '\(name)' attribute of immutable type '\(type.name)'") }
            return type
        }
        for (name, isQualname) in [("__name__", false), ("__qualname__", true)] {
            defineAttribute(type, name, get: { (rt, value) throws(PythonError) -> Value in
                guard let type = value.object as? PyType else { return .object(rt.emptyString) }
                return .object(rt.makeStr(isQualname ? type.qualname : type.name))
            }, set: { (rt, value, newValue) throws(PythonError) in
                let type = try assignable(value, name, deleting: false)
                guard let text = newValue.object as? PyStr else {
                    throw PythonError(.typeError, "can only assign string to \(type.name).\(name), not '\(rt.typeName(newValue))'")
                }
                if isQualname {
                    type.qualname = text.string
                } else {
                    if text.codePoints.contains(0) { throw PythonError(.valueError, "type name must not contain null characters") }
                    type.name = text.string
                }
            }, delete: { (rt, value) throws(PythonError) in
                _ = try assignable(value, name, deleting: true)
            })
        }
        defineAttribute(type, "__module__", get: { (rt, value) throws(PythonError) -> Value in
            guard let type = value.object as? PyType else { return .none }
            if type.isHeapType, let module = try type.dict?.get(.object(rt.intern("__module__")), rt) { return module }
            return .object(rt.makeStr(type.moduleName))
        }, set: { (rt, value, newValue) throws(PythonError) in
            let type = try assignable(value, "__module__", deleting: false)
            try rt.typeDict(type).set(.object(rt.intern("__module__")), newValue, rt)
            rt.typeDictChanged()
            // The repr names the module only when `__module__` is a str (and not 'builtins').
            type.moduleName = (newValue.object as? PyStr)?.string ?? "builtins"
        }, delete: { (rt, value) throws(PythonError) in
            _ = try assignable(value, "__module__", deleting: true)
        })
        defineAttribute(type, "__doc__", get: { (rt, value) throws(PythonError) -> Value in
            guard let type = value.object as? PyType else { return .none }
            let found = (try type.dict?.get(.object(rt.intern("__doc__")), rt)) ?? .none
            // `type`'s own dict holds this descriptor under the name: its doc is not written here.
            return found.object is PyNativeAttribute ? .none : found
        }, set: { (rt, value, newValue) throws(PythonError) in
            let type = try assignable(value, "__doc__", deleting: false)
            try rt.typeDict(type).set(.object(rt.intern("__doc__")), newValue, rt)
            rt.typeDictChanged()
        }, delete: { (rt, value) throws(PythonError) in
            _ = try assignable(value, "__doc__", deleting: true)
        })
    }

    /// `__dict__`: a class's namespace; an instance's or a function's own dict,
    /// which may be replaced by another dict (and an instance's deleted: it starts
    /// empty again). As in CPython it lives in the dicts of the types whose instances
    /// have one (type, function, module, BaseException, classmethod, staticmethod) and
    /// of each class that adds a dict to its instances (`makeClass`), not in object's.
    private func installDictAttribute() {
        for type in [types.type, types.function, types.module, types.exceptionType(.baseException), types.staticMethod, types.classMethod] {
            try? typeDict(type).set(.object(intern("__dict__")), .object(instanceDictDescriptor(ownerName: type.name)), self)
        }
        types.nativeAttribute.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let attribute = a.object as? PyNativeAttribute else { return rt.emptyString }
            return rt.makeStr("<attribute '\(attribute.name)' of '\(attribute.ownerName)' objects>")
        }
        typeDictChanged()
    }

    /// The `__dict__` descriptor of a class named `ownerName`.
    func instanceDictDescriptor(ownerName: String) -> PyNativeAttribute {
        let descriptor = PyNativeAttribute(type: types.nativeAttribute, name: "__dict__", getter: { (rt, value) throws(PythonError) -> Value in
            if case .object(let object) = value {
                if let type = object as? PyType { return .object(rt.mappingProxy(type)) }
                if let dict = rt.instanceDict(object) { return .object(dict) }
                let made = rt.makeDict()
                if rt.replaceInstanceDict(object, with: made) { return .object(made) }
                if let function = object as? PyFunction {
                    let dict = rt.makeDict()
                    function.attributes = dict
                    return .object(dict)
                }
            }
            throw rt.attributeError(value, rt.intern("__dict__"))
        }, setter: { (rt, value, newValue) throws(PythonError) in
            guard case .object(let object) = value else { throw rt.attributeError(value, rt.intern("__dict__")) }
            if object is PyType { throw PythonError(.attributeError, "attribute '__dict__' of 'type' objects is not writable") }
            if object is PyModule { throw PythonError(.attributeError, "readonly attribute") }
            guard let dict = newValue.object as? PyDict else {
                throw PythonError(.typeError, "__dict__ must be set to a dictionary, not a '\(rt.typeName(newValue))'")
            }
            if let function = object as? PyFunction {
                function.attributes = dict
                return
            }
            guard rt.replaceInstanceDict(object, with: dict) else { throw rt.attributeError(value, rt.intern("__dict__")) }
        }, deleter: { (rt, value) throws(PythonError) in
            guard case .object(let object) = value else { throw rt.attributeError(value, rt.intern("__dict__")) }
            if object is PyFunction { throw PythonError(.typeError, "cannot delete __dict__") }
            if object is PyType { throw PythonError(.attributeError, "attribute '__dict__' of 'type' objects is not writable") }
            if object is PyModule { throw PythonError(.attributeError, "readonly attribute") }
            guard rt.replaceInstanceDict(object, with: nil) else { throw rt.attributeError(value, rt.intern("__dict__")) }
        })
        descriptor.ownerName = ownerName
        return descriptor
    }

    /// The `__weakref__` descriptor of a class named `ownerName`: Anhinga has no weak
    /// references yet, so it reads None, as CPython's does for an object none refers to.
    func weakrefDescriptor(ownerName: String) -> PyNativeAttribute {
        let descriptor = PyNativeAttribute(type: types.nativeAttribute, name: "__weakref__") { (rt, value) throws(PythonError) -> Value in .none }
        descriptor.ownerName = ownerName
        return descriptor
    }

    /// Gives an object that may have a `__dict__` (an instance of a class without
    /// `__slots__`, an exception, an instance of a subclass of a builtin type) the
    /// dict `dict`, or none (nil): the next look-up makes a new one. False when the
    /// object cannot have a `__dict__`.
    func replaceInstanceDict(_ object: PyObject, with dict: PyDict?) -> Bool {
        if let instance = object as? PyInstance {
            guard instance.type.instancesHaveDict else { return false }
            instance.dict = dict
        } else if let exception = object as? PyBaseException {
            exception.attributes = dict
        } else if object.type.isHeapType, object.type.instancesHaveDict, let storage = object as? SubclassInstanceStorage {
            storage.attributes = dict
        } else {
            return false
        }
        return true
    }
}
