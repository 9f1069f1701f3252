/// The methods of coroutines, their `__await__` iterators, async generators
/// and the awaitables of async generator operations (see VM/Coroutines.swift).
extension Runtime {
    func installCoroutineMethods() {
        defineMethod(types.coroutine, "__await__") { (rt, args) throws(PythonError) -> Value in
            let coroutine = try rt.receiver(args, PyGenerator.self, "__await__", "coroutine")
            return .object(PyCoroutineWrapper(type: rt.types.coroutineWrapper, coroutine: coroutine))
        }
        installStepMethods(types.coroutineWrapper, "coroutine_wrapper", PyCoroutineWrapper.self,
                           step: { (rt, wrapper, value, error) throws(PythonError) -> Value? in
                               if let error { return try rt.generatorThrow(wrapper.coroutine, error) }
                               return try rt.resume(wrapper.coroutine, sending: value)
                           },
                           close: { (rt, wrapper) throws(PythonError) in try rt.generatorClose(wrapper.coroutine) })

        let asyncGenerator = types.asyncGenerator
        defineMethod(asyncGenerator, "__aiter__") { (rt, args) throws(PythonError) -> Value in
            .object(try rt.receiver(args, PyGenerator.self, "__aiter__", "async_generator"))
        }
        defineMethod(asyncGenerator, "__anext__") { (rt, args) throws(PythonError) -> Value in
            let generator = try rt.receiver(args, PyGenerator.self, "__anext__", "async_generator")
            return .object(rt.asyncGeneratorStep(generator, .send(.none)))
        }
        defineMethod(asyncGenerator, "asend") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "asend", 1, 1)
            let generator = try rt.receiver(args, PyGenerator.self, "asend", "async_generator")
            return .object(rt.asyncGeneratorStep(generator, .send(args[1])))
        }
        defineMethod(asyncGenerator, "athrow") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "athrow", 1, 3)
            let generator = try rt.receiver(args, PyGenerator.self, "athrow", "async_generator")
            return .object(rt.asyncGeneratorStep(generator, .raise(try rt.thrownError(args))))
        }
        defineMethod(asyncGenerator, "aclose") { (rt, args) throws(PythonError) -> Value in
            let generator = try rt.receiver(args, PyGenerator.self, "aclose", "async_generator")
            return .object(rt.asyncGeneratorStep(generator, .close))
        }

        for (type, name) in [(types.asyncGeneratorSend, "async_generator_asend"), (types.asyncGeneratorThrow, "async_generator_athrow")] {
            installStepMethods(type, name, PyAsyncGeneratorStep.self,
                               step: { (rt, step, value, error) throws(PythonError) -> Value? in
                                   try rt.asyncGeneratorStep(step, sending: value, throwing: error)
                               },
                               close: { (rt, step) throws(PythonError) in step.state = .done })
            defineMethod(type, "__await__") { (rt, args) throws(PythonError) -> Value in
                .object(try rt.receiver(args, PyAsyncGeneratorStep.self, "__await__", name))
            }
        }
    }

    /// An iterator that is also a generator-like object: `__iter__`, `__next__`,
    /// `send`, `throw` and `close` over `step` (nil: finished, StopIteration with
    /// `lastReturnValue`).
    func installStepMethods<Object: PyObject>(
        _ type: PyType, _ name: String, _ objectType: Object.Type,
        step: @escaping (Runtime, Object, Value, PythonError?) throws(PythonError) -> Value?,
        close: @escaping (Runtime, Object) throws(PythonError) -> Void
    ) {
        type.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in a }
        type.slots.next = { (rt: Runtime, a: Value) throws(PythonError) -> Value? in
            guard let object = a.object as? Object else { return nil }
            // `yield from`/`await` take the return value through `send`, not this slot.
            return try step(rt, object, .none, nil)
        }
        defineMethod(type, "__next__") { (rt, args) throws(PythonError) -> Value in
            if let value = try step(rt, try rt.receiver(args, Object.self, "__next__", name), .none, nil) { return value }
            throw rt.stopIteration(rt.lastReturnValue)
        }
        defineMethod(type, "send") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "send", 1, 1)
            if let value = try step(rt, try rt.receiver(args, Object.self, "send", name), args[1], nil) { return value }
            throw rt.stopIteration(rt.lastReturnValue)
        }
        defineMethod(type, "throw") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "throw", 1, 3)
            let object = try rt.receiver(args, Object.self, "throw", name)
            if let value = try step(rt, object, .none, try rt.thrownError(args)) { return value }
            throw rt.stopIteration(rt.lastReturnValue)
        }
        defineMethod(type, "close") { (rt, args) throws(PythonError) -> Value in
            try close(rt, try rt.receiver(args, Object.self, "close", name))
            return .none
        }
    }
}
