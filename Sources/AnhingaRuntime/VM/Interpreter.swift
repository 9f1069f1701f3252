import AnhingaCompiler
import AnhingaSyntax

/// Running source: the front end and compiler called from the runtime
/// (`exec`, `eval`, `compile()`, and the program itself).
extension Runtime {
    /// Source text to a loaded code object, SyntaxError raised as a Python exception.
    public func compile(_ source: SourceBuffer, filename: String, mode: ParseMode) throws(PythonError) -> PyCode {
        let tree: Mod
        let table: SymbolTable
        let tokenizerWarnings: [TokenizerWarning]
        do throws(SyntaxError) {
            (tree, tokenizerWarnings) = try parseReportingWarnings(source, mode: mode)
            table = try checkProgram(tree, source: source)
        } catch {
            throw syntaxError(error, filename: filename)
        }
        // The compile-time SyntaxWarnings, as the warnings module prints them (with the
        // line when a file of that name can be read).
        for (line, message) in tokenizerWarnings.map({ ($0.lineno, $0.message) }) + table.warnings.map({ ($0.lineno, $0.message) }) {
            var text = "\(filename):\(line): SyntaxWarning: \(message)\n"
            if let lineBytes = sourceLine(filename, line) {
                let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
                let stripped = String(decoding: lineBytes.drop(while: isBlank).reversed().drop(while: isBlank).reversed(), as: UTF8.self)
                if !stripped.isEmpty { text += "  \(stripped)\n" }
            }
            standardOutput.flush()
            standardError.write(text)
        }
        do throws(CompilerError) {
            return PyCode(try compileModule(tree, table: table, filename: filename), runtime: self)
        } catch {
            throw PythonError(.systemError, "compiler: \(error.message)")
        }
    }

    /// Decodes source bytes (coding cookie, BOM), a decoding error raised as SyntaxError.
    func sourceBuffer(_ bytes: [UInt8], filename: String) throws(PythonError) -> SourceBuffer {
        do {
            return try SourceBuffer(bytes: bytes, filename: filename, origin: .compileArgument)
        } catch {
            throw syntaxError(error, filename: filename)
        }
    }

    /// A `SyntaxError` exception object with CPython's attributes.
    func syntaxError(_ error: SyntaxError, filename: String) -> PythonError {
        let kind: ExceptionKind
        switch error.kind {
        case .syntaxError: kind = .syntaxError
        case .indentationError: kind = .indentationError
        case .tabError: kind = .tabError
        case .memoryError: return PythonError(.memoryError)
        case .recursionError: return PythonError(.recursionError, error.message)
        }
        let text: Value = error.text.map { .object(makeStr($0)) } ?? .none
        let details = makeTuple([.object(makeStr(filename)), .int(error.lineno), .int(error.offset), text,
                                 .int(error.endLineno), .int(error.endOffset)])
        let exception = PyBaseException(type: types.exceptionType(kind), kind: kind,
                                        args: [.object(makeStr(error.message)), .object(details)])
        exception.setAttribute("msg", .object(makeStr(error.message)), self)
        exception.setAttribute("filename", .object(makeStr(filename)), self)
        exception.setAttribute("lineno", .int(error.lineno), self)
        exception.setAttribute("offset", .int(error.offset), self)
        exception.setAttribute("text", text, self)
        exception.setAttribute("end_lineno", .int(error.endLineno), self)
        exception.setAttribute("end_offset", .int(error.endOffset), self)
        exception.setAttribute("print_file_and_line", .none, self)
        return PythonError(exception)
    }

    /// A compiled code object made ready to run in this runtime.
    public func load(_ code: CodeObject) -> PyCode { PyCode(code, runtime: self) }

    /// SystemExit's exit status, and the message to print for a non-int code.
    public func exitCode(of exception: PyBaseException) -> (status: Int32, message: String?) {
        let code = exception.attribute("code", self) ?? (exception.args.count == 1 ? exception.args[0] : .none)
        switch code {
        case .none: return (0, nil)
        case .int(let status): return (Int32(truncatingIfNeeded: status), nil)
        case .bool(let flag): return (flag ? 1 : 0, nil)
        default:
            let text = (try? str(code).string) ?? ""
            return (1, text)
        }
    }

    /// Runs a module's code in `globals` (the program's `__main__`).
    public func runModuleCode(_ code: PyCode, globals: PyDict) throws(PythonError) -> Value {
        let frame = Frame(code: code, globals: globals, builtins: builtins, locals: globals, closure: [], cellType: types.cell)
        return try evaluate(frame)
    }

    /// What CPython does with `__main__` at exit that a program can see: its
    /// variables are cleared (names with one leading underscore first), and the
    /// generators that dies with them are closed, running their `finally` blocks.
    public func finalizeMainModule(_ globals: PyDict) {
        runFinalizers()
        let names = globals.orderedEntries.compactMap { $0.key.object as? PyStr }.map(\.string)
        let early = names.filter { $0.hasPrefix("_") && !$0.hasPrefix("__") }
        let late = names.filter { !($0.hasPrefix("_") && !$0.hasPrefix("__")) && $0 != "__builtins__" }
        for name in early + late {
            try? globals.set(.object(intern(name)), .none, self)
            runFinalizers()
        }
        standardOutput.flush()
    }

    /// The `__main__` module's namespace, registered in `sys.modules`.
    public func makeMainModule(filename: String) -> PyDict {
        let globals = makeDict()
        try? globals.set(.object(intern("__name__")), .object(makeStr("__main__")), self)
        try? globals.set(.object(intern("__builtins__")), modules.entry("builtins", self) ?? .none, self)
        try? globals.set(.object(intern("__doc__")), .none, self)
        if filename != "<string>" && filename != "<stdin>" {
            try? globals.set(.object(intern("__file__")), .object(makeStr(filename)), self)
        }
        let module = PyModule(type: types.module, name: "__main__", dict: globals)
        try? modules.set(.object(intern("__main__")), .object(module), self)
        return globals
    }

    /// `exec(source, globals, locals)` and `eval(...)`.
    func execOrEval(_ args: Arguments, mode: ParseMode) throws(PythonError) -> Value {
        let name = mode == .eval ? "eval" : "exec"
        let bound = try ArgumentParser(name, args).bind(["source", "globals", "locals"], required: 1, positionalOnly: 1)
        var globals = currentFrame?.globals ?? makeDict()
        var locals: PyDict? = currentFrame?.locals
        if let given = bound[1], !given.isIdentical(to: .none) {
            guard let dict = given.object as? PyDict else {
                throw PythonError(.typeError, "\(name)() globals must be a dict, not \(typeName(given))")
            }
            globals = dict
            locals = dict
        } else if locals == nil, currentFrame != nil {
            locals = try localsOfCurrentFrame()
        }
        if let given = bound[2], !given.isIdentical(to: .none) {
            guard let dict = given.object as? PyDict else {
                throw PythonError(.typeError, "locals must be a mapping")
            }
            locals = dict
        }
        if try globals.get(.object(intern("__builtins__")), self) == nil {
            try globals.set(.object(intern("__builtins__")), modules.entry("builtins", self) ?? .none, self)
        }
        let code: PyCode
        switch bound[0] ?? .none {
        case .object(let object as PyCode):
            code = object
        case .object(let object as PyStr):
            var text = object.string
            if mode == .eval {
                while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
            }
            code = try compile(SourceBuffer(string: text, filename: "<string>"), filename: "<string>", mode: mode)
        case .object(let object as PyBytes):
            code = try compile(try sourceBuffer(object.bytes, filename: "<string>"), filename: "<string>", mode: mode)
        default:
            throw PythonError(.typeError, "\(name)() arg 1 must be a string, bytes or code object")
        }
        // The code's builtins are its globals' `__builtins__` (a dict, or a module's dict).
        var frameBuiltins = builtins
        if let given = try globals.get(.object(intern("__builtins__")), self) {
            if let dict = given.object as? PyDict { frameBuiltins = dict } else if let module = given.object as? PyModule { frameBuiltins = module.dict }
        }
        let frame = Frame(code: code, globals: globals, builtins: frameBuiltins, locals: locals ?? globals, closure: [],
                          cellType: types.cell)
        let result = try evaluate(frame)
        return mode == .eval ? result : .none
    }

    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
    func builtinCompile(_ args: Arguments) throws(PythonError) -> Value {
        let bound = try ArgumentParser("compile", args).bind(["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], required: 3)
        let filename = try str(bound[1] ?? .none).string
        guard let modeText = (bound[2]?.object as? PyStr)?.string else {
            throw PythonError(.typeError, "compile() mode must be str")
        }
        let mode: ParseMode
        switch modeText {
        case "exec": mode = .exec
        case "eval": mode = .eval
        case "single": mode = .single
        default: throw PythonError(.valueError, "compile() mode must be 'exec', 'eval' or 'single'")
        }
        switch bound[0] ?? .none {
        case .object(let text as PyStr):
            return .object(try compile(SourceBuffer(string: text.string, filename: filename), filename: filename, mode: mode))
        case .object(let bytes as PyBytes):
            return .object(try compile(try sourceBuffer(bytes.bytes, filename: filename), filename: filename, mode: mode))
        case .object(let code as PyCode):
            return .object(code)
        default:
            throw PythonError(.typeError, "compile() arg 1 must be a string, bytes or AST object")
        }
    }
}

extension PyDict {
    /// `self[name]` for a str key, nil when missing.
    func entry(_ name: String, _ rt: Runtime) -> Value? {
        (try? get(.object(rt.intern(name)), rt)) ?? nil
    }
}
