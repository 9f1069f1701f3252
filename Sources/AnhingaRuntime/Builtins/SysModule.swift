/// The `sys` module, and the text streams behind `sys.stdout`/`stderr`/`stdin`.
extension Runtime {
    // swiftlint:disable:next function_body_length
    func makeSysModule() {
        let sys = makeModule("sys", doc: "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.")
        define(sys, "modules", value: .object(modules))
        define(sys, "path", value: .object(makeList()))
        define(sys, "maxsize", value: .int(Int.max))
        define(sys, "maxunicode", value: .int(0x10FFFF))
        define(sys, "byteorder", value: .object(makeStr("little")))
        define(sys, "platform", value: .object(makeStr("linux")))
        define(sys, "version", value: .object(makeStr("3.11.7 (Anhinga 0.1.0)")))
        define(sys, "executable", value: .object(makeStr("")))
        define(sys, "stdout", value: .object(PyTextStream(type: types.textStream, name: "<stdout>", output: standardOutput)))
        define(sys, "stderr", value: .object(PyTextStream(type: types.textStream, name: "<stderr>", output: standardError)))
        define(sys, "stdin", value: .object(PyTextStream(type: types.textStream, name: "<stdin>", input: standardInput)))
        // The streams the program started with, kept when it reassigns sys.stdout and friends.
        for name in ["stdout", "stderr", "stdin"] {
            if let stream = sys.dict.entry(name, self) { define(sys, "__\(name)__", value: stream) }
        }
        define(sys, "version_info", value: makeStructSequence("sys.version_info", [
            ("major", .int(3)), ("minor", .int(11)), ("micro", .int(7)), ("releaselevel", .object(makeStr("final"))), ("serial", .int(0))]))
        define(sys, "float_info", value: makeStructSequence("sys.float_info", [
            ("max", .float(.greatestFiniteMagnitude)), ("max_exp", .int(1024)), ("max_10_exp", .int(308)),
            ("min", .float(.leastNormalMagnitude)), ("min_exp", .int(-1021)), ("min_10_exp", .int(-307)), ("dig", .int(15)),
            ("mant_dig", .int(53)), ("epsilon", .float(.ulpOfOne)), ("radix", .int(2)), ("rounds", .int(1))]))
        // Anhinga's ints are not made of 30-bit digits; these are the figures CPython gives.
        define(sys, "int_info", value: makeStructSequence("sys.int_info", [
            ("bits_per_digit", .int(30)), ("sizeof_digit", .int(4)), ("default_max_str_digits", .int(4300)),
            ("str_digits_check_threshold", .int(640))]))
        define(sys, "hash_info", value: makeStructSequence("sys.hash_info", [
            ("width", .int(64)), ("modulus", .int(Int(NumericHash.modulus))), ("inf", .int(314159)), ("nan", .int(0)),
            ("imag", .int(1000003)), ("algorithm", .object(makeStr("siphash13"))), ("hash_bits", .int(64)),
            ("seed_bits", .int(128)), ("cutoff", .int(0))]))
        // The modules built into Anhinga (found without a file).
        define(sys, "builtin_module_names", value: .object(makeTuple(["builtins", "math", "sys", "time"].map { .object(makeStr($0)) })))
        define(sys, "hexversion", value: .int(0x030B07F0))
        define(sys, "exit") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("exit", args).between(0, 1)
            let code = args.count > 0 ? args[0] : .none
            let exception = PyBaseException(type: rt.types.exceptionType(.systemExit), kind: .systemExit,
                                            args: code.isIdentical(to: .none) ? [] : [code])
            exception.setAttribute("code", code, rt)
            throw PythonError(exception)
        }
        define(sys, "getrecursionlimit") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("getrecursionlimit", args).exactly(0)
            return .int(rt.recursionLimit)
        }
        define(sys, "setrecursionlimit") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("setrecursionlimit", args).exactly(1)
            guard case .int(let limit) = args[0] else {
                throw PythonError(.typeError, "'\(rt.typeName(args[0]))' object cannot be interpreted as an integer")
            }
            if limit < 1 { throw PythonError(.valueError, "recursion limit must be greater or equal than 1") }
            if limit <= rt.frameDepth {
                throw PythonError(.recursionError, "cannot set the recursion limit to \(limit) at the recursion depth \(rt.frameDepth): the limit is too low")
            }
            rt.recursionLimit = limit
            return .none
        }
        define(sys, "exc_info") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("exc_info", args).exactly(0)
            guard let exception = rt.handledException.object as? PyBaseException else {
                return .object(rt.makeTuple([.none, .none, .none]))
            }
            let traceback: Value = exception.traceback.isEmpty ? .none
                : .object(PyTracebackObject(type: rt.types.traceback, entries: exception.traceback))
            return .object(rt.makeTuple([.object(exception.type), .object(exception), traceback]))
        }
        define(sys, "exception") { (rt, args) throws(PythonError) -> Value in
            rt.handledException
        }
        define(sys, "get_int_max_str_digits") { (rt, args) throws(PythonError) -> Value in .int(rt.intMaxStrDigits) }
        define(sys, "set_int_max_str_digits") { (rt, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("set_int_max_str_digits", args).bind(["maxdigits"], required: 1)
            let limit = try rt.indexValue(bound[0] ?? .int(0))
            if limit != 0 && limit < 640 {
                throw PythonError(.valueError, "maxdigits must be 0 or larger than 640")
            }
            rt.intMaxStrDigits = limit
            return .none
        }
        define(sys, "intern") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("intern", args).exactly(1)
            return .object(rt.intern(try rt.stringArgument(args[0], "intern() argument").string))
        }
        define(sys, "getsizeof") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("getsizeof", args).between(1, 2)
            return .int(64)
        }
        refreshArgv()
    }

    /// An instance of a named tuple type as `sys.version_info` is: a tuple whose items are also
    /// attributes, shown as `name(field=value, ...)`.
    func makeStructSequence(_ name: String, _ fields: [(String, Value)]) -> Value {
        let type = PyType(name: name, metatype: types.type, base: types.tuple, flags: [], slots: types.tuple.slots)
        createdTypes.append(type)
        type.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let tuple = a.object as? PyTuple else { return rt.makeStr(name) }
            var parts: [String] = []
            for (index, field) in fields.enumerated() where index < tuple.count {
                parts.append("\(field.0)=\(try rt.repr(tuple.items[index]).string)")
            }
            return rt.makeStr("\(name)(\(parts.joined(separator: ", ")))")
        }
        for (index, field) in fields.enumerated() {
            defineAttribute(type, field.0) { (rt, value) throws(PythonError) -> Value in
                guard let tuple = value.object as? PyTuple, index < tuple.count else { return .none }
                return tuple.items[index]
            }
        }
        return .object(PyTuple(type: type, items: fields.map(\.1)))
    }

    /// Puts `argv` into `sys.argv` (the host sets `argv` before running).
    public func refreshArgv() {
        guard let sys = modules.entry("sys", self)?.object as? PyModule else { return }
        define(sys, "argv", value: .object(makeList(argv.map { .object(makeStr($0)) })))
    }
}

/// `sys.stdout`, `sys.stderr`, `sys.stdin`: a Python object over the host's streams.
public final class PyTextStream: PyObject {
    let name: String
    let output: TextOutput?
    let input: TextInput?

    init(type: PyType, name: String, output: TextOutput? = nil, input: TextInput? = nil) {
        self.name = name
        self.output = output
        self.input = input
        super.init(type: type)
    }
}

extension Runtime {
    func installTextStreamMethods() {
        let stream = types.textStream
        defineMethod(stream, "write") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "write", 1, 1)
            let target = try rt.receiver(args, PyTextStream.self, "write", "TextIOWrapper")
            guard let text = args[1].object as? PyStr else {
                throw PythonError(.typeError, "write() argument must be str, not \(rt.typeName(args[1]))")
            }
            guard let output = target.output else { throw PythonError(.unsupportedOperation, "not writable") }
            output.write(text.string)
            return .int(text.count)
        }
        defineMethod(stream, "flush") { (rt, args) throws(PythonError) -> Value in
            try rt.receiver(args, PyTextStream.self, "flush", "TextIOWrapper").output?.flush()
            return .none
        }
        defineMethod(stream, "readline") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PyTextStream.self, "readline", "TextIOWrapper")
            return .object(rt.makeStr(target.input?.readLine() ?? ""))
        }
        defineMethod(stream, "read") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PyTextStream.self, "read", "TextIOWrapper")
            return .object(rt.makeStr(target.input?.readAll() ?? ""))
        }
        defineMethod(stream, "isatty") { (rt, args) throws(PythonError) -> Value in .bool(false) }
        defineMethod(stream, "fileno") { (rt, args) throws(PythonError) -> Value in
            let target = try rt.receiver(args, PyTextStream.self, "fileno", "TextIOWrapper")
            return .int(target.name == "<stdin>" ? 0 : (target.name == "<stdout>" ? 1 : 2))
        }
        defineAttribute(stream, "name") { (rt, value) throws(PythonError) -> Value in
            .object(rt.makeStr((value.object as? PyTextStream)?.name ?? ""))
        }
        defineAttribute(stream, "encoding") { (rt, value) throws(PythonError) -> Value in .object(rt.makeStr("utf-8")) }
        stream.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let target = a.object as? PyTextStream, let input = target.input else { return a }
            return rt.makeIterator { (rt) throws(PythonError) -> Value? in
                let line = input.readLine()
                return line.isEmpty ? nil : .object(rt.makeStr(line))
            }
        }
    }
}
