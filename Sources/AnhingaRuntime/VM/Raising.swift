/// `raise`, `except` matching and `with`: the exception semantics of the loop.
extension Runtime {
    /// RAISE_VARARGS 1 and 2: the error to throw for `raise value [from cause]`,
    /// chained to the exception being handled (`__context__`).
    func raiseError(_ value: Value, cause: Value?) throws(PythonError) -> PythonError {
        let exception = try exceptionInstance(value, forRaise: true)
        if let cause {
            switch cause {
            case .none:
                exception.cause = nil
            default:
                exception.cause = try exceptionInstance(cause, forRaise: false)
            }
            exception.suppressContext = true
        }
        chain(exception)
        return PythonError(exception)
    }

    /// An exception instance from a class (called with no arguments) or an instance.
    func exceptionInstance(_ value: Value, forRaise: Bool) throws(PythonError) -> PyBaseException {
        if let exception = value.object as? PyBaseException { return exception }
        if let type = value.object as? PyType, type.isSubtype(of: types.exceptionType(.baseException)) {
            let made = try callValues(value, [])
            if let exception = made.object as? PyBaseException { return exception }
            throw PythonError(.typeError, "calling \(type.name) should have returned an instance of BaseException, not \(typeName(made))")
        }
        if forRaise { throw PythonError(.typeError, "exceptions must derive from BaseException") }
        throw PythonError(.typeError, "exception causes must derive from BaseException")
    }

    /// Sets `__context__` of an exception raised while another is handled, as
    /// CPython does when the new one is raised (without making a cycle).
    func chain(_ exception: PyBaseException) {
        guard case .object(let handledObject) = handledException,
              let handled = handledObject as? PyBaseException, handled !== exception else { return }
        // Break a cycle: if `exception` is already in handled's context chain, cut it there.
        var link: PyBaseException? = handled
        while let current = link {
            if current.context === exception {
                current.context = nil
                break
            }
            link = current.context
        }
        exception.context = handled
    }

    /// CHECK_EXC_MATCH: `except matchType:`.
    func exceptionMatches(_ exception: Value, _ matchType: Value) throws(PythonError) -> Bool {
        let exceptionType = typeOf(exception)
        if let type = matchType.object as? PyType {
            guard type.isSubtype(of: types.exceptionType(.baseException)) else {
                throw PythonError(.typeError, "catching classes that do not inherit from BaseException is not allowed")
            }
            return exceptionType.isSubtype(of: type)
        }
        if let tuple = matchType.object as? PyTuple {
            for item in tuple.items where try exceptionMatches(exception, item) { return true }
            return false
        }
        throw PythonError(.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }

    /// BEFORE_WITH: the bound `__exit__` and the result of `__enter__()`.
    func enterContext(_ manager: Value) throws(PythonError) -> (exit: Value, result: Value) {
        let type = typeOf(manager)
        guard let enter = lookupInType(type, names.enter) else {
            throw PythonError(.typeError, "'\(type.name)' object does not support the context manager protocol")
        }
        guard let exit = lookupInType(type, names.exit) else {
            throw PythonError(.typeError, "'\(type.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bind(exit, to: manager)
        let result = try invokeMethod(enter, receiver: manager, [])
        return (boundExit, result)
    }
}
