/// Coroutines and asynchronous generators (PEP 492, PEP 525). Both are
/// `PyGenerator`s (a frame resumed by `send`) of their own types; what differs
/// is who drives them. A coroutine is driven through `await`; an async
/// generator is driven through the awaitables its `__anext__`, `asend`,
/// `athrow` and `aclose` return (`PyAsyncGeneratorStep`): each runs the
/// generator until it yields a value of its own (a plain `yield`, which ends
/// the step with StopIteration(value)), passing on the values its `await`s
/// yield to whoever drives the step (an event loop).

/// `coroutine.__await__()`: an iterator over the coroutine's steps.
final class PyCoroutineWrapper: PyObject {
    let coroutine: PyGenerator

    init(type: PyType, coroutine: PyGenerator) {
        self.coroutine = coroutine
        super.init(type: type)
    }

    override func forEachReference(_ body: (PyObject) -> Void) { body(coroutine) }
}

/// One awaited operation on an async generator.
final class PyAsyncGeneratorStep: PyObject {
    enum Operation {
        /// `__anext__()` (None) and `asend(value)`.
        case send(Value)
        /// `athrow(…)`.
        case raise(PythonError)
        /// `aclose()`: GeneratorExit thrown in must end the generator.
        case close
    }

    enum State { case initial, running, done }

    let generator: PyGenerator
    let operation: Operation
    @exclusivity(unchecked) var state = State.initial

    init(type: PyType, generator: PyGenerator, operation: Operation) {
        self.generator = generator
        self.operation = operation
        super.init(type: type)
    }

    override func forEachReference(_ body: (PyObject) -> Void) {
        body(generator)
        if case .send(.object(let value)) = operation { body(value) }
    }
}

extension Runtime {
    func asyncGeneratorStep(_ generator: PyGenerator, _ operation: PyAsyncGeneratorStep.Operation) -> PyAsyncGeneratorStep {
        let type: PyType
        if case .send = operation { type = types.asyncGeneratorSend } else { type = types.asyncGeneratorThrow }
        return PyAsyncGeneratorStep(type: type, generator: generator, operation: operation)
    }

    /// Resumes the step's generator: the value one of its `await`s yielded, or nil
    /// when the step is over (StopIteration with `lastReturnValue`). The end of
    /// the generator is StopAsyncIteration (for `aclose()`, plain completion).
    func asyncGeneratorStep(_ step: PyAsyncGeneratorStep, sending value: Value,
                            throwing error: PythonError? = nil) throws(PythonError) -> Value? {
        let closing: Bool
        if case .close = step.operation { closing = true } else { closing = false }
        if step.state == .done {
            if case .send = step.operation {
                throw PythonError(.runtimeError, "cannot reuse already awaited __anext__()/asend()")
            }
            throw PythonError(.runtimeError, "cannot reuse already awaited aclose()/athrow()")
        }
        let generator = step.generator
        let result: Value?
        do throws(PythonError) {
            if step.state == .initial {
                step.state = .running
                if let error {
                    result = try generatorThrow(generator, error)
                } else {
                    switch step.operation {
                    case .send(let sent):
                        if generator.finished { throw PythonError(.stopAsyncIteration) }
                        result = try resume(generator, sending: value.isIdentical(to: .none) ? sent : value)
                    case .raise(let raised):
                        if generator.finished { throw raised }
                        result = try generatorThrow(generator, raised)
                    case .close:
                        if !generator.started || generator.finished {
                            generator.finished = true
                            throw PythonError(.stopAsyncIteration)
                        }
                        result = try generatorThrow(generator, PythonError(.generatorExit))
                    }
                }
            } else if let error {
                result = try generatorThrow(generator, error)
            } else {
                result = try resume(generator, sending: value)
            }
        } catch {
            step.state = .done
            if closing && (error.kind == .generatorExit || error.kind == .stopAsyncIteration) {
                lastReturnValue = .none
                return nil
            }
            throw error
        }
        guard let result else {
            step.state = .done
            if closing {
                lastReturnValue = .none
                return nil
            }
            throw PythonError(.stopAsyncIteration)
        }
        guard yieldedOwnValue(generator) else { return result }
        step.state = .done
        if closing { throw PythonError(.runtimeError, "async generator ignored GeneratorExit") }
        lastReturnValue = result
        return nil
    }

    /// Whether a suspended async generator stopped at its own `yield` (not inside an `await`).
    private func yieldedOwnValue(_ generator: PyGenerator) -> Bool {
        let frame = generator.frame
        return frame.next >= 1 && frame.code.instructions[frame.next - 1].opcode == .YIELD_VALUE
            && frame.code.instructions[frame.next - 1].arg == 0
    }

    /// GET_AITER (and `aiter()`, whose TypeErrors are worded differently):
    /// `aiterable.__aiter__()`, which must have `__anext__`.
    func asyncIterator(_ value: Value, forAsyncFor: Bool = true) throws(PythonError) -> Value {
        let type = typeOf(value)
        if type === types.asyncGenerator { return value }
        guard let method = lookupInType(type, intern("__aiter__")) else {
            throw PythonError(.typeError, forAsyncFor ? "'async for' requires an object with __aiter__ method, got \(type.name)"
                                                      : "'\(type.name)' object is not an async iterable")
        }
        let iterator = try invokeMethod(method, receiver: value, [])
        let iteratorType = typeOf(iterator)
        guard iteratorType === types.asyncGenerator || lookupInType(iteratorType, intern("__anext__")) != nil else {
            throw PythonError(.typeError, forAsyncFor
                ? "'async for' received an object from __aiter__ that does not implement __anext__: \(iteratorType.name)"
                : "aiter() returned not an async iterator of type '\(iteratorType.name)'")
        }
        return iterator
    }

    /// GET_ANEXT: the awaitable of `aiterator.__anext__()`.
    func asyncNext(_ iterator: Value) throws(PythonError) -> Value {
        if let generator = iterator.object as? PyGenerator, generator.type === types.asyncGenerator {
            return .object(asyncGeneratorStep(generator, .send(.none)))
        }
        let type = typeOf(iterator)
        guard let method = lookupInType(type, intern("__anext__")) else {
            throw PythonError(.typeError, "'async for' requires an iterator with __anext__ method, got \(type.name)")
        }
        let next = try invokeMethod(method, receiver: iterator, [])
        do throws(PythonError) {
            return try awaitable(next, context: 0)
        } catch where error.kind == .typeError {
            throw PythonError(.typeError, "'async for' received an invalid object from __anext__: \(typeName(next))")
        }
    }

    /// BEFORE_ASYNC_WITH: the bound `__aexit__` and what `__aenter__()` returned.
    func enterAsyncContext(_ manager: Value) throws(PythonError) -> (exit: Value, result: Value) {
        let type = typeOf(manager)
        guard let enter = lookupInType(type, intern("__aenter__")) else {
            throw PythonError(.typeError, "'\(type.name)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = lookupInType(type, intern("__aexit__")) else {
            throw PythonError(.typeError, "'\(type.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let boundExit = try bind(exit, to: manager)
        let result = try invokeMethod(enter, receiver: manager, [])
        return (boundExit, result)
    }
}
