/// The builtin types' constructors (`int(...)`, `list(...)`, …) and the
/// builtin iterator types (`enumerate`, `zip`, `map`, `filter`, `reversed`).
extension Runtime {
    // swiftlint:disable:next function_body_length
    func installConstructors() {
        types.object.constructor = { (rt, type, args) throws(PythonError) -> Value in
            if args.count > 0 {
                throw PythonError(.typeError, type === rt.types.object ? "object() takes no arguments" : "\(type.name)() takes no arguments")
            }
            return .object(rt.newInstance(of: type))
        }
        types.type.constructor = { (rt, type, args) throws(PythonError) -> Value in
            guard args.positionalCount == 3 else { throw PythonError(.typeError, "type() takes 1 or 3 arguments") }
            guard let name = args[0].object as? PyStr else {
                throw PythonError(.typeError, "type.__new__() argument 1 must be str, not \(rt.typeName(args[0]))")
            }
            guard let bases = args[1].object as? PyTuple else {
                throw PythonError(.typeError, "type.__new__() argument 2 must be tuple, not \(rt.typeName(args[1]))")
            }
            guard let namespace = args[2].object as? PyDict else {
                throw PythonError(.typeError, "type.__new__() argument 3 must be dict, not \(rt.typeName(args[2]))")
            }
            let metatype = try rt.mostDerivedMetaclass(type, bases.items)
            let keywords = args.keywordNames.enumerated().map { ($0.element, args.values[args.positionalCount + $0.offset]) }
            return .object(try rt.makeClass(name: name.string, bases: bases.items, namespace: namespace, metatype: metatype,
                                            keywords: keywords))
        }
        types.int.constructor = { (rt, type, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("int", args).bind(["x", "base"], required: 0, positionalOnly: 1)
            let value = try rt.makeIntValue(bound[0], base: bound[1])
            guard let operand = IntegerOperand(value) else { return value }
            if type === rt.types.int {
                // int(x) of an int subclass's instance is a plain int.
                if case .object = value { return rt.makeInt(operand.bigValue) }
                return value
            }
            // An instance of a subclass is an object whatever its value (it has a type and a __dict__).
            return .object(PyInt(type: type, value: operand.bigValue))
        }
        types.bool.constructor = { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("bool", args).between(0, 1)
            return .bool(args.count == 0 ? false : try rt.isTrue(args[0]))
        }
        types.float.constructor = { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("float", args).between(0, 1)
            let value = args.count == 0 ? .float(0) : try rt.makeFloatValue(args[0])
            guard type !== rt.types.float, let payload = value.floatPayload else { return value }
            return .object(PyFloat(type: type, value: payload))
        }
        types.complex.constructor = { (rt, type, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("complex", args).bind(["real", "imag"], required: 0)
            if let text = bound[0]?.object as? PyStr {
                if bound[1] != nil { throw PythonError(.typeError, "complex() can't take second arg if first is a string") }
                let (real, imag) = try ComplexText.parse(text.codePoints)
                return .object(PyComplex(type: type, real: real, imag: imag))
            }
            if bound[1]?.object is PyStr { throw PythonError(.typeError, "complex() second arg can't be a string") }
            /// A number as (real, imag, whether it was complex).
            func parts(_ value: Value, _ which: String) throws(PythonError) -> (Double, Double, Bool) {
                if let c = value.object as? PyComplex { return (c.real, c.imag, true) }
                let typeOfValue = rt.typeOf(value)
                if typeOfValue.isHeapType, let hook = rt.heapDunder(typeOfValue, "__complex__") {
                    let result = try rt.invokeMethod(hook, receiver: value, [])
                    guard let c = result.object as? PyComplex else {
                        throw PythonError(.typeError, "__complex__ returned non-complex (type \(rt.typeName(result)))")
                    }
                    return (c.real, c.imag, true)
                }
                guard IntegerOperand(value) != nil || value.floatPayload != nil || typeOfValue.slots.float != nil
                        || typeOfValue.slots.index != nil else {
                    throw PythonError(.typeError, which == "first" ? "complex() first argument must be a string or a number, not '\(rt.typeName(value))'"
                                                              : "complex() second argument must be a number, not '\(rt.typeName(value))'")
                }
                guard case .float(let d) = try rt.makeFloatValue(value) else { return (0, 0, false) }
                return (d, 0, false)
            }
            // As CPython: complex(a, b) is a + b*1j, where a real b adds to the imaginary part exactly
            // (so complex(-0.0, -0.0) keeps both signs).
            var (real, imag, firstIsComplex) = try bound[0].map { v throws(PythonError) in try parts(v, "first") } ?? (0, 0, false)
            if let second = bound[1] {
                let (secondReal, secondImag, secondIsComplex) = try parts(second, "second")
                if secondIsComplex { real -= secondImag }
                imag = firstIsComplex ? imag + secondReal : secondReal
            }
            return .object(PyComplex(type: type, real: real, imag: imag))
        }
        types.str.constructor = { (rt, type, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("str", args).bind(["object", "encoding", "errors"], required: 0)
            let text: PyStr
            if let value = bound[0] {
                if let bytes = value.object as? PyBytes, bound[1] != nil {
                    text = try rt.decodeUTF8(bytes.bytes)
                } else {
                    text = try rt.str(value)
                }
            } else {
                text = rt.emptyString
            }
            // str() of a str subclass's instance is a plain str; a subclass's call makes its own instance.
            if text.type === type { return .object(text) }
            return .object(PyStr(type: type, storage: text.storage))
        }
        types.list.constructor = { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("list", args).between(0, 1)
            let list = PyList(type: type, items: args.count == 0 ? [] : try rt.collect(args[0]))
            return .object(list)
        }
        types.tuple.constructor = { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("tuple", args).between(0, 1)
            if args.count == 1, let tuple = args[0].object as? PyTuple, tuple.type === rt.types.tuple, type === rt.types.tuple {
                return args[0]
            }
            return .object(PyTuple(type: type, items: args.count == 0 ? [] : try rt.collect(args[0])))
        }
        types.dict.constructor = { (rt, type, args) throws(PythonError) -> Value in
            guard args.positionalCount <= 1 else {
                throw PythonError(.typeError, "dict expected at most 1 argument, got \(args.positionalCount)")
            }
            let dict = PyDict(type: type)
            if args.positionalCount == 1 { try rt.dictMerge(dict, args[0]) }
            for (offset, name) in args.keywordNames.enumerated() {
                try dict.set(.object(name), args.values[args.positionalCount + offset], rt)
            }
            return .object(dict)
        }
        for setType in [types.set, types.frozenset] {
            setType.constructor = { (rt, type, args) throws(PythonError) -> Value in
                try ArgumentParser(type.name, args).between(0, 1)
                return .object(try rt.makeSet(type, from: args.count == 1 ? args[0] : nil))
            }
        }
        types.range.constructor = { (rt, type, args) throws(PythonError) -> Value in .object(try rt.makeRange(args)) }
        types.slice.constructor = { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("slice", args).between(1, 3)
            switch args.count {
            case 1: return .object(PySlice(type: rt.types.slice, start: .none, stop: args[0], step: .none))
            case 2: return .object(PySlice(type: rt.types.slice, start: args[0], stop: args[1], step: .none))
            default: return .object(PySlice(type: rt.types.slice, start: args[0], stop: args[1], step: args[2]))
            }
        }
        for bytesType in [types.bytes, types.bytearray] {
            bytesType.constructor = { (rt, type, args) throws(PythonError) -> Value in
                let bound = try ArgumentParser(type.name, args).bind(["source", "encoding", "errors"], required: 0)
                guard let source = bound[0] else { return .object(PyBytes(type: type, bytes: [])) }
                if let text = source.object as? PyStr {
                    guard let encoding = bound[1] else { throw PythonError(.typeError, "string argument without an encoding") }
                    let name = try rt.stringArgument(encoding, "\(type.name)() argument 'encoding'").string
                    let errors = try bound[2].map { v throws(PythonError) in try rt.stringArgument(v, "\(type.name)() argument 'errors'").string } ?? "strict"
                    return .object(PyBytes(type: type, bytes: try rt.encode(text, encoding: name, errors: errors)))
                }
                if case .int(let count) = source {
                    if count < 0 { throw PythonError(.valueError, "negative count") }
                    return .object(PyBytes(type: type, bytes: [UInt8](repeating: 0, count: count)))
                }
                if let other = try rt.bytesLikeContents(source) { return .object(PyBytes(type: type, bytes: other)) }
                var bytes: [UInt8] = []
                for item in try rt.collect(source) {
                    let value = try rt.indexValue(item)
                    guard (0...255).contains(value) else { throw PythonError(.valueError, "bytes must be in range(0, 256)") }
                    bytes.append(UInt8(value))
                }
                return .object(PyBytes(type: type, bytes: bytes))
            }
        }
        // `type(None)()` and friends give the singleton.
        for (type, singleton) in [(types.none, Value.none), (types.notImplemented, .notImplemented), (types.ellipsis, .ellipsis)] {
            type.constructor = { (rt, type, args) throws(PythonError) -> Value in
                // (CPython calls the type of `...` EllipsisType here.)
                let name = type === rt.types.ellipsis ? "EllipsisType" : type.name
                if args.count > 0 { throw PythonError(.typeError, "\(name) takes no arguments") }
                return singleton
            }
        }
        types.module.constructor = { (rt, type, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("module", args).bind(["name", "doc"], required: 1)
            guard let name = bound[0]?.object as? PyStr else {
                throw PythonError(.typeError, "module() argument 'name' must be str, not \(rt.typeName(bound[0] ?? .none))")
            }
            let dict = rt.makeDict()
            for (key, value) in [("__name__", Value.object(name)), ("__doc__", bound[1] ?? .none), ("__package__", .none),
                                 ("__loader__", .none), ("__spec__", .none)] {
                try dict.set(.object(rt.intern(key)), value, rt)
            }
            return .object(PyModule(type: type, name: name.string, dict: dict))
        }
        types.staticMethod.constructor = { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("staticmethod", args).exactly(1)
            return .object(PyMethodWrapper(type: rt.types.staticMethod, kind: .staticMethod, function: args[0]))
        }
        types.classMethod.constructor = { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("classmethod", args).exactly(1)
            return .object(PyMethodWrapper(type: rt.types.classMethod, kind: .classMethod, function: args[0]))
        }
        types.property.constructor = { (rt, type, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("property", args).bind(["fget", "fset", "fdel", "doc"], required: 0)
            var doc = bound[3] ?? .none
            if case .none = doc, let getter = bound[0]?.object as? PyFunction { doc = getter.doc }
            return .object(PyProperty(type: rt.types.property, getter: bound[0] ?? .none, setter: bound[1] ?? .none,
                                      deleter: bound[2] ?? .none, doc: doc))
        }
        let baseException = types.exceptionType(.baseException)
        baseException.constructor = { (rt, type, args) throws(PythonError) -> Value in
            let kind = rt.builtinExceptionKind(type)
            if !args.keywordNames.isEmpty && !type.isHeapType {
                throw PythonError(.typeError, "\(type.name)() takes no keyword arguments")
            }
            let positional = Array(args.values.prefix(args.positionalCount))
            if type.isSubtype(of: rt.types.exceptionType(.osError)) { return .object(rt.makeOSError(type, positional)) }
            let exception = PyBaseException(type: type, kind: kind, args: positional)
            if kind == .stopIteration { exception.setAttribute("value", args.positionalCount > 0 ? args[0] : .none, rt) }
            if kind == .systemExit { exception.setAttribute("code", args.positionalCount == 1 ? args[0] : (args.positionalCount == 0 ? .none : .object(rt.makeTuple(exception.args))), rt) }
            return .object(exception)
        }
        installIteratorConstructors()
    }

    /// The builtin exception class an exception class is or derives from (its first base's, for a class).
    func builtinExceptionKind(_ type: PyType) -> ExceptionKind {
        var base: PyType = type
        while !base.isSubtype(of: types.exceptionType(.baseException)) || base.isHeapType {
            guard let next = base.base else { break }
            base = next
        }
        return ExceptionKind.allCases.first { types.exceptionType($0) === base } ?? .baseException
    }

    /// `int(x)`, `int(text, base)`.
    func makeIntValue(_ value: Value?, base: Value?) throws(PythonError) -> Value {
        guard let value else {
            if base != nil { throw PythonError(.typeError, "int() missing string argument") }
            return .int(0)
        }
        if let base {
            let radix = try indexValue(base)
            if let text = value.object as? PyStr {
                return try IntText.parse(self, text.codePoints, base: radix, maximumDigits: intMaxStrDigits)
            }
            if let bytes = value.object as? PyBytes {
                return try IntText.parse(self, bytes.bytes.map { UInt32($0) }, base: radix, maximumDigits: intMaxStrDigits)
            }
            throw PythonError(.typeError, "int() can't convert non-string with explicit base")
        }
        switch value {
        case .int: return value
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .float(let d): return try IntFloat.fromDouble(self, d.rounded(.towardZero))
        case .object(let object):
            if let big = object as? PyInt { return object.type === types.int ? value : makeInt(big.value) }
            if let text = object as? PyStr {
                return try IntText.parse(self, text.codePoints, base: 10, maximumDigits: intMaxStrDigits)
            }
            if let bytes = object as? PyBytes {
                return try IntText.parse(self, bytes.bytes.map { UInt32($0) }, base: 10, maximumDigits: intMaxStrDigits)
            }
            for (slot, name) in [(object.type.slots.int, "__int__"), (object.type.slots.index, "__index__")] {
                guard let slot else { continue }
                let result = try slot(self, value)
                if case .notImplemented = result { continue }
                guard IntegerOperand(result) != nil else {
                    throw PythonError(.typeError, "\(name) returned non-int (type \(typeName(result)))")
                }
                return result
            }
            if object.type.isHeapType, let trunc = heapDunder(object.type, "__trunc__") {
                return try invokeMethod(trunc, receiver: value, [])
            }
            throw PythonError(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(object.type.name)'")
        default:
            throw PythonError(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(value))'")
        }
    }

    /// `float(x)`.
    func makeFloatValue(_ value: Value) throws(PythonError) -> Value {
        switch value {
        case .float: return value
        case .int(let x): return .float(Double(x))
        case .bool(let flag): return .float(flag ? 1 : 0)
        case .object(let object):
            if let boxed = object as? PyFloat { return .float(boxed.value) }
            if let text = object as? PyStr { return .float(try FloatText.parse(text.codePoints)) }
            if let big = object as? PyInt { return .float(try IntFloat.toDouble(.big(big.value))) }
            if let slot = object.type.slots.float {
                let result = try slot(self, value)
                if case .float = result { return result }
                if case .notImplemented = result {} else {
                    throw PythonError(.typeError, "\(object.type.name).__float__ returned non-float (type \(typeName(result)))")
                }
            }
            if let slot = object.type.slots.index {
                let result = try slot(self, value)
                if case .notImplemented = result {} else { return try makeFloatValue(result) }
            }
            throw PythonError(.typeError, "float() argument must be a string or a real number, not '\(object.type.name)'")
        default:
            throw PythonError(.typeError, "float() argument must be a string or a real number, not '\(typeName(value))'")
        }
    }

    /// `dict(mapping_or_pairs)` and `dict.update(...)`.
    func dictMerge(_ dict: PyDict, _ source: Value) throws(PythonError) {
        if let other = (source.object as? PyDict) ?? (source.object as? PyMappingProxy)?.mapping {
            for entry in other.orderedEntries { try dict.set(entry.key, entry.value, self) }
            return
        }
        if let keys = try findAttribute(source, intern("keys")) {
            for key in try collect(try callValues(keys, [])) { try dict.set(key, try getItem(source, key), self) }
            return
        }
        for (index, item) in try collect(source).enumerated() {
            let pair: [Value]
            do throws(PythonError) {
                pair = try collect(item)
            } catch {
                throw PythonError(.typeError, "cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                throw PythonError(.valueError, "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try dict.set(pair[0], pair[1], self)
        }
    }

    /// UTF-8 bytes to str (strict).
    func decodeUTF8(_ bytes: [UInt8]) throws(PythonError) -> PyStr {
        if bytes.allSatisfy({ $0 < 0x80 }) { return makeStr(storage: .latin1(bytes)) }
        return makeStr(codePoints: try Codec.utf8.decode(bytes, errors: "strict"))
    }

    private func installIteratorConstructors() {
        // Each is its own type (`type(map(f, x)).__name__` is 'map'), iterating through a Swift closure.
        func iteratorType(_ name: String, _ make: @escaping (Runtime, PyType, Arguments) throws(PythonError) -> Value) {
            let type = PyType(name: name, metatype: types.type, base: types.object, flags: [.baseType, .holdsReferences],
                              slots: IteratorSlots.make())
            type.constructor = { (rt, type, args) throws(PythonError) -> Value in try make(rt, type, args) }
            createdTypes.append(type)
            try? builtins.set(.object(intern(name)), .object(type), self)
        }
        iteratorType("enumerate") { (rt, type, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("enumerate", args).bind(["iterable", "start"], required: 1)
            let iterator = try rt.iterate(bound[0] ?? .none)
            var count = try rt.makeIntValue(bound[1] ?? .int(0), base: nil)
            return rt.makeIterator(of: type) { (rt) throws(PythonError) -> Value? in
                guard let item = try rt.nextValue(iterator) else { return nil }
                let index = count
                count = try rt.binary(.add, count, .int(1))
                return .object(rt.makeTuple([index, item]))
            }
        }
        iteratorType("zip") { (rt, type, args) throws(PythonError) -> Value in
            var strict = false
            if let flag = args.keyword("strict") { strict = try rt.isTrue(flag) }
            var iterators: [Value] = []
            for index in 0..<args.positionalCount { iterators.append(try rt.iterate(args[index])) }
            return rt.makeIterator(of: type) { (rt) throws(PythonError) -> Value? in
                if iterators.isEmpty { return nil }
                var items: [Value] = []
                for (position, iterator) in iterators.enumerated() {
                    guard let item = try rt.nextValue(iterator) else {
                        if strict && position > 0 {
                            throw PythonError(.valueError, "zip() argument \(position + 1) is shorter than argument\(position == 1 ? "" : "s") 1\(position == 1 ? "" : "-\(position)")")
                        }
                        if strict {
                            for (later, rest) in iterators.enumerated().dropFirst() where try rt.nextValue(rest) != nil {
                                throw PythonError(.valueError, "zip() argument \(later + 1) is longer than argument\(later == 1 ? "" : "s") 1\(later == 1 ? "" : "-\(later)")")
                            }
                        }
                        return nil
                    }
                    items.append(item)
                }
                return .object(rt.makeTuple(items))
            }
        }
        iteratorType("map") { (rt, type, args) throws(PythonError) -> Value in
            guard args.positionalCount >= 2 else { throw PythonError(.typeError, "map() must have at least two arguments.") }
            let function = args[0]
            var iterators: [Value] = []
            for index in 1..<args.positionalCount { iterators.append(try rt.iterate(args[index])) }
            return rt.makeIterator(of: type) { (rt) throws(PythonError) -> Value? in
                var items: [Value] = []
                for iterator in iterators {
                    guard let item = try rt.nextValue(iterator) else { return nil }
                    items.append(item)
                }
                return try rt.callValues(function, items)
            }
        }
        iteratorType("filter") { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("filter", args).exactly(2)
            let predicate = args[0]
            let iterator = try rt.iterate(args[1])
            return rt.makeIterator(of: type) { (rt) throws(PythonError) -> Value? in
                while let item = try rt.nextValue(iterator) {
                    let keep = predicate.isIdentical(to: .none) ? try rt.isTrue(item) : try rt.isTrue(try rt.callOne(predicate, item))
                    if keep { return item }
                }
                return nil
            }
        }
        iteratorType("reversed") { (rt, type, args) throws(PythonError) -> Value in
            try ArgumentParser("reversed", args).exactly(1)
            return try rt.reversedIterator(args[0], type)
        }
    }
}

extension Runtime {
    /// `reversed(sequence)`: its `__reversed__` (None there means not reversible), the
    /// builtin sequences' own reverse iterators, or `__getitem__` from `len() - 1` down.
    func reversedIterator(_ sequence: Value, _ reversedType: PyType) throws(PythonError) -> Value {
        let sequenceType = typeOf(sequence)
        let notReversible = PythonError(.typeError, "'\(sequenceType.name)' object is not reversible")
        if sequenceType.isHeapType, let method = heapDunder(sequenceType, "__reversed__") {
            if case .none = method { throw notReversible }
            return try invokeMethod(method, receiver: sequence, [])
        }
        if let view = sequence.object as? PyDictView {
            let entries = view.dict.orderedEntries.reversed()
            switch view.kind {
            case .keys: return .object(PyIterator(type: types.dictReverseKeyIterator, source: .tuple(entries.map(\.key))))
            case .values: return .object(PyIterator(type: types.dictReverseValueIterator, source: .tuple(entries.map(\.value))))
            case .items:
                return .object(PyIterator(type: types.dictReverseItemIterator,
                                          source: .tuple(entries.map { .object(makeTuple([$0.key, $0.value])) })))
            }
        }
        if let dict = sequence.object as? PyDict {
            return .object(PyIterator(type: types.dictReverseKeyIterator, source: .tuple(dict.orderedEntries.reversed().map(\.key))))
        }
        if let list = sequence.object as? PyList {
            let iterator = PyIterator(type: types.listReverseIterator, source: .reversedList(list))
            iterator.index = list.items.count - 1
            return .object(iterator)
        }
        if let range = sequence.object as? PyRange, range.type === types.range {
            // The range from its last value down by -step.
            if range.big != nil || range.step == Int.min {
                let exact = range.exact
                return bigRangeIterator(from: exact.item(exact.count - 1), step: -exact.step, count: exact.count)
            }
            let last = range.start &+ range.step &* (range.count &- 1)
            return .object(PyIterator(type: types.rangeIterator, source: .range(start: last, step: 0 &- range.step, count: range.count)))
        }
        if let tuple = sequence.object as? PyTuple {
            return .object(PyIterator(type: types.reversedIterator, source: .tuple(tuple.items.reversed())))
        }
        // The sequence protocol: a __getitem__, and a dict subclass is not a sequence.
        guard sequenceType.slots.getItem != nil, !(sequence.object is PyDict) else { throw notReversible }
        var index = try length(sequence)
        return makeIterator(of: reversedType) { (rt) throws(PythonError) -> Value? in
            guard index > 0 else { return nil }
            index -= 1
            return try rt.getItem(sequence, .int(index))
        }
    }
}
