/// Methods of `list`, `tuple`, `dict` and `set`.
extension Runtime {
    // swiftlint:disable:next function_body_length
    func installContainerMethods() {
        let list = types.list
        defineMethod(list, "append") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "list.append", 1, 1)
            try rt.receiver(args, PyList.self, "append", "list").append(args[1])
            return .none
        }
        listAppend = (try? typeDict(list).get(.object(intern("append")), self))??.object.map(ObjectIdentifier.init)
        defineMethod(list, "extend") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "list.extend", 1, 1)
            try rt.listExtend(try rt.receiver(args, PyList.self, "extend", "list"), args[1], forUnpacking: false)
            return .none
        }
        defineMethod(list, "insert") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "insert", 2, 2)
            let target = try rt.receiver(args, PyList.self, "insert", "list")
            var index = try rt.indexValue(args[1])
            let count = target.items.count
            if index < 0 { index = max(0, index + count) }
            target.items.insert(args[2], at: min(index, count))
            return .none
        }
        defineMethod(list, "pop") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "pop", 0, 1)
            let target = try rt.receiver(args, PyList.self, "pop", "list")
            let index = try rt.popIndex(args, count: target.items.count, emptyMessage: "pop from empty list")
            return target.items.remove(at: index)
        }
        defineMethod(list, "remove") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "list.remove", 1, 1)
            let target = try rt.receiver(args, PyList.self, "remove", "list")
            for (index, item) in target.items.enumerated() where try rt.sameOrEqual(item, args[1]) {
                if index < target.items.count { target.items.remove(at: index) }
                return .none
            }
            throw PythonError(.valueError, "list.remove(x): x not in list")
        }
        defineMethod(list, "clear") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "list.clear", 0, 0)
            try rt.receiver(args, PyList.self, "clear", "list").items.removeAll()
            return .none
        }
        defineMethod(list, "copy") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "list.copy", 0, 0)
            return .object(rt.makeList(try rt.receiver(args, PyList.self, "copy", "list").items))
        }
        defineMethod(list, "reverse") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "list.reverse", 0, 0)
            try rt.receiver(args, PyList.self, "reverse", "list").items.reverse()
            return .none
        }
        defineMethod(list, "sort") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PyList.self, "sort", "list")
            if args.positionalCount > 1 { throw PythonError(.typeError, "sort() takes no positional arguments") }
            try rt.sortWithKeywords(target, args, firstKeyword: 1)
            return .none
        }
        for type in [types.list, types.tuple] {
            let name = type.name
            defineMethod(type, "index") { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "index", 1, 3)
                let items = try rt.sequenceItems(args[0])
                var start = args.count > 2 ? try rt.indexValue(args[2]) : 0
                var stop = args.count > 3 ? try rt.indexValue(args[3]) : items.count
                if start < 0 { start = max(0, start + items.count) }
                if stop < 0 { stop = max(0, stop + items.count) }
                stop = min(stop, items.count)
                var index = start
                while index < stop {
                    if try rt.sameOrEqual(items[index], args[1]) { return .int(index) }
                    index += 1
                }
                throw PythonError(.valueError, name == "list" ? "\(try rt.repr(args[1]).string) is not in list" : "tuple.index(x): x not in tuple")
            }
            defineMethod(type, "count") { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "count", 1, 1)
                var count = 0
                for item in try rt.sequenceItems(args[0]) where try rt.sameOrEqual(item, args[1]) {
                    count += 1
                }
                return .int(count)
            }
        }
        installDictMethods()
        installSetMethods()
    }

    func sequenceItems(_ value: Value) throws(PythonError) -> [Value] {
        if let list = value.object as? PyList { return list.items }
        if let tuple = value.object as? PyTuple { return tuple.items }
        throw PythonError(.typeError, "descriptor requires a list or tuple")
    }

    // swiftlint:disable:next function_body_length
    private func installDictMethods() {
        let dict = types.dict
        func target(_ rt: Runtime, _ args: Arguments, _ name: String) throws(PythonError) -> PyDict {
            try rt.receiver(args, PyDict.self, name, "dict")
        }
        defineMethod(dict, "get") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "get", 1, 2)
            return try target(rt, args, "get").get(args[1], rt) ?? (args.count > 2 ? args[2] : .none)
        }
        dictGet = (try? typeDict(dict).get(.object(intern("get")), self))??.object.map(ObjectIdentifier.init)
        defineMethod(dict, "setdefault") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "setdefault", 1, 2)
            let d = try target(rt, args, "setdefault")
            if let value = try d.get(args[1], rt) { return value }
            let value = args.count > 2 ? args[2] : .none
            try d.set(args[1], value, rt)
            return value
        }
        defineMethod(dict, "pop") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "pop", 1, 2)
            if let value = try target(rt, args, "pop").remove(args[1], rt) { return value }
            if args.count > 2 { return args[2] }
            throw rt.keyError(args[1])
        }
        defineMethod(dict, "popitem") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "popitem", 0, 0)
            let d = try target(rt, args, "popitem")
            guard let last = d.orderedEntries.last else { throw PythonError(.keyError, "popitem(): dictionary is empty") }
            _ = try d.remove(last.key, rt)
            return .object(rt.makeTuple([last.key, last.value]))
        }
        defineMethod(dict, "keys") { (rt, args) throws(PythonError) -> Value in
            .object(PyDictView(type: rt.types.dictKeys, dict: try target(rt, args, "keys"), kind: .keys))
        }
        defineMethod(dict, "values") { (rt, args) throws(PythonError) -> Value in
            .object(PyDictView(type: rt.types.dictValues, dict: try target(rt, args, "values"), kind: .values))
        }
        defineMethod(dict, "items") { (rt, args) throws(PythonError) -> Value in
            .object(PyDictView(type: rt.types.dictItems, dict: try target(rt, args, "items"), kind: .items))
        }
        defineMethod(dict, "update") { (rt, args) throws(PythonError) -> Value in
            let d = try target(rt, args, "update")
            if args.positionalCount > 2 { throw PythonError(.typeError, "update expected at most 1 argument, got \(args.positionalCount - 1)") }
            if args.positionalCount == 2 { try rt.dictMerge(d, args[1]) }
            for (offset, name) in args.keywordNames.enumerated() {
                try d.set(.object(name), args.values[args.positionalCount + offset], rt)
            }
            return .none
        }
        defineMethod(dict, "clear") { (rt, args) throws(PythonError) -> Value in
            try target(rt, args, "clear").removeAll()
            return .none
        }
        defineMethod(dict, "copy") { (rt, args) throws(PythonError) -> Value in
            let copy = rt.makeDict()
            for entry in try target(rt, args, "copy").orderedEntries { try copy.set(entry.key, entry.value, rt) }
            return .object(copy)
        }
        let fromkeys = builtinFunction("fromkeys", owner: dict) { (rt, args) throws(PythonError) -> Value in
            let value = args.count > 2 ? args[2] : .none
            // cls.fromkeys: an instance of cls, filled through its own __setitem__ when it has one.
            if let cls = args.count > 0 ? args[0].object as? PyType : nil, cls !== rt.types.dict {
                let made = try rt.callValues(.object(cls), [])
                for key in try rt.collect(args.count > 1 ? args[1] : .none) { try rt.setItem(made, key, value) }
                return made
            }
            let d = rt.makeDict()
            for key in try rt.collect(args.count > 1 ? args[1] : .none) { try d.set(key, value, rt) }
            return .object(d)
        }
        defineClassAttribute(dict, "fromkeys", .object(PyMethodWrapper(type: types.classMethod, kind: .classMethod, function: .object(fromkeys))))
        types.dict.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let d = a.object as? PyDict else { return a }
            return .object(PyIterator(type: rt.types.dictKeyIterator, source: .native(DictIteration.keys(d))))
        }
        types.dict.slots.bitOr = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let x = a.object as? PyDict, let y = b.object as? PyDict else { return .notImplemented }
            let result = rt.makeDict()
            for entry in x.orderedEntries + y.orderedEntries { try result.set(entry.key, entry.value, rt) }
            return .object(result)
        }
    }

    // swiftlint:disable:next function_body_length
    private func installSetMethods() {
        for setType in [types.set, types.frozenset] {
            let name = setType.name
            func target(_ rt: Runtime, _ args: Arguments, _ method: String) throws(PythonError) -> PySet {
                try rt.receiver(args, PySet.self, method, name)
            }
            func others(_ rt: Runtime, _ args: Arguments) throws(PythonError) -> [PySet] {
                var sets: [PySet] = []
                for index in 1..<max(1, args.positionalCount) {
                    if let set = args[index].object as? PySet { sets.append(set); continue }
                    let made = PySet(type: rt.types.set)
                    for item in try rt.collect(args[index]) { try made.add(item, rt) }
                    sets.append(made)
                }
                return sets
            }
            defineMethod(setType, "union") { (rt, args) throws(PythonError) -> Value in
                let result = try rt.makeSet(setType, from: .object(try target(rt, args, "union")))
                for other in try others(rt, args) { try result.merge(other, rt) }
                return .object(result)
            }
            defineMethod(setType, "intersection") { (rt, args) throws(PythonError) -> Value in
                var current = try target(rt, args, "intersection").elements
                for other in try others(rt, args) {
                    var kept: [Value] = []
                    for item in current where try other.contains(item, rt) { kept.append(item) }
                    current = kept
                }
                let result = PySet(type: setType)
                for item in current { try result.add(item, rt) }
                return .object(result)
            }
            defineMethod(setType, "difference") { (rt, args) throws(PythonError) -> Value in
                var current = try target(rt, args, "difference").elements
                for other in try others(rt, args) {
                    var kept: [Value] = []
                    for item in current where try !other.contains(item, rt) { kept.append(item) }
                    current = kept
                }
                let result = PySet(type: setType)
                for item in current { try result.add(item, rt) }
                return .object(result)
            }
            defineMethod(setType, "symmetric_difference") { (rt, args) throws(PythonError) -> Value in
                try rt.binary(.bitXor, args[0], .object(try others(rt, args).first ?? PySet(type: setType)))
            }
            defineMethod(setType, "issubset") { (rt, args) throws(PythonError) -> Value in
                try rt.compare(args[0], .object(try others(rt, args).first ?? PySet(type: setType)), .lessOrEqual)
            }
            defineMethod(setType, "issuperset") { (rt, args) throws(PythonError) -> Value in
                try rt.compare(args[0], .object(try others(rt, args).first ?? PySet(type: setType)), .greaterOrEqual)
            }
            defineMethod(setType, "isdisjoint") { (rt, args) throws(PythonError) -> Value in
                let this = try target(rt, args, "isdisjoint")
                for other in try others(rt, args) { for item in other.elements where try this.contains(item, rt) { return .bool(false) } }
                return .bool(true)
            }
            defineMethod(setType, "copy") { (rt, args) throws(PythonError) -> Value in
                .object(try rt.makeSet(setType, from: .object(try target(rt, args, "copy"))))
            }
        }
        let set = types.set
        defineMethod(set, "add") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "set.add", 1, 1)
            try rt.receiver(args, PySet.self, "add", "set").add(args[1], rt)
            return .none
        }
        defineMethod(set, "discard") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "set.discard", 1, 1)
            try rt.receiver(args, PySet.self, "discard", "set").remove(args[1], rt)
            return .none
        }
        defineMethod(set, "remove") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "set.remove", 1, 1)
            if try !rt.receiver(args, PySet.self, "remove", "set").remove(args[1], rt) { throw rt.keyError(args[1]) }
            return .none
        }
        defineMethod(set, "pop") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PySet.self, "pop", "set")
            guard let element = target.popAny() else { throw PythonError(.keyError, "pop from an empty set") }
            return element
        }
        defineMethod(set, "clear") { (rt, args) throws(PythonError) -> Value in
            try rt.receiver(args, PySet.self, "clear", "set").removeAll()
            return .none
        }
        defineMethod(set, "update") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PySet.self, "update", "set")
            for index in 1..<max(1, args.positionalCount) { try target.merge(try rt.makeSet(rt.types.set, from: args[index]), rt) }
            return .none
        }
        // In place, as CPython does them: the table keeps its slots, so the order after is CPython's.
        defineMethod(set, "difference_update") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PySet.self, "difference_update", "set")
            for index in 1..<max(1, args.positionalCount) {
                for item in try rt.collect(args[index]) { try target.remove(item, rt) }
            }
            return .none
        }
        defineMethod(set, "symmetric_difference_update") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "symmetric_difference_update", 1, 1)
            let target = try rt.receiver(args, PySet.self, "symmetric_difference_update", "set")
            let other = try rt.makeSet(rt.types.set, from: args[1])
            for item in other.elements where try !target.remove(item, rt) { try target.add(item, rt) }
            return .none
        }
        defineMethod(set, "intersection_update") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PySet.self, "intersection_update", "set")
            for index in 1..<max(1, args.positionalCount) {
                let other: PySet
                if let set = args[index].object as? PySet { other = set } else { other = try rt.makeSet(rt.types.set, from: args[index]) }
                let result = PySet(type: rt.types.set)
                try SetSlots.intersect(rt, target, other, into: result)
                target.replaceContents(with: result)
            }
            return .none
        }
    }
}

/// A live view of a dict: `keys()`, `values()`, `items()`.
public final class PyDictView: PyObject {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind

    init(type: PyType, dict: PyDict, kind: Kind) {
        self.dict = dict
        self.kind = kind
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) { body(dict) }
}

/// Iterating a dict or one of its views, with CPython's error when the dict changes size meanwhile.
enum DictIteration {
    static func keys(_ dict: PyDict) -> (Runtime) throws(PythonError) -> Value? {
        entries(dict) { (_, entry) in entry.key }
    }

    static func entries(_ dict: PyDict, _ transform: @escaping (Runtime, DictEntry) -> Value) -> (Runtime) throws(PythonError) -> Value? {
        var position = 0
        let startCount = dict.count
        return { (rt) throws(PythonError) -> Value? in
            if dict.count != startCount { throw PythonError(.runtimeError, "dictionary changed size during iteration") }
            while position < dict.entries.count {
                defer { position += 1 }
                if let entry = dict.entry(at: position) { return transform(rt, entry) }
            }
            return nil
        }
    }

    static func slots() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PyDictView)?.dict.count ?? 0 }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let view = a.object as? PyDictView else { return a }
            let body: (Runtime) throws(PythonError) -> Value?
            switch view.kind {
            case .keys: body = keys(view.dict)
            case .values: body = entries(view.dict) { (_, entry) in entry.value }
            case .items: body = entries(view.dict) { (rt, entry) in .object(rt.makeTuple([entry.key, entry.value])) }
            }
            let type = view.kind == .keys ? rt.types.dictKeyIterator : view.kind == .values ? rt.types.dictValueIterator : rt.types.dictItemIterator
            return .object(PyIterator(type: type, source: .native(body)))
        }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let view = a.object as? PyDictView else { return false }
            switch view.kind {
            case .keys: return try view.dict.get(b, rt) != nil
            case .values: return try rt.sequenceContains(view.dict.orderedEntries.map(\.value), b)
            case .items:
                guard let pair = b.object as? PyTuple, pair.count == 2, let value = try view.dict.get(pair.items[0], rt) else { return false }
                return try rt.equal(value, pair.items[1])
            }
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let view = a.object as? PyDictView else { return rt.emptyString }
            let items: [Value]
            switch view.kind {
            case .keys: items = view.dict.orderedEntries.map(\.key)
            case .values: items = view.dict.orderedEntries.map(\.value)
            case .items: items = view.dict.orderedEntries.map { .object(rt.makeTuple([$0.key, $0.value])) }
            }
            return rt.makeStr(view.type.name + "(" + (try rt.reprOfItems(view, items, open: "[", close: "]")) + ")")
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let view = a.object as? PyDictView, view.kind != .values else { return .notImplemented }
            let left = PySet(type: rt.types.set)
            for item in try rt.collect(a) { try left.add(item, rt) }
            let right = PySet(type: rt.types.set)
            for item in try rt.collect(b) { try right.add(item, rt) }
            return try rt.compare(.object(left), .object(right), op)
        }
        for path in [\TypeSlots.bitAnd, \TypeSlots.bitOr, \TypeSlots.subtract, \TypeSlots.bitXor] {
            slots[keyPath: path] = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
                let left = PySet(type: rt.types.set)
                for item in try rt.collect(a) { try left.add(item, rt) }
                let right = PySet(type: rt.types.set)
                for item in try rt.collect(b) { try right.add(item, rt) }
                guard let slot = rt.types.set.slots[keyPath: path] else { return .notImplemented }
                return try slot(rt, .object(left), .object(right))
            }
        }
        return slots
    }
}
