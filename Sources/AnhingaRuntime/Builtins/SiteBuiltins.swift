/// The builtins CPython's `site` module adds (`exit`, `quit`, `copyright`,
/// `credits`, `license`, `help`) and the module's import attributes
/// (`__loader__`, `__spec__`, `__package__`). In CPython these are instances
/// of small Python classes (`_sitebuiltins.Quitter`, `_Printer`, `_Helper`;
/// `_frozen_importlib.BuiltinImporter`, `ModuleSpec`); here they are classes
/// made at start-up whose methods are written in Swift, so `type(exit)`,
/// `vars(exit)` and `callable(exit)` answer as CPython's do.
extension Runtime {
    func installSiteBuiltins() {
        installQuitters()
        installPrinters()
        installHelper()
        installImportAttributes()
    }

    /// A class defined (in Python's eyes) in `module`, with methods written in Swift.
    func makeNativeClass(_ name: String, module: String, doc: String? = nil,
                         methods: [(String, NativeFunction)]) -> PyType? {
        let namespace = makeDict()
        try? namespace.set(.object(intern("__module__")), .object(makeStr(module)), self)
        try? namespace.set(.object(intern("__doc__")), doc.map { .object(makeStr($0)) } ?? .none, self)
        guard let type = try? makeClass(name: name, bases: [], namespace: namespace, metatype: types.type) else { return nil }
        for (methodName, body) in methods { defineMethod(type, methodName, body) }
        // The slots (repr, call, …) follow the dunders now in the class dict.
        dunderAssigned(on: type)
        return type
    }

    /// An instance of a class made by `makeNativeClass`, with these attributes.
    func makeNativeInstance(_ type: PyType, _ attributes: [(String, Value)]) -> PyInstance {
        let dict = makeDict()
        for (name, value) in attributes { try? dict.set(.object(intern(name)), value, self) }
        return PyInstance(type: type, dict: dict)
    }

    /// An attribute of a native instance's dict (the instance is argument 0).
    private func nativeAttribute(_ args: Arguments, _ name: String) -> Value? {
        guard args.positionalCount > 0, let instance = args[0].object as? PyInstance else { return nil }
        return try? instance.dict?.get(.object(intern(name)), self)
    }

    /// `exit` and `quit`: calling one raises SystemExit(code); the repr says how to leave.
    private func installQuitters() {
        let quitter = makeNativeClass("Quitter", module: "_sitebuiltins", methods: [
            ("__repr__", { (rt, args) throws(PythonError) -> Value in
                let name = (rt.nativeAttribute(args, "name")?.object as? PyStr)?.string ?? "exit"
                let eof = (rt.nativeAttribute(args, "eof")?.object as? PyStr)?.string ?? ""
                return .object(rt.makeStr("Use \(name)() or \(eof) to exit"))
            }),
            ("__call__", { (rt, args) throws(PythonError) -> Value in
                let code = try ArgumentParser("__call__", rt.droppingReceiver(args)).bind(["code"], required: 0)[0] ?? .none
                let made = try rt.callValues(.object(rt.types.exceptionType(.systemExit)), [code])
                guard let exception = made.object as? PyBaseException else { throw PythonError(.systemExit) }
                throw PythonError(exception)
            }),
        ])
        guard let quitter else { return }
        for name in ["exit", "quit"] {
            let instance = makeNativeInstance(quitter, [("name", .object(makeStr(name))),
                                                        ("eof", .object(makeStr("Ctrl-D (i.e. EOF)")))])
            try? builtins.set(.object(intern(name)), .object(instance), self)
        }
    }

    /// `copyright`, `credits`, `license`: the repr shows the text (or says how to
    /// see it), calling prints it.
    private func installPrinters() {
        let printer = makeNativeClass("_Printer", module: "_sitebuiltins", doc: "interactive prompt objects for printing the license text, a list of\n    contributors and the copyright notice.", methods: [
            ("__repr__", { (rt, args) throws(PythonError) -> Value in
                rt.nativeAttribute(args, "_Printer__repr") ?? .object(rt.emptyString)
            }),
            ("__call__", { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser("__call__", args).exactly(1)
                let text = (rt.nativeAttribute(args, "_Printer__text")?.object as? PyStr)?.string ?? ""
                try rt.writeStdout(text + "\n")
                return .none
            }),
        ])
        guard let printer else { return }
        let copyright = "Anhinga: a Python 3.11 interpreter written in Swift.\n\n"
            + "The Python language: Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."
        let credits = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information."
        let license = "See https://www.python.org/psf/license/"
        for (name, text, repr) in [("copyright", copyright, copyright), ("credits", credits, credits),
                                   ("license", license, "Type license() to see the full license text")] {
            let instance = makeNativeInstance(printer, [("_Printer__name", .object(makeStr(name))),
                                                        ("_Printer__text", .object(makeStr(text))),
                                                        ("_Printer__repr", .object(makeStr(repr)))])
            try? builtins.set(.object(intern(name)), .object(instance), self)
        }
    }

    /// `help`: `help(object)` prints a short description (the kind of object, its
    /// name and module, a function's signature and the docstring). There is no
    /// interactive help utility: `help()` says so.
    private func installHelper() {
        let helper = makeNativeClass("_Helper", module: "_sitebuiltins", doc: "Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides a helpful message\n    when 'help' is typed at the Python interactive prompt.\n\n    Calling help() at the Python prompt starts an interactive help session.\n    Calling help(thing) prints help for the python object 'thing'.\n    ", methods: [
            ("__repr__", { (rt, args) throws(PythonError) -> Value in
                .object(rt.makeStr("Type help() for interactive help, or help(object) for help about object."))
            }),
            ("__call__", { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser("__call__", args).between(1, 2)
                if args.count == 1 {
                    try rt.writeStdout("Anhinga has no interactive help utility; use help(object) for help about object.\n")
                    return .none
                }
                try rt.writeStdout(try rt.helpText(args[1]))
                return .none
            }),
        ])
        guard let helper else { return }
        try? builtins.set(.object(intern("help")), .object(makeNativeInstance(helper, [])), self)
    }

    /// `builtins.__loader__` (the class `_frozen_importlib.BuiltinImporter`, as in
    /// CPython), `builtins.__spec__` (a `ModuleSpec` naming it) and `__package__`.
    private func installImportAttributes() {
        try? builtins.set(.object(intern("__package__")), .object(emptyString), self)
        guard let importer = makeNativeClass("BuiltinImporter", module: "_frozen_importlib",
                                             doc: "Meta path import for built-in modules.\n\n    All methods are either class or static methods to avoid the need to\n    instantiate the class.\n\n    ", methods: []),
              let spec = makeNativeClass("ModuleSpec", module: "_frozen_importlib",
                                         doc: "The specification for a module, used for loading.", methods: [
                ("__repr__", { (rt, args) throws(PythonError) -> Value in
                    var parts: [String] = []
                    for (field, label) in [("name", "name"), ("loader", "loader"), ("origin", "origin")] {
                        guard let value = rt.nativeAttribute(args, field), !value.isIdentical(to: .none) else { continue }
                        parts.append("\(label)=\(try rt.repr(value).string)")
                    }
                    return .object(rt.makeStr("ModuleSpec(" + parts.joined(separator: ", ") + ")"))
                }),
              ]) else { return }
        try? builtins.set(.object(intern("__loader__")), .object(importer), self)
        let moduleSpec = makeNativeInstance(spec, [
            ("name", .object(makeStr("builtins"))), ("loader", .object(importer)), ("origin", .object(makeStr("built-in"))),
            ("loader_state", .none), ("submodule_search_locations", .none), ("parent", .object(emptyString)),
            ("has_location", .bool(false)), ("cached", .none),
        ])
        try? builtins.set(.object(intern("__spec__")), .object(moduleSpec), self)
    }

    /// What `help(value)` prints: a heading, a function's signature, the docstring.
    func helpText(_ value: Value) throws(PythonError) -> String {
        func docstring(_ value: Value) -> String? {
            (((try? findAttribute(value, intern("__doc__"))) ?? nil)?.object as? PyStr)?.string
        }
        func indented(_ text: String?, _ prefix: String) -> String {
            guard let text, !text.isEmpty else { return "" }
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n") + "\n"
        }
        guard case .object(let object) = value else {
            return "Help on \(typeName(value)) object:\n\n" + indented(docstring(.object(typeOf(value))), "    ") + "\n"
        }
        if let function = object as? PyFunction {
            let module = (function.module.object as? PyStr)?.string
            return "Help on function \(function.name.string)" + (module.map { " in module \($0)" } ?? "") + ":\n\n"
                + (try functionSignature(function)) + "\n" + indented(docstring(value), "    ") + "\n"
        }
        if let builtin = object as? PyBuiltinFunction {
            let heading = builtin.owner == nil ? "built-in function \(builtin.name) in module builtins"
                : "method_descriptor \(builtin.name)"
            return "Help on \(heading):\n\n\(builtin.name)(...)\n" + indented(builtin.doc, "    ") + "\n"
        }
        if let type = object as? PyType {
            let bases = type.bases.map { $0.moduleName == "builtins" && !type.isHeapType ? $0.name : $0.moduleName + "." + $0.qualname }
            return "Help on class \(type.name) in module \(type.moduleName):\n\n"
                + "class \(type.name)(\(bases.joined(separator: ", ")))\n" + indented(docstring(value), " |  ") + "\n"
        }
        if let module = object as? PyModule {
            return "Help on module \(module.name):\n\nNAME\n    \(module.name)\n\n"
                + (docstring(value).map { "DESCRIPTION\n" + indented($0, "    ") + "\n" } ?? "")
        }
        return "Help on \(typeName(value)) object:\n\n" + indented(docstring(.object(typeOf(value))), "    ") + "\n"
    }

    /// `f(a, b=2, /, *args, c, **kwargs)`: a Python function's parameters as `help` shows them.
    func functionSignature(_ function: PyFunction) throws(PythonError) -> String {
        let code = function.code.code
        let names = code.varnames
        var parts: [String] = []
        let positional = min(code.argCount, names.count)
        let firstDefault = positional - function.defaults.count
        for index in 0..<positional {
            var part = names[index]
            if index >= firstDefault, index - firstDefault < function.defaults.count {
                part += "=" + (try repr(function.defaults[index - firstDefault]).string)
            }
            parts.append(part)
            if index + 1 == code.positionalOnlyArgCount { parts.append("/") }
        }
        var next = positional
        let keywordOnlyEnd = min(next + code.keywordOnlyArgCount, names.count)
        let varargsIndex = keywordOnlyEnd
        if code.flags.contains(.varargs), varargsIndex < names.count {
            parts.append("*" + names[varargsIndex])
        } else if code.keywordOnlyArgCount > 0 {
            parts.append("*")
        }
        while next < keywordOnlyEnd {
            var part = names[next]
            if let defaults = function.keywordDefaults, let found = try defaults.get(.object(intern(names[next])), self) {
                part += "=" + (try repr(found).string)
            }
            parts.append(part)
            next += 1
        }
        let varKeywordsIndex = keywordOnlyEnd + (code.flags.contains(.varargs) ? 1 : 0)
        if code.flags.contains(.varKeywords), varKeywordsIndex < names.count { parts.append("**" + names[varKeywordsIndex]) }
        return function.name.string + "(" + parts.joined(separator: ", ") + ")"
    }
}
