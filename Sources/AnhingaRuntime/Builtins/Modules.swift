/// Modules built into the runtime and the import statement's look-up of them.
/// Importing Python files and packages comes with the standard-library work.
extension Runtime {
    /// A new module object with its namespace, registered in `sys.modules`.
    func makeModule(_ name: String, doc: String? = nil) -> PyModule {
        let dict = makeDict()
        try? dict.set(.object(intern("__name__")), .object(makeStr(name)), self)
        try? dict.set(.object(intern("__doc__")), doc.map { .object(makeStr($0)) } ?? .none, self)
        let module = PyModule(type: types.module, name: name, dict: dict)
        try? modules.set(.object(intern(name)), .object(module), self)
        return module
    }

    func define(_ module: PyModule, _ name: String, _ body: @escaping NativeFunction) {
        let function = builtinFunction(name, body)
        function.moduleName = module.name
        try? module.dict.set(.object(intern(name)), .object(function), self)
    }

    func define(_ module: PyModule, _ name: String, value: Value) {
        try? module.dict.set(.object(intern(name)), value, self)
    }

    /// The modules Anhinga has in Swift, made on first import.
    func builtinModule(named name: String) -> PyModule? {
        if let existing = modules.entry(name, self)?.object as? PyModule { return existing }
        switch name {
        case "math": return makeMathModule()
        case "time": return makeTimeModule()
        default: return nil
        }
    }

    /// IMPORT_NAME: `import a.b` gives `a` (or `a.b` with a from-list).
    func importModule(_ name: PyStr, fromList: Value, level: Value, frame: Frame?) throws(PythonError) -> Value {
        if case .int(let depth) = level, depth > 0 {
            throw PythonError(.importError, "attempted relative import with no known parent package")
        }
        let text = name.string
        if let override = builtins.entry("__import__", self), let function = override.object as? PyFunction {
            return try callValues(.object(function), [.object(name)])
        }
        let first = text.split(separator: ".").first.map(String.init) ?? text
        guard let module = builtinModule(named: text) else {
            let exception = makeException(.moduleNotFoundError, "No module named '\(first == text || builtinModule(named: first) == nil ? first : text)'")
            exception.setAttribute("name", .object(makeStr(first)), self)
            throw PythonError(exception)
        }
        return .object(module)
    }

    /// IMPORT_FROM: `from module import name`.
    func importFrom(_ module: Value, _ name: PyStr) throws(PythonError) -> Value {
        if let value = try findAttribute(module, name) { return value }
        let moduleName = (module.object as? PyModule)?.name ?? "?"
        let exception = makeException(.importError, "cannot import name '\(name.string)' from '\(moduleName)' (unknown location)")
        exception.setAttribute("name", .object(makeStr(moduleName)), self)
        throw PythonError(exception)
    }

    /// IMPORT_STAR: the public names (or `__all__`) into `namespace`.
    func importStar(_ module: Value, into namespace: PyDict) throws(PythonError) {
        guard let module = module.object as? PyModule else { return }
        if let all = module.dict.entry("__all__", self) {
            for name in try collect(all) {
                guard let key = name.object as? PyStr else { continue }
                try namespace.set(name, try getAttribute(.object(module), key), self)
            }
            return
        }
        for entry in module.dict.orderedEntries {
            if let key = entry.key.object as? PyStr, key.count > 0, key[0] == 0x5F { continue }
            try namespace.set(entry.key, entry.value, self)
        }
    }
}
