/// `types.GenericAlias`: what `list[int]` gives, a builtin generic class with its
/// arguments (PEP 585). It prints as `list[int]`, compares by origin and arguments,
/// and calling it calls the origin. Type variables (`__parameters__`) come with `typing`.
public final class PyGenericAlias: PyObject {
    let origin: Value
    let arguments: PyTuple

    init(type: PyType, origin: Value, arguments: PyTuple) {
        self.origin = origin
        self.arguments = arguments
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if case .object(let object) = origin { body(object) }
        body(arguments)
    }
}

enum GenericAliasSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let alias = a.object as? PyGenericAlias else { return rt.emptyString }
            let items = alias.arguments.items
            let shown = items.isEmpty ? "()" : try items.map { (item) throws(PythonError) -> String in try rt.genericArgumentText(item) }.joined(separator: ", ")
            return rt.makeStr("\(try rt.genericArgumentText(alias.origin))[\(shown)]")
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PyGenericAlias, let y = b.object as? PyGenericAlias, op == .equal || op == .notEqual else {
                return .notImplemented
            }
            var same = try rt.equal(x.origin, y.origin)
            if same { same = try rt.equal(.object(x.arguments), .object(y.arguments)) }
            return .bool(same == (op == .equal))
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let alias = a.object as? PyGenericAlias else { return 0 }
            return try rt.hash(alias.origin) ^ rt.hash(.object(alias.arguments))
        }
        return slots
    }
}

extension Runtime {
    /// `list[int]`: the alias of `origin` with `item` (a tuple is the several arguments).
    func makeGenericAlias(_ origin: Value, _ item: Value) -> Value {
        let arguments = (item.object as? PyTuple).map { $0.type === types.tuple ? $0 : makeTuple($0.items) } ?? makeTuple([item])
        return .object(PyGenericAlias(type: types.genericAlias, origin: origin, arguments: arguments))
    }

    /// How an alias shows an argument: a class by its qualified name (without `builtins.`),
    /// `...` as itself, anything else by its repr.
    func genericArgumentText(_ value: Value) throws(PythonError) -> String {
        if case .ellipsis = value { return "..." }
        if let type = value.object as? PyType {
            return type.moduleName == "builtins" ? type.qualname : "\(type.moduleName).\(type.qualname)"
        }
        return try repr(value).string
    }

    /// `__class_getitem__` of the builtin generic classes, and the alias's attributes.
    func installGenericAliases() {
        let classGetItem = builtinFunction("__class_getitem__") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("__class_getitem__", args).exactly(2)
            return rt.makeGenericAlias(args[0], args[1])
        }
        for type in [types.list, types.dict, types.tuple, types.set, types.frozenset, types.type] {
            defineClassAttribute(type, "__class_getitem__", .object(PyMethodWrapper(type: types.classMethod, kind: .classMethod,
                                                                                    function: .object(classGetItem))))
        }
        let alias = types.genericAlias
        alias.moduleName = "types"
        defineAttribute(alias, "__origin__") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyGenericAlias)?.origin ?? .none
        }
        defineAttribute(alias, "__args__") { (rt, value) throws(PythonError) -> Value in
            (value.object as? PyGenericAlias).map { .object($0.arguments) } ?? .none
        }
        defineAttribute(alias, "__parameters__") { (rt, value) throws(PythonError) -> Value in .object(rt.makeTuple([])) }
        defineMethod(alias, "__mro_entries__") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "__mro_entries__", 1, 1)
            return .object(rt.makeTuple([try rt.receiver(args, PyGenericAlias.self, "__mro_entries__", "types.GenericAlias").origin]))
        }
    }
}
