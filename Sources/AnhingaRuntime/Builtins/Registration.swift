/// Helpers that put Swift functions into the builtins module and into type dicts.
extension Runtime {
    func builtinFunction(_ name: String, owner: PyType? = nil, _ body: @escaping NativeFunction) -> PyBuiltinFunction {
        PyBuiltinFunction(type: owner.map { Self.isSlotWrapper(name, of: $0) ? types.wrapperDescriptor : types.methodDescriptor }
                            ?? types.builtinFunction, name: name, owner: owner, body: body)
    }

    /// Whether CPython gives a builtin type's method `name` as a slot wrapper: the dunders
    /// of its type slots, except where the type has its own method of the name.
    static func isSlotWrapper(_ name: String, of owner: PyType) -> Bool {
        guard slotDunders.contains(name) else { return false }
        switch (owner.name, name) {
        case ("list", "__getitem__"), ("dict", "__getitem__"), ("dict", "__contains__"), ("set", "__contains__"),
             ("frozenset", "__contains__"):
            return false
        default:
            return true
        }
    }

    /// The dunders behind CPython's type slots (its `slotdefs`).
    static let slotDunders: Set<String> = [
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__",
        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
        "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__",
        "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
        "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__",
        "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__",
        "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
        "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
        "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__", "__delitem__",
        "__contains__",
    ]

    /// A function of the `builtins` module.
    func defineBuiltin(_ name: String, _ body: @escaping NativeFunction) {
        let function = builtinFunction(name, body)
        function.moduleName = "builtins"
        try? builtins.set(.object(intern(name)), .object(function), self)
    }

    /// A method of a builtin type: it receives `self` as argument 0.
    func defineMethod(_ type: PyType, _ name: String, _ body: @escaping NativeFunction) {
        let dict = typeDict(type)
        try? dict.set(.object(intern(name)), .object(builtinFunction(name, owner: type, body)), self)
        typeDictChanged()
    }

    /// A computed attribute of a builtin type.
    func defineAttribute(_ type: PyType, _ name: String, _ getter: @escaping (Runtime, Value) throws(PythonError) -> Value) {
        let attribute = PyNativeAttribute(type: types.nativeAttribute, name: name, getter: getter)
        attribute.ownerName = type.name
        try? typeDict(type).set(.object(intern(name)), .object(attribute), self)
        typeDictChanged()
    }

    /// A computed attribute that may be assigned (`set`) and deleted (`delete`).
    func defineAttribute(_ type: PyType, _ name: String, get: @escaping (Runtime, Value) throws(PythonError) -> Value,
                         set: ((Runtime, Value, Value) throws(PythonError) -> Void)?,
                         delete: ((Runtime, Value) throws(PythonError) -> Void)?) {
        let attribute = PyNativeAttribute(type: types.nativeAttribute, name: name, getter: get, setter: set, deleter: delete)
        attribute.ownerName = type.name
        try? typeDict(type).set(.object(intern(name)), .object(attribute), self)
        typeDictChanged()
    }

    func defineClassAttribute(_ type: PyType, _ name: String, _ value: Value) {
        try? typeDict(type).set(.object(intern(name)), value, self)
        typeDictChanged()
    }

    func typeDict(_ type: PyType) -> PyDict {
        if let dict = type.dict { return dict }
        let dict = makeDict()
        type.dict = dict
        return dict
    }

    /// The method's receiver (argument 0) as `T`, or CPython's descriptor TypeError.
    func receiver<T: PyObject>(_ arguments: Arguments, _ type: T.Type, _ method: String, _ owner: String) throws(PythonError) -> T {
        guard arguments.positionalCount > 0 else {
            throw PythonError(.typeError, "unbound method \(owner).\(method)() needs an argument")
        }
        guard let value = arguments[0].object as? T else {
            // CPython words it one way for slot wrappers (`list.__init__`), another for methods.
            if Self.slotDunders.contains(method) {
                throw PythonError(.typeError, "descriptor '\(method)' requires a '\(owner)' object but received a '\(typeName(arguments[0]))'")
            }
            throw PythonError(.typeError, "descriptor '\(method)' for '\(owner)' objects doesn't apply to a '\(typeName(arguments[0]))' object")
        }
        return value
    }

    /// Argument count checks for methods (`self` excluded from the counts). The name
    /// is only made when the call is wrong (many callers build it with interpolation).
    @inline(__always)
    func expectArguments(_ arguments: Arguments, _ name: @autoclosure () -> String, _ minimum: Int, _ maximum: Int) throws(PythonError) {
        let given = arguments.positionalCount - 1
        if arguments.keywordNames.isEmpty && given >= minimum && given <= maximum { return }
        throw argumentCountError(arguments, name(), minimum, maximum)
    }

    private func argumentCountError(_ arguments: Arguments, _ name: String, _ minimum: Int, _ maximum: Int) -> PythonError {
        if !arguments.keywordNames.isEmpty { return PythonError(.typeError, "\(name)() takes no keyword arguments") }
        let given = arguments.positionalCount - 1
        if minimum == maximum {
            switch minimum {
            case 0: return PythonError(.typeError, "\(name)() takes no arguments (\(given) given)")
            case 1: return PythonError(.typeError, "\(name)() takes exactly one argument (\(given) given)")
            default: return PythonError(.typeError, "\(name) expected \(minimum) arguments, got \(given)")
            }
        }
        if given < minimum {
            return PythonError(.typeError, "\(name) expected at least \(minimum) argument\(minimum == 1 ? "" : "s"), got \(given)")
        }
        return PythonError(.typeError, "\(name) expected at most \(maximum) argument\(maximum == 1 ? "" : "s"), got \(given)")
    }

    /// An int argument as `Int` (an index: `__index__` semantics).
    /// The position `list.pop([index])` and `bytearray.pop([index])` remove, with their errors
    /// (the optional index is `args[1]`, negative from the end).
    func popIndex(_ args: Arguments, count: Int, emptyMessage: String) throws(PythonError) -> Int {
        if count == 0 { throw PythonError(.indexError, emptyMessage) }
        var index = args.count > 1 ? try indexValue(args[1]) : count - 1
        if index < 0 { index += count }
        guard index >= 0 && index < count else { throw PythonError(.indexError, "pop index out of range") }
        return index
    }

    func indexValue(_ value: Value) throws(PythonError) -> Int {
        switch value {
        case .int(let x): return x
        case .bool(let flag): return flag ? 1 : 0
        case .object(let object):
            if let big = object as? PyInt {
                guard let small = Int(exactly: big.value) else {
                    throw PythonError(.overflowError, "Python int too large to convert to C ssize_t")
                }
                return small
            }
            if let slot = object.type.slots.index {
                let result = try slot(self, value)
                guard IntegerOperand(result) != nil else {
                    throw PythonError(.typeError, "__index__ returned non-int (type \(typeName(result)))")
                }
                return try indexValue(result)
            }
            fallthrough
        default:
            throw PythonError(.typeError, "'\(typeName(value))' object cannot be interpreted as an integer")
        }
    }

    func stringArgument(_ value: Value, _ context: String) throws(PythonError) -> PyStr {
        guard let text = value.object as? PyStr else {
            throw PythonError(.typeError, "\(context) must be str, not \(typeName(value))")
        }
        return text
    }
}
