/// Name look-ups of the evaluation loop: LOAD_NAME (module and class bodies)
/// and LOAD_GLOBAL with its inline cache.
extension Runtime {
    func loadName(_ frame: Frame, _ name: PyStr) throws(PythonError) -> Value {
        if let locals = frame.locals {
            if locals.type !== types.dict {
                // A namespace from a metaclass's __prepare__: its own __getitem__ (and __missing__) answer.
                do throws(PythonError) {
                    return try getItem(.object(locals), .object(name))
                } catch where error.kind == .keyError {}
            } else if let value = try locals.get(name: name, self) {
                return value
            }
        }
        if let value = try frame.globals.get(name: name, self) { return value }
        if let value = try frame.builtins.get(name: name, self) { return value }
        throw nameError(name.string)
    }

    /// STORE_NAME: a class namespace of a dict subclass goes through its `__setitem__`.
    func storeName(_ frame: Frame, _ name: PyStr, _ value: Value) throws(PythonError) {
        if let locals = frame.locals, locals.type !== types.dict {
            try setItem(.object(locals), .object(name), value)
        } else {
            try (frame.locals ?? frame.globals).set(.object(name), value, self)
        }
    }

    /// globals, then builtins; remembered until either dict changes.
    @inline(__always)
    func loadGlobal(_ frame: Frame, cacheSlot: Int) throws(PythonError) -> Value {
        let cache = frame.code.globalCache
        if cache[cacheSlot].globalsVersion == frame.globals.version && cache[cacheSlot].builtinsVersion == frame.builtins.version {
            return cache[cacheSlot].value
        }
        return try refillGlobalCache(frame, cacheSlot: cacheSlot)
    }

    @inline(never)
    private func refillGlobalCache(_ frame: Frame, cacheSlot: Int) throws(PythonError) -> Value {
        let code = frame.code
        let name = code.cacheNames[cacheSlot]
        let value: Value
        if let found = try frame.globals.get(name: name, self) {
            value = found
        } else if let found = try frame.builtins.get(name: name, self) {
            value = found
        } else {
            throw nameError(name.string)
        }
        code.globalCache[cacheSlot] = GlobalCacheEntry(globalsVersion: frame.globals.version,
                                                       builtinsVersion: frame.builtins.version, value: value)
        return value
    }

    /// `NameError: name 'x' is not defined`, carrying the name for the "Did you mean" hint.
    func nameError(_ name: String) -> PythonError {
        let exception = makeException(.nameError, "name '\(name)' is not defined")
        exception.setAttribute("name", .object(makeStr(name)), self)
        if let frame = currentFrame {
            exception.nameErrorScope = NameScope(varnames: frame.code.varnames, globals: frame.globals, builtins: frame.builtins)
        }
        return PythonError(exception)
    }

    /// A builtin exception object with a message.
    func makeException(_ kind: ExceptionKind, _ message: String) -> PyBaseException {
        PyBaseException(type: types.exceptionType(kind), kind: kind, args: [.object(makeStr(message))])
    }
}

extension PyBaseException {
    func setAttribute(_ name: String, _ value: Value, _ rt: Runtime) {
        let dict = attributes ?? rt.makeDict()
        attributes = dict
        try? dict.set(.object(rt.intern(name)), value, rt)
    }

    func attribute(_ name: String, _ rt: Runtime) -> Value? {
        guard let attributes else { return nil }
        return (try? attributes.get(.object(rt.intern(name)), rt)) ?? nil
    }
}
