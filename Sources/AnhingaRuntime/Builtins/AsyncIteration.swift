/// `aiter()` and `anext()`: the async iteration protocol as functions
/// (what `async for` does through GET_AITER and GET_ANEXT, see VM/Coroutines.swift).

/// What `anext(aiterator, default)` returns: an awaitable that runs the
/// awaitable of `__anext__()` and turns its StopAsyncIteration into the end of
/// the `await` with `default` as its value (CPython's `anext_awaitable`).
final class PyAnextAwaitable: PyObject {
    /// What `__anext__()` returned.
    let wrapped: Value
    let defaultValue: Value
    /// The iterator the awaitable gives (`__await__()`), made on the first step.
    @exclusivity(unchecked) var iterator: Value?

    init(type: PyType, wrapped: Value, defaultValue: Value) {
        self.wrapped = wrapped
        self.defaultValue = defaultValue
        super.init(type: type)
    }

    override func forEachReference(_ body: (PyObject) -> Void) {
        for case .object(let object) in [wrapped, defaultValue, iterator ?? .none] { body(object) }
    }
}

extension Runtime {
    func installAsyncIterationBuiltins() {
        defineBuiltin("aiter") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("aiter", args).exactly(1)
            return try rt.asyncIterator(args[0], forAsyncFor: false)
        }
        defineBuiltin("anext") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("anext", args).between(1, 2)
            let iterator = args[0]
            guard isAsyncIterator(rt, iterator) else {
                throw PythonError(.typeError, "'\(rt.typeName(iterator))' object is not an async iterator")
            }
            // What `__anext__()` returns, unchecked: only awaiting it needs an awaitable.
            let next: Value
            if let generator = iterator.object as? PyGenerator, generator.type === rt.types.asyncGenerator {
                next = .object(rt.asyncGeneratorStep(generator, .send(.none)))
            } else if let method = rt.lookupInType(rt.typeOf(iterator), rt.intern("__anext__")) {
                next = try rt.invokeMethod(method, receiver: iterator, [])
            } else {
                throw PythonError(.typeError, "'\(rt.typeName(iterator))' object is not an async iterator")
            }
            guard args.count == 2 else { return next }
            return .object(PyAnextAwaitable(type: rt.types.anextAwaitable, wrapped: next, defaultValue: args[1]))
        }
        func isAsyncIterator(_ rt: Runtime, _ value: Value) -> Bool {
            let type = rt.typeOf(value)
            return type === rt.types.asyncGenerator || rt.lookupInType(type, rt.intern("__anext__")) != nil
        }

        let awaitable = types.anextAwaitable
        installStepMethods(awaitable, "anext_awaitable", PyAnextAwaitable.self,
                           step: { (rt, awaitable, value, error) throws(PythonError) -> Value? in
                               try rt.anextStep(awaitable, sending: value, throwing: error)
                           },
                           close: { (rt, awaitable) throws(PythonError) in
                               guard let iterator = awaitable.iterator else { return }
                               try rt.closeAwaited(iterator)
                           })
        defineMethod(awaitable, "__await__") { (rt, args) throws(PythonError) -> Value in
            .object(try rt.receiver(args, PyAnextAwaitable.self, "__await__", "anext_awaitable"))
        }
    }

    /// One step of an `anext_awaitable`: what the awaited iterator yielded, or nil
    /// when the `await` is over (its value in `lastReturnValue`: what the iterator
    /// returned, or the default when `__anext__` raised StopAsyncIteration).
    func anextStep(_ awaitable: PyAnextAwaitable, sending value: Value,
                   throwing error: PythonError? = nil) throws(PythonError) -> Value? {
        do throws(PythonError) {
            let iterator: Value
            if let made = awaitable.iterator {
                iterator = made
            } else {
                iterator = try self.awaitable(awaitable.wrapped, context: 0)
                awaitable.iterator = iterator
            }
            if let error { return try throwIntoAwaited(iterator, error) }
            return try send(iterator, value)
        } catch where error.kind == .stopAsyncIteration {
            lastReturnValue = awaitable.defaultValue
            return nil
        }
    }

    /// `iterator.throw(error)` as one step of an `await`: nil (value in
    /// `lastReturnValue`) when the iterator finished.
    private func throwIntoAwaited(_ iterator: Value, _ error: PythonError) throws(PythonError) -> Value? {
        if let generator = iterator.object as? PyGenerator { return try generatorThrow(generator, error) }
        if let wrapper = iterator.object as? PyCoroutineWrapper { return try generatorThrow(wrapper.coroutine, error) }
        if let step = iterator.object as? PyAsyncGeneratorStep { return try asyncGeneratorStep(step, sending: .none, throwing: error) }
        guard let method = try findAttribute(iterator, intern("throw")) else { throw error }
        do throws(PythonError) {
            return try callValues(method, [.object(error.exception(in: self))])
        } catch where error.kind == .stopIteration {
            lastReturnValue = error.exception(in: self).args.first ?? .none
            return nil
        }
    }

    /// `iterator.close()` for the iterator an `anext_awaitable` drives.
    private func closeAwaited(_ iterator: Value) throws(PythonError) {
        if let generator = iterator.object as? PyGenerator { return try generatorClose(generator) }
        if let wrapper = iterator.object as? PyCoroutineWrapper { return try generatorClose(wrapper.coroutine) }
        if let step = iterator.object as? PyAsyncGeneratorStep {
            step.state = .done
            return
        }
        guard let close = try findAttribute(iterator, intern("close")) else { return }
        _ = try callValues(close, [])
    }
}
