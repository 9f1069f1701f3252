import BigInt

/// The functions of the `builtins` module that are not type constructors.
extension Runtime {
    // swiftlint:disable:next function_body_length
    func installBuiltinFunctions() {
        defineBuiltin("print") { (rt, args) throws(PythonError) -> Value in try rt.builtinPrint(args) }
        defineBuiltin("len") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("len", args).exactly(1)
            return .int(try rt.length(args[0]))
        }
        defineBuiltin("repr") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("repr", args).exactly(1)
            return .object(try rt.repr(args[0]))
        }
        defineBuiltin("ascii") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("ascii", args).exactly(1)
            return .object(try rt.ascii(args[0]))
        }
        defineBuiltin("abs") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("abs", args).exactly(1)
            return try rt.unary(.absolute, args[0])
        }
        defineBuiltin("id") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("id", args).exactly(1)
            return .int(rt.identity(of: args[0]))
        }
        defineBuiltin("hash") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("hash", args).exactly(1)
            return .int(try rt.hash(args[0]))
        }
        defineBuiltin("callable") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("callable", args).exactly(1)
            return .bool(rt.isCallable(args[0]))
        }
        defineBuiltin("iter") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("iter", args).between(1, 2)
            if args.count == 2 {
                let function = args[0]
                let sentinel = args[1]
                guard rt.isCallable(function) else { throw PythonError(.typeError, "iter(v, w): v must be callable") }
                var done = false
                return rt.makeIterator(of: rt.types.callableIterator) { (rt) throws(PythonError) -> Value? in
                    if done { return nil }
                    let value: Value
                    do throws(PythonError) {
                        value = try rt.callValues(function, [])
                    } catch where error.kind == .stopIteration {
                        done = true
                        return nil
                    }
                    if try rt.equal(value, sentinel) {
                        done = true
                        return nil
                    }
                    return value
                }
            }
            return try rt.iterate(args[0])
        }
        defineBuiltin("next") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("next", args).between(1, 2)
            let type = rt.typeOf(args[0])
            // Coroutines and async generators are generators inside, but not iterators.
            guard type.slots.next != nil || args[0].object is PyIterator || type === rt.types.generator else {
                throw PythonError(.typeError, "'\(type.name)' object is not an iterator")
            }
            if let item = try rt.nextValue(args[0]) { return item }
            if args.count == 2 { return args[1] }
            throw rt.stopIteration(rt.lastReturnValue)
        }
        defineBuiltin("isinstance") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("isinstance", args).exactly(2)
            return .bool(try rt.isInstance(args[0], args[1]))
        }
        defineBuiltin("issubclass") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("issubclass", args).exactly(2)
            return .bool(try rt.isSubclass(args[0], args[1]))
        }
        defineBuiltin("ord") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("ord", args).exactly(1)
            if let text = args[0].object as? PyStr {
                guard text.count == 1 else {
                    throw PythonError(.typeError, "ord() expected a character, but string of length \(text.count) found")
                }
                return .int(Int(text[0]))
            }
            if let bytes = args[0].object as? PyBytes {
                guard bytes.bytes.count == 1 else {
                    throw PythonError(.typeError, "ord() expected a character, but string of length \(bytes.bytes.count) found")
                }
                return .int(Int(bytes.bytes[0]))
            }
            throw PythonError(.typeError, "ord() expected string of length 1, but \(rt.typeName(args[0])) found")
        }
        defineBuiltin("chr") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("chr", args).exactly(1)
            // Any object with __index__; beyond a C int, CPython's OverflowError.
            let code: Int
            do throws(PythonError) {
                code = try rt.indexValue(args[0])
            } catch where error.kind == .overflowError {
                throw PythonError(.overflowError, "Python int too large to convert to C int")
            }
            if code > Int(Int32.max) || code < Int(Int32.min) { throw PythonError(.overflowError, "Python int too large to convert to C int") }
            guard (0..<0x110000).contains(code) else { throw PythonError(.valueError, "chr() arg not in range(0x110000)") }
            return .object(rt.makeStr(codePoints: [UInt32(code)]))
        }
        defineBuiltin("divmod") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("divmod", args).exactly(2)
            return try rt.binary(.divmod, args[0], args[1])
        }
        defineBuiltin("pow") { (rt, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("pow", args).bind(["base", "exp", "mod"], required: 2)
            return try rt.power(bound[0] ?? .none, bound[1] ?? .none, modulus: bound[2] ?? .none)
        }
        defineBuiltin("round") { (rt, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("round", args).bind(["number", "ndigits"], required: 1)
            return try rt.round(bound[0] ?? .none, digits: bound[1] ?? .none)
        }
        defineBuiltin("hex") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("hex", args).exactly(1)
            return .object(rt.makeStr(try rt.integerText(args[0], radix: 16, prefix: "0x")))
        }
        defineBuiltin("oct") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("oct", args).exactly(1)
            return .object(rt.makeStr(try rt.integerText(args[0], radix: 8, prefix: "0o")))
        }
        defineBuiltin("bin") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("bin", args).exactly(1)
            return .object(rt.makeStr(try rt.integerText(args[0], radix: 2, prefix: "0b")))
        }
        defineBuiltin("format") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("format", args).between(1, 2)
            return .object(try rt.format(args[0], spec: args.count > 1 ? args[1] : .none))
        }
        defineBuiltin("sum") { (rt, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("sum", args).bind(["iterable", "start"], required: 1, positionalOnly: 1)
            var total = bound[1] ?? .int(0)
            if total.object is PyStr { throw PythonError(.typeError, "sum() can't sum strings [use ''.join(seq) instead]") }
            if total.object is PyBytes { throw PythonError(.typeError, "sum() can't sum bytes [use b''.join(seq) instead]") }
            let iterator = try rt.iterate(bound[0] ?? .none)
            while let item = try rt.nextItem(iterator) { total = try rt.binary(.add, total, item) }
            return total
        }
        defineBuiltin("min") { (rt, args) throws(PythonError) -> Value in try rt.minMax(args, name: "min", op: .lessThan) }
        defineBuiltin("max") { (rt, args) throws(PythonError) -> Value in try rt.minMax(args, name: "max", op: .greaterThan) }
        defineBuiltin("any") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("any", args).exactly(1)
            let iterator = try rt.iterate(args[0])
            while let item = try rt.nextItem(iterator) {
                if try rt.isTrue(item) { return .bool(true) }
            }
            return .bool(false)
        }
        defineBuiltin("all") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("all", args).exactly(1)
            let iterator = try rt.iterate(args[0])
            while let item = try rt.nextItem(iterator) {
                if try !rt.isTrue(item) { return .bool(false) }
            }
            return .bool(true)
        }
        defineBuiltin("sorted") { (rt, args) throws(PythonError) -> Value in
            guard args.positionalCount == 1 else {
                throw PythonError(.typeError, args.positionalCount == 0 ? "sorted expected 1 argument, got 0"
                                  : "sorted expected 1 argument, got \(args.positionalCount)")
            }
            let list = rt.makeList(try rt.collect(args[0]))
            try rt.sortWithKeywords(list, args, firstKeyword: args.positionalCount)
            return .object(list)
        }
        defineBuiltin("getattr") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("getattr", args).between(2, 3)
            let name = try rt.attributeName(args[1])
            if args.count == 3 {
                do throws(PythonError) {
                    return try rt.getAttribute(args[0], name)
                } catch {
                    if error.kind == .attributeError { return args[2] }
                    throw error
                }
            }
            return try rt.getAttribute(args[0], name)
        }
        defineBuiltin("setattr") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("setattr", args).exactly(3)
            try rt.setAttribute(args[0], try rt.attributeName(args[1]), args[2])
            return .none
        }
        defineBuiltin("delattr") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("delattr", args).exactly(2)
            try rt.setAttribute(args[0], try rt.attributeName(args[1]), nil)
            return .none
        }
        defineBuiltin("hasattr") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("hasattr", args).exactly(2)
            let name = try rt.attributeName(args[1])
            do throws(PythonError) {
                _ = try rt.getAttribute(args[0], name)
                return .bool(true)
            } catch {
                if error.kind == .attributeError { return .bool(false) }
                throw error
            }
        }
        defineBuiltin("globals") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("globals", args).exactly(0)
            return rt.currentFrame.map { .object($0.globals) } ?? .none
        }
        defineBuiltin("locals") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("locals", args).exactly(0)
            return .object(try rt.localsOfCurrentFrame())
        }
        defineBuiltin("vars") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("vars", args).between(0, 1)
            if args.count == 0 { return .object(try rt.localsOfCurrentFrame()) }
            if case .object(let object) = args[0] {
                if let type = object as? PyType { return .object(rt.mappingProxy(type)) }
                if let dict = rt.instanceDict(object) { return .object(dict) }
            }
            // As CPython: whatever its `__dict__` attribute is (a deleted one is made again).
            do throws(PythonError) {
                return try rt.getAttribute(args[0], rt.intern("__dict__"))
            } catch where error.kind == .attributeError {
                throw PythonError(.typeError, "vars() argument must have __dict__ attribute")
            }
        }
        defineBuiltin("dir") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("dir", args).between(0, 1)
            return .object(try rt.directory(args.count == 0 ? nil : args[0]))
        }
        defineBuiltin("input") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("input", args).between(0, 1)
            if args.count == 1 { try rt.writeStdout(try rt.str(args[0]).string) }
            rt.standardOutput.flush()
            var line = rt.standardInput.readLine()
            if line.isEmpty { throw PythonError(.eofError, "EOF when reading a line") }
            if line.hasSuffix("\n") { line.removeLast() }
            return .object(rt.makeStr(line))
        }
        defineBuiltin("breakpoint") { (rt, args) throws(PythonError) -> Value in
            // There is no debugger to enter: breakpoint() does what CPython's does
            // under PYTHONBREAKPOINT=0, nothing (the program runs on).
            .none
        }
        defineBuiltin("__build_class__") { (rt, args) throws(PythonError) -> Value in try rt.buildClass(args) }
        defineBuiltin("__import__") { (rt, args) throws(PythonError) -> Value in
            guard args.positionalCount >= 1, let name = args[0].object as? PyStr else {
                throw PythonError(.typeError, "__import__() missing required argument 'name' (pos 1)")
            }
            return try rt.importModule(name, fromList: .none, level: .int(0), frame: rt.currentFrame)
        }
        defineBuiltin("exec") { (rt, args) throws(PythonError) -> Value in try rt.execOrEval(args, mode: .exec) }
        defineBuiltin("eval") { (rt, args) throws(PythonError) -> Value in try rt.execOrEval(args, mode: .eval) }
        defineBuiltin("compile") { (rt, args) throws(PythonError) -> Value in try rt.builtinCompile(args) }
        defineBuiltin("open") { (rt, args) throws(PythonError) -> Value in try rt.openFile(args) }
    }

    /// The name argument of getattr/setattr/delattr/hasattr, with their message.
    func attributeName(_ value: Value) throws(PythonError) -> PyStr {
        guard let name = value.object as? PyStr else {
            throw PythonError(.typeError, "attribute name must be string, not '\(typeName(value))'")
        }
        return name
    }

    /// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
    private func builtinPrint(_ args: Arguments) throws(PythonError) -> Value {
        var separator = " "
        var terminator = "\n"
        var file: Value = .none
        var flush = false
        for (offset, name) in args.keywordNames.enumerated() {
            let value = args.values[args.positionalCount + offset]
            switch name.string {
            case "sep":
                if case .none = value {} else {
                    guard let text = value.object as? PyStr else {
                        throw PythonError(.typeError, "sep must be None or a string, not \(typeName(value))")
                    }
                    separator = text.string
                }
            case "end":
                if case .none = value {} else {
                    guard let text = value.object as? PyStr else {
                        throw PythonError(.typeError, "end must be None or a string, not \(typeName(value))")
                    }
                    terminator = text.string
                }
            case "file": file = value
            case "flush": flush = try isTrue(value)
            default: throw PythonError(.typeError, "'\(name.string)' is an invalid keyword argument for print()")
            }
        }
        var text = ""
        for index in 0..<args.positionalCount {
            if index > 0 { text += separator }
            text += try str(args[index]).string
        }
        text += terminator
        if case .none = file {
            try writeStdout(text)
            if flush { standardOutput.flush() }
        } else if let stream = file.object as? PyTextStream, let output = stream.output {
            output.write(text)
            if flush { output.flush() }
        } else {
            _ = try callValues(try getAttribute(file, intern("write")), [.object(makeStr(text))])
            if flush, let flushMethod = try findAttribute(file, intern("flush")) { _ = try callValues(flushMethod, []) }
        }
        return .none
    }

    /// Writes to the interpreter's standard output. (A program that assigns
    /// `sys.stdout` does not redirect `print` yet.)
    func writeStdout(_ text: String) throws(PythonError) {
        standardOutput.write(text)
    }

    func identity(of value: Value) -> Int {
        switch value {
        case .object(let object): return object.identity
        case .int(let x): return x &* 32 &+ 0x7F00_0000_0000
        case .float(let d): return Int(bitPattern: UInt(d.bitPattern >> 1))
        case .bool(let flag): return flag ? 0x7E00_0000_0010 : 0x7E00_0000_0020
        case .none: return 0x7E00_0000_0030
        case .notImplemented: return 0x7E00_0000_0040
        case .ellipsis, .null: return 0x7E00_0000_0050
        }
    }

    func isCallable(_ value: Value) -> Bool {
        guard case .object(let object) = value else { return false }
        if object is PyFunction || object is PyBuiltinFunction || object is PyBoundMethod || object is PyType { return true }
        // Static methods are callable since 3.10 (class methods are not).
        if let wrapper = object as? PyMethodWrapper, wrapper.kind == .staticMethod { return true }
        if let alias = object as? PyGenericAlias { return isCallable(alias.origin) }
        return object.type.isHeapType && lookupInType(object.type, intern("__call__")) != nil
    }

    /// `next()` on any iterator (generators included), nil when exhausted.
    func nextValue(_ iterator: Value) throws(PythonError) -> Value? {
        if let generator = iterator.object as? PyGenerator {
            let result = try resume(generator, sending: .none)
            return result
        }
        lastReturnValue = .none
        return try nextItem(iterator)
    }

    func stopIteration(_ value: Value) -> PythonError {
        let exception = PyBaseException(type: types.exceptionType(.stopIteration), kind: .stopIteration,
                                        args: value.isIdentical(to: .none) ? [] : [value])
        exception.setAttribute("value", value, self)
        return PythonError(exception)
    }

    func isInstance(_ value: Value, _ classInfo: Value) throws(PythonError) -> Bool {
        if let type = classInfo.object as? PyType {
            if typeOf(value) === type { return true }
            if type.isHeapType, let hook = lookupInType(type.type, intern("__instancecheck__")), type.type.isHeapType {
                return try isTrue(try invokeMethod(hook, receiver: classInfo, [value]))
            }
            return typeOf(value).isSubtype(of: type)
        }
        if let tuple = classInfo.object as? PyTuple {
            for item in tuple.items where try isInstance(value, item) { return true }
            return false
        }
        if classInfo.object is PyGenericAlias { throw PythonError(.typeError, "isinstance() argument 2 cannot be a parameterized generic") }
        throw PythonError(.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `issubclass(derived, classInfo)`, with a metaclass's `__subclasscheck__`.
    func isSubclass(_ derived: Value, _ classInfo: Value) throws(PythonError) -> Bool {
        if let type = classInfo.object as? PyType, type.type.isHeapType,
           let hook = heapDunder(type.type, intern("__subclasscheck__")) {
            return try isTrue(try invokeMethod(hook, receiver: classInfo, [derived]))
        }
        if let tuple = classInfo.object as? PyTuple {
            for item in tuple.items where try isSubclass(derived, item) { return true }
            return false
        }
        guard let type = derived.object as? PyType else {
            throw PythonError(.typeError, "issubclass() arg 1 must be a class")
        }
        return try isSubclass(type, classInfo)
    }

    func isSubclass(_ type: PyType, _ classInfo: Value) throws(PythonError) -> Bool {
        if let other = classInfo.object as? PyType { return type.isSubtype(of: other) }
        if let tuple = classInfo.object as? PyTuple {
            for item in tuple.items where try isSubclass(type, item) { return true }
            return false
        }
        if classInfo.object is PyGenericAlias { throw PythonError(.typeError, "issubclass() argument 2 cannot be a parameterized generic") }
        throw PythonError(.typeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// `min()` / `max()` with `key=` and `default=`.
    private func minMax(_ args: Arguments, name: String, op: CompareOperator) throws(PythonError) -> Value {
        var key: Value = .none
        var defaultValue: Value?
        for (offset, keyword) in args.keywordNames.enumerated() {
            let value = args.values[args.positionalCount + offset]
            switch keyword.string {
            case "key": key = value
            case "default": defaultValue = value
            default: throw PythonError(.typeError, "'\(keyword.string)' is an invalid keyword argument for \(name)()")
            }
        }
        // One iterable is walked item by item (as CPython does), never collected.
        let iterator: Value
        var remaining = args.values[0..<args.positionalCount].makeIterator()
        switch args.positionalCount {
        case 0: throw PythonError(.typeError, "\(name) expected at least 1 argument, got 0")
        case 1: iterator = try iterate(args[0])
        default:
            if defaultValue != nil {
                throw PythonError(.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            iterator = .null
        }
        func nextCandidate() throws(PythonError) -> Value? {
            if case .null = iterator { return remaining.next() }
            return try nextItem(iterator)
        }
        guard var best = try nextCandidate() else {
            if let defaultValue { return defaultValue }
            throw PythonError(.valueError, "\(name)() arg is an empty sequence")
        }
        let plain = key.isIdentical(to: .none)
        var bestKey = plain ? best : try callOne(key, best)
        while let item = try nextCandidate() {
            let itemKey = plain ? item : try callOne(key, item)
            if try isOrdered(itemKey, bestKey, op) {
                best = item
                bestKey = itemKey
            }
        }
        return best
    }

    /// `list.sort(key=, reverse=)` and `sorted`: the keywords after `firstKeyword`.
    func sortWithKeywords(_ list: PyList, _ args: Arguments, firstKeyword: Int) throws(PythonError) {
        var key: Value = .none
        var reverse = false
        for (offset, keyword) in args.keywordNames.enumerated() {
            let value = args.values[args.positionalCount + offset]
            switch keyword.string {
            case "key": key = value
            case "reverse": reverse = try isTrue(value)
            default: throw PythonError(.typeError, "'\(keyword.string)' is an invalid keyword argument for sort()")
            }
        }
        if case .none = key {
            try sortList(list, reverse: reverse)
            return
        }
        // Sort (key, item) pairs stably by their keys, then take the items in that order.
        var pairs: [(key: Value, item: Value)] = []
        pairs.reserveCapacity(list.items.count)
        for item in list.items { pairs.append((try callOne(key, item), item)) }
        if let order = try quickSortOrder(pairs.map(\.key), reverse: reverse) {
            list.items = order.map { pairs[$0].item }
            return
        }
        if reverse { pairs.reverse() }
        try StableSort.sort(&pairs) { (a, b) throws(PythonError) -> Bool in try self.isLess(a.key, b.key) }
        if reverse { pairs.reverse() }
        list.items = pairs.map(\.item)
    }

    /// `round(number, ndigits)`.
    func round(_ number: Value, digits: Value) throws(PythonError) -> Value {
        if case .object(let object) = number, object is PyFloat, heapDunder(object.type, "__round__") == nil {
            return try round(number.plainFloat, digits: digits)
        }
        switch number {
        case .float(let d):
            if case .none = digits {
                guard d.isFinite else {
                    throw PythonError(d.isNaN ? .valueError : .overflowError,
                                      d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
                }
                return try IntFloat.fromDouble(self, d.rounded(.toNearestOrEven))
            }
            let places = try indexValue(digits)
            return .float(FloatRounding.round(d, places))
        case .int, .bool:
            if case .bool(let flag) = number, case .none = digits { return .int(flag ? 1 : 0) }
            if case .none = digits { return number }
            let places = try indexValue(digits)
            if places >= 0 { return number }
            guard let operand = IntegerOperand(number) else { return number }
            return makeInt(IntRounding.round(operand.bigValue, places))
        case .object(let object):
            if let big = object as? PyInt {
                if case .none = digits { return number }
                let places = try indexValue(digits)
                return places >= 0 ? number : makeInt(IntRounding.round(big.value, places))
            }
            if object.type.isHeapType, let method = heapDunder(object.type, "__round__") {
                return try invokeMethod(method, receiver: number, digits.isIdentical(to: .none) ? [] : [digits])
            }
            fallthrough
        default:
            throw PythonError(.typeError, "type \(typeName(number)) doesn't define __round__ method")
        }
    }

    /// `hex()`, `oct()`, `bin()`.
    func integerText(_ value: Value, radix: Int, prefix: String) throws(PythonError) -> String {
        let integer: BigInt
        if let operand = IntegerOperand(value) {
            integer = operand.bigValue
        } else {
            integer = BigInt(try indexValue(value))
        }
        let digits = String(integer.magnitude, radix: radix)
        return (integer.sign == .minus && !integer.isZero ? "-" : "") + prefix + digits
    }

    /// The current frame's namespace: its dict, or (in a function) its fast locals as a new dict.
    func localsOfCurrentFrame() throws(PythonError) -> PyDict {
        guard let frame = currentFrame else { return makeDict() }
        if let locals = frame.locals { return locals }
        // The frame's one dict: bound variables set, unbound ones removed, other keys kept.
        let dict = frame.localsSnapshot ?? makeDict()
        frame.localsSnapshot = dict
        func refresh(_ name: PyStr, _ value: Value) throws(PythonError) {
            if case .null = value {
                _ = try dict.remove(.object(name), self)
            } else {
                try dict.set(.object(name), value, self)
            }
        }
        for (index, name) in frame.code.varnames.enumerated() { try refresh(name, frame.slots[index]) }
        for (index, name) in (frame.code.code.cellvars + frame.code.code.freevars).enumerated() where index < frame.cells.count {
            try refresh(intern(name), frame.cells[index].contents)
        }
        return dict
    }

    /// `dir(value)`: sorted attribute names, as CPython's `__dir__` methods give them:
    /// a class's own `__dir__`; for a module, the names in its dict (or what a
    /// `__dir__` there returns); for a class, the names along its MRO (not its
    /// metaclass's); for anything else, its own dict and its class's MRO.
    /// `usingHook: false` is `object.__dir__`: what dir() shows without a class's own `__dir__`.
    func directory(_ value: Value?, usingHook: Bool = true) throws(PythonError) -> PyList {
        var names: [Value] = []
        var seen = Set<String>()
        func add(_ dict: PyDict?) {
            for entry in dict?.orderedEntries ?? [] {
                if let name = entry.key.object as? PyStr, seen.insert(name.string).inserted { names.append(entry.key) }
            }
        }
        if let value {
            let type = typeOf(value)
            if usingHook, type.isHeapType, let hook = heapDunder(type, "__dir__") {
                names = try collect(try invokeMethod(hook, receiver: value, []))
            } else if let module = value.object as? PyModule {
                if let hook = try module.dict.get(.object(intern("__dir__")), self) {
                    names = try collect(try callValues(hook, []))
                } else {
                    add(module.dict)
                }
            } else if let type = value.object as? PyType {
                for t in type.mro { add(t.dict) }
            } else {
                if case .object(let object) = value { add(instanceDict(object)) }
                for t in type.mro { add(t.dict) }
            }
        } else {
            add(try localsOfCurrentFrame())
        }
        let list = makeList(names)
        try sortList(list)
        return list
    }
}

/// `round(float, n)`: correctly rounded, half to even on the exact value, as CPython.
enum FloatRounding {
    static func round(_ d: Double, _ places: Int) -> Double {
        guard d.isFinite, d != 0 else { return d }
        if places > 323 { return d }
        if places < -308 { return 0.0 * d }
        // Exact decimal digits of d, rounded half-even at `places` after the point.
        let text = ExactDecimal.digits(of: d)
        let rounded = ExactDecimal.roundHalfEven(text, places: places)
        return Double(rounded) ?? d
    }
}

/// `round(int, -n)`: half to even at the n-th digit.
enum IntRounding {
    static func round(_ value: BigInt, _ places: Int) -> BigInt {
        guard places < 0 else { return value }
        if -places > 4000 { return 0 }
        let unit = BigInt(10).power(-places)
        let (quotient, remainder) = IntArithmetic.floorDivMod(value, unit)
        let twice = remainder * 2
        if twice > unit || (twice == unit && quotient % 2 != 0) { return (quotient + 1) * unit }
        return quotient * unit
    }
}
