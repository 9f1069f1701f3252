/// Generators: a suspended frame resumed by `next()`/`send()`. The frame
/// keeps its own position and stack, so resuming is calling `evaluate` again.
public final class PyGenerator: PyObject {
    let frame: Frame
    let name: PyStr
    let qualname: PyStr
    @exclusivity(unchecked) var running = false
    @exclusivity(unchecked) var started = false
    @exclusivity(unchecked) var finished = false
    /// The exception being handled outside, saved while the generator runs (and vice versa).
    @exclusivity(unchecked) var savedException: Value = .none

    init(type: PyType, frame: Frame, name: PyStr, qualname: PyStr) {
        self.frame = frame
        self.name = name
        self.qualname = qualname
        super.init(type: type)
    }
}

extension Runtime {
    /// Resumes `generator` with `value` (None for `next()`), or raises `error`
    /// inside it. Returns the yielded value, or nil when the generator returned
    /// (its return value is left in `lastReturnValue`).
    func resume(_ generator: PyGenerator, sending value: Value, throwing error: PythonError? = nil) throws(PythonError) -> Value? {
        if generator.finished {
            if let error { throw error }
            lastReturnValue = .none
            return nil
        }
        if generator.running { throw PythonError(.valueError, "generator already executing") }
        let frame = generator.frame
        if !generator.started {
            if error == nil, !value.isIdentical(to: .none) {
                throw PythonError(.typeError, "can't send non-None value to a just-started generator")
            }
            generator.started = true
        } else if error == nil {
            frame.slots[frame.stackTop] = value
            frame.stackTop += 1
        }
        generator.running = true
        frame.yielded = false
        let outerException = currentException
        currentException = generator.savedException
        defer {
            generator.running = false
            generator.savedException = currentException
            currentException = outerException
        }
        let result: Value
        do throws(PythonError) {
            result = try evaluate(frame, throwing: error)
        } catch {
            generator.finished = true
            if error.kind == .stopIteration { throw PythonError(generatorRaisedStopIteration(error.exception(in: self))) }
            throw error
        }
        if frame.yielded { return result }
        generator.finished = true
        lastReturnValue = result
        return nil
    }

    /// What replaces a StopIteration that escapes a generator (PEP 479).
    func generatorRaisedStopIteration(_ exception: PyBaseException) -> PyBaseException {
        let replacement = makeException(.runtimeError, "generator raised StopIteration")
        replacement.cause = exception
        replacement.context = exception
        replacement.suppressContext = true
        return replacement
    }

    /// FOR_ITER resumes `generator` inside the evaluation loop (see `execute`): what
    /// `resume` does before `evaluate`, with the outer handled exception kept in
    /// `savedException` until `endInlineResumption` swaps it back.
    func beginInlineResumption(_ generator: PyGenerator) {
        let frame = generator.frame
        if generator.started {
            frame.slots[frame.stackTop] = .none
            frame.stackTop += 1
        } else {
            generator.started = true
        }
        generator.running = true
        frame.yielded = false
        frame.resumedGenerator = generator
        swap(&currentException, &generator.savedException)
    }

    /// The generator resumed by FOR_ITER yielded, returned or raised.
    func endInlineResumption(_ generator: PyGenerator) {
        generator.running = false
        swap(&currentException, &generator.savedException)
        generator.frame.caller = nil
        generator.frame.resumedGenerator = nil
    }

    /// SEND: one step of `yield from`/`await` on `receiver`; nil when it is done.
    func send(_ receiver: Value, _ value: Value) throws(PythonError) -> Value? {
        if let generator = receiver.object as? PyGenerator {
            return try resume(generator, sending: value)
        }
        if case .none = value {
            let item = try nextItem(receiver)
            // A native iterator's StopIteration carries no value.
            if item == nil { lastReturnValue = .none }
            return item
        }
        guard let method = try findAttribute(receiver, intern("send")) else {
            throw attributeError(receiver, intern("send"))
        }
        do throws(PythonError) {
            return try callValues(method, [value])
        } catch {
            if error.kind == .stopIteration {
                lastReturnValue = (error.exception(in: self).args.first) ?? .none
                return nil
            }
            throw error
        }
    }

    /// GET_AWAITABLE: coroutines and objects with `__await__`.
    func awaitable(_ value: Value, context: Int) throws(PythonError) -> Value {
        if let generator = value.object as? PyGenerator, generator.frame.code.code.flags.contains(.coroutine) {
            return value
        }
        if let method = try findAttribute(value, intern("__await__")) {
            return try callValues(method, [])
        }
        throw PythonError(.typeError, "object \(typeName(value)) can't be used in 'await' expression")
    }

    /// `generator.throw(exception)` and `close()`.
    func generatorThrow(_ generator: PyGenerator, _ error: PythonError) throws(PythonError) -> Value? {
        try resume(generator, sending: .none, throwing: error)
    }
}
