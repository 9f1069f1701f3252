/// The dunder methods of the builtin types (`list.__len__`, `int.__add__`,
/// `dict.__setitem__`, …): each calls the slot of the type it belongs to, not
/// the receiver's, so `super().__setitem__(k, v)` in a dict subclass that
/// overrides `__setitem__` reaches dict's own storage. The VM itself keeps
/// using the slots; these exist for Python code that names the methods.
extension Runtime {
    func installSlotWrappers() {
        let wrapped: [PyType] = [types.int, types.bool, types.float, types.complex, types.str, types.bytes, types.bytearray,
                                 types.list, types.tuple, types.dict, types.set, types.frozenset, types.range]
        for type in wrapped { installSlotWrappers(type) }
        installContainerInitializers()
    }

    private func installSlotWrappers(_ type: PyType) {
        let slots = type.slots
        let owner = type.name
        func define(_ name: String, arguments: Int, _ body: @escaping (Runtime, Value, Arguments) throws(PythonError) -> Value) {
            if let dict = type.dict, (try? dict.get(.object(intern(name)), self)) != nil { return }
            defineMethod(type, name) { (rt, args) throws(PythonError) -> Value in
                guard args.positionalCount > 0, rt.typeOf(args[0]).isSubtype(of: type) else {
                    let given = args.positionalCount > 0 ? rt.typeName(args[0]) : "nothing"
                    throw PythonError(.typeError, "descriptor '\(name)' requires a '\(owner)' object but received a '\(given)'")
                }
                guard args.keywordNames.isEmpty, args.positionalCount - 1 == arguments else {
                    let plural = arguments == 1 ? "" : "s"
                    throw PythonError(.typeError, "expected \(arguments) argument\(plural), got \(args.positionalCount - 1)")
                }
                return try body(rt, args[0], args)
            }
        }
        for (path, name, reflected) in Self.binaryDunders {
            guard let slot = slots[keyPath: path] else { continue }
            define(name, arguments: 1) { (rt, a, args) throws(PythonError) -> Value in try slot(rt, a, args[1]) }
            define(reflected, arguments: 1) { (rt, a, args) throws(PythonError) -> Value in try slot(rt, args[1], a) }
        }
        if let power = slots.power {
            define("__pow__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in try power(rt, a, args[1], .none) }
            define("__rpow__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in try power(rt, args[1], a, .none) }
        }
        if let concat = slots.concat {
            define("__add__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in try concat(rt, a, args[1]) }
        }
        if let repeatCount = slots.repeatCount {
            define("__mul__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in
                guard case .int(let count) = args[1] else { return .notImplemented }
                return try repeatCount(rt, a, count)
            }
            define("__rmul__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in
                guard case .int(let count) = args[1] else { return .notImplemented }
                return try repeatCount(rt, a, count)
            }
        }
        let unary: [(KeyPath<TypeSlots, UnarySlot?>, String)] = [
            (\.negative, "__neg__"), (\.positive, "__pos__"), (\.absolute, "__abs__"), (\.invert, "__invert__"),
            (\.int, "__int__"), (\.float, "__float__"), (\.index, "__index__"), (\.iterate, "__iter__"),
        ]
        for (path, name) in unary {
            guard let slot = slots[keyPath: path] else { continue }
            define(name, arguments: 0) { (rt, a, _) throws(PythonError) -> Value in try slot(rt, a) }
        }
        if let compare = slots.richCompare {
            let names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
            for op in [CompareOperator.lessThan, .lessOrEqual, .equal, .notEqual, .greaterThan, .greaterOrEqual] {
                define(names[Int(op.rawValue)], arguments: 1) { (rt, a, args) throws(PythonError) -> Value in
                    try compare(rt, a, args[1], op)
                }
            }
        }
        if let hash = slots.hash {
            define("__hash__", arguments: 0) { (rt, a, _) throws(PythonError) -> Value in .int(try hash(rt, a)) }
        }
        if let repr = slots.repr {
            define("__repr__", arguments: 0) { (rt, a, _) throws(PythonError) -> Value in .object(try repr(rt, a)) }
        }
        if let str = slots.str {
            define("__str__", arguments: 0) { (rt, a, _) throws(PythonError) -> Value in .object(try str(rt, a)) }
        }
        if let bool = slots.bool {
            define("__bool__", arguments: 0) { (rt, a, _) throws(PythonError) -> Value in .bool(try bool(rt, a)) }
        }
        if let length = slots.length {
            define("__len__", arguments: 0) { (rt, a, _) throws(PythonError) -> Value in .int(try length(rt, a)) }
        }
        if let getItem = slots.getItem {
            define("__getitem__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in try getItem(rt, a, args[1]) }
        }
        if let setItem = slots.setItem {
            define("__setitem__", arguments: 2) { (rt, a, args) throws(PythonError) -> Value in
                try setItem(rt, a, args[1], args[2])
                return .none
            }
            define("__delitem__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in
                try setItem(rt, a, args[1], nil)
                return .none
            }
        }
        if let contains = slots.contains {
            define("__contains__", arguments: 1) { (rt, a, args) throws(PythonError) -> Value in .bool(try contains(rt, a, args[1])) }
        }
    }

    /// `list.__init__`, `dict.__init__`, `set.__init__`: a subclass's `__init__`
    /// calls them to fill the instance (its `__new__` made it empty, see `makeInstance`).
    private func installContainerInitializers() {
        defineMethod(types.list, "__init__") { (rt, args) throws(PythonError) -> Value in
            let list = try rt.receiver(args, PyList.self, "__init__", "list")
            try ArgumentParser("list", Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst(1)),
                                                 keywordNames: args.keywordNames)).between(0, 1)
            list.items = args.positionalCount > 1 ? try rt.collect(args[1]) : []
            return .none
        }
        defineMethod(types.dict, "__init__") { (rt, args) throws(PythonError) -> Value in
            let dict = try rt.receiver(args, PyDict.self, "__init__", "dict")
            guard args.positionalCount <= 2 else {
                throw PythonError(.typeError, "dict expected at most 1 argument, got \(args.positionalCount - 1)")
            }
            if args.positionalCount == 2 { try rt.dictMerge(dict, args[1]) }
            for (offset, name) in args.keywordNames.enumerated() {
                try dict.set(.object(name), args.values[args.positionalCount + offset], rt)
            }
            return .none
        }
        defineMethod(types.set, "__init__") { (rt, args) throws(PythonError) -> Value in
            let set = try rt.receiver(args, PySet.self, "__init__", "set")
            set.removeAll()
            if args.positionalCount > 1 {
                for item in try rt.collect(args[1]) { try set.add(item, rt) }
            }
            return .none
        }
    }
}
