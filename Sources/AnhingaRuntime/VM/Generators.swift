/// Generators: a suspended frame resumed by `next()`/`send()`. The frame
/// keeps its own position and stack, so resuming is calling `evaluate` again.
public final class PyGenerator: PyObject {
    let frame: Frame
    let name: PyStr
    let qualname: PyStr
    /// Where a generator that dies suspended inside a `try` or `with` leaves its
    /// frame, for the runtime to close (nil for the stand-in that closes it).
    let finalizer: Finalizers?
    @exclusivity(unchecked) var running = false
    @exclusivity(unchecked) var started = false
    @exclusivity(unchecked) var finished = false
    /// The exception being handled outside, saved while the generator runs (and vice versa).
    @exclusivity(unchecked) var savedException: Value = .none
    /// Its resumption by FOR_ITER pushed the resumer's exception on `resumerExceptions`.
    @exclusivity(unchecked) var pushedResumerException = false

    init(type: PyType, frame: Frame, name: PyStr, qualname: PyStr, finalizer: Finalizers?) {
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.finalizer = finalizer
        super.init(type: type)
    }

    deinit {
        // A coroutine never started gets CPython's RuntimeWarning, at the line running now.
        if !started, !finished, let finalizer, let runtime = finalizer.runtime, type === runtime.types.coroutine {
            finalizer.pending.append(.unawaited(qualname: qualname.string, location: runtime.currentLocation()))
            return
        }
        // As CPython, a generator freed while suspended is closed, so its `finally`
        // blocks and `__exit__`s run; only the frame outlives this object, to be
        // closed at the runtime's next safe point (a deinit cannot run Python code).
        guard let finalizer, started, !finished, !running, frame.code.handler(for: frame.next - 1) != nil else { return }
        finalizer.pending.append(.generator(Finalizers.Suspended(type: type, frame: frame, name: name, qualname: qualname)))
    }
}

/// What died since the last safe point and still has Python code to run: the frames
/// of generators that died suspended (to be closed), and the storage of instances of
/// classes with `__del__` (to have it called).
public final class Finalizers {
    struct Suspended {
        let type: PyType
        let frame: Frame
        let name: PyStr
        let qualname: PyStr
    }

    struct DeadInstance {
        let type: PyType
        let dict: PyDict?
        let slotValues: [Value]?
    }

    enum Finalization {
        case generator(Suspended)
        case instance(DeadInstance)
        /// A coroutine freed without being awaited, and where the program was then.
        case unawaited(qualname: String, location: (filename: String, line: Int)?)
    }

    /// Whether any class has defined `__del__` (then unwound frames' values stay with
    /// their exception, whose lifetime a `__del__` can observe).
    @exclusivity(unchecked) var delClassesExist = false
    /// Whether `runFinalizers` is working through the queue.
    @exclusivity(unchecked) var running = false
    /// The unawaited-coroutine warnings printed so far, each shown once.
    @exclusivity(unchecked) var warningsShown = Set<String>()

    /// The runtime the queue belongs to (weak: an object may outlive it).
    weak var runtime: Runtime?

    @exclusivity(unchecked) var pending: [Finalization] = []
    /// The stand-ins whose `__del__` has run: `__del__` runs once per object, as in CPython.
    @exclusivity(unchecked) var finalized = Set<ObjectIdentifier>()
}

extension Runtime {
    /// Closes the generators that died suspended and calls the `__del__` of the instances
    /// freed since the last call: at calls, returns and backward jumps of the loop, and at
    /// exit. What they raise is reported and ignored, as CPython does for a finalizer.
    @inline(never)
    func runFinalizers() {
        // One pass at a time: a finalizer's own calls reach this check point again, and
        // what they free joins the queue this pass is working through.
        guard !finalizers.running else { return }
        finalizers.running = true
        defer { finalizers.running = false }
        while !finalizers.pending.isEmpty {
            // Taken out in order, each entry let go of once handled (its storage may
            // free more objects with finalizers, which the next round picks up).
            var batch: [Finalizers.Finalization] = []
            swap(&batch, &finalizers.pending)
            batch.reverse()
            while let finalization = batch.popLast() {
                runFinalizer(finalization)
            }
        }
    }

    /// One finalization: a generator closed, a warning printed, or a `__del__` run.
    private func runFinalizer(_ finalization: Finalizers.Finalization) {
        let saved = lastReturnValue
        switch finalization {
        case .generator(let dead):
            let generator = PyGenerator(type: dead.type, frame: dead.frame, name: dead.name, qualname: dead.qualname, finalizer: nil)
            generator.started = true
            do throws(PythonError) {
                try generatorClose(generator)
            } catch {
                let kind = dead.type === types.coroutine ? "coroutine" : "generator"
                let address = String(generator.identity, radix: 16)
                reportIgnored(error, in: "<\(kind) object \(dead.qualname.string) at 0x\(address)>")
            }
        case .unawaited(let qualname, let location):
            warnUnawaited(qualname, at: location)
        case .instance(let dead):
            let standIn = PyInstance(type: dead.type, dict: dead.dict)
            standIn.slotValues = dead.slotValues
            finalizers.finalized.insert(ObjectIdentifier(standIn))
            guard let method = heapDunder(dead.type, "__del__") else { break }
            do throws(PythonError) {
                _ = try invokeMethod(method, receiver: .object(standIn), [])
            } catch {
                let shown = (try? repr(method).string) ?? "<function __del__>"
                reportIgnored(error, in: shown)
            }
        }
        lastReturnValue = saved
    }

    /// Where the running code is: the current frame's file and the line of its instruction.
    func currentLocation() -> (filename: String, line: Int)? {
        guard let frame = currentFrame else { return nil }
        let code = frame.code.code
        // The loop writes `current` back at native calls, dels and module-level stores (not
        // at every instruction): what they let go of is placed on their line.
        let index = frame.current
        let line = index >= 0 && index < code.positions.count ? Int(code.positions[index].line) : code.firstLine
        return (code.filename, line)
    }

    /// `RuntimeWarning: coroutine 'f' was never awaited`, as the warnings module prints it.
    private func warnUnawaited(_ qualname: String, at location: (filename: String, line: Int)?) {
        standardOutput.flush()
        let (filename, line) = location ?? ("sys", 1)
        var text = "\(filename):\(line): RuntimeWarning: coroutine '\(qualname)' was never awaited\n"
        if let source = sourceLine(filename, line) {
            let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
            let stripped = String(decoding: source.drop(while: isBlank).reversed().drop(while: isBlank).reversed(), as: UTF8.self)
            if !stripped.isEmpty { text += "  \(stripped)\n" }
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        // The warnings module shows a warning once per place (its "default" action).
        guard finalizers.warningsShown.insert(text).inserted else { return }
        standardError.write(text)
        standardError.flush()
    }

    /// CPython's report of an exception a finalizer raised: "Exception ignored in: ...".
    private func reportIgnored(_ error: PythonError, in context: String) {
        standardOutput.flush()
        standardError.write("Exception ignored in: \(context)\n")
        standardError.write(formatUncaught(error.exception(in: self)))
        standardError.flush()
    }

    /// Resumes `generator` with `value` (None for `next()`), or raises `error`
    /// inside it. Returns the yielded value, or nil when the generator returned
    /// (its return value is left in `lastReturnValue`).
    func resume(_ generator: PyGenerator, sending value: Value, throwing error: PythonError? = nil) throws(PythonError) -> Value? {
        if generator.finished {
            if let error { throw error }
            if generator.type === types.coroutine { throw PythonError(.runtimeError, "cannot reuse already awaited coroutine") }
            lastReturnValue = .none
            return nil
        }
        if generator.running { throw PythonError(.valueError, "generator already executing") }
        let frame = generator.frame
        if !generator.started {
            if error == nil, !value.isIdentical(to: .none) {
                throw PythonError(.typeError, "can't send non-None value to a just-started \(kindInMessages(generator))")
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
        // Only an exception being handled matters to `handledException`: None is not pushed
        // (the common case, which then costs no array traffic per item).
        let pushesOuter = outerException.object is PyBaseException
        if pushesOuter { resumerExceptions.append(outerException) }
        defer {
            generator.running = false
            generator.savedException = currentException
            currentException = outerException
            if pushesOuter { resumerExceptions.removeLast() }
        }
        let result: Value
        do throws(PythonError) {
            result = try evaluate(frame, throwing: error)
        } catch {
            generator.finished = true
            if error.kind == .stopIteration || (error.kind == .stopAsyncIteration && generator.type === types.asyncGenerator) {
                throw PythonError(generatorRaisedStopIteration(error.exception(in: self), in: generator))
            }
            throw error
        }
        if frame.yielded { return result }
        generator.finished = true
        lastReturnValue = result
        return nil
    }

    /// The exception being handled as `sys.exc_info()` sees it: the running code's own,
    /// else that of the nearest frame that resumed a generator on the way here.
    var handledException: Value {
        if currentException.object is PyBaseException { return currentException }
        for outer in resumerExceptions.reversed() where outer.object is PyBaseException { return outer }
        return .none
    }

    /// How CPython's messages name a generator-like object: generator, coroutine, async generator.
    func kindInMessages(_ generator: PyGenerator) -> String {
        generator.type === types.coroutine ? "coroutine" : generator.type === types.asyncGenerator ? "async generator" : "generator"
    }

    /// What replaces a StopIteration that escapes a generator (PEP 479), or a
    /// StopAsyncIteration that escapes an async generator (PEP 525).
    func generatorRaisedStopIteration(_ exception: PyBaseException, in generator: PyGenerator) -> PyBaseException {
        let kind = kindInMessages(generator)
        let stop = exception.kind == .stopAsyncIteration ? "StopAsyncIteration" : "StopIteration"
        let replacement = makeException(.runtimeError, "\(kind) raised \(stop)")
        replacement.cause = exception
        replacement.context = exception
        replacement.suppressContext = true
        return replacement
    }

    /// FOR_ITER and SEND resume `generator` inside the evaluation loop (see `execute`):
    /// what `resume` does before `evaluate`, with the outer handled exception kept in
    /// `savedException` until `endInlineResumption` swaps it back. A generator not
    /// started yet takes no value (SEND resumes one inline only when it sends None).
    func beginInlineResumption(_ generator: PyGenerator, sending value: Value = .none) {
        let frame = generator.frame
        if generator.started {
            frame.slots[frame.stackTop] = value
            frame.stackTop += 1
        } else {
            generator.started = true
        }
        generator.running = true
        frame.yielded = false
        frame.setResumedGenerator(generator)
        generator.pushedResumerException = currentException.object is PyBaseException
        if generator.pushedResumerException { resumerExceptions.append(currentException) }
        swap(&currentException, &generator.savedException)
    }

    /// The generator resumed by FOR_ITER yielded, returned or raised.
    func endInlineResumption(_ generator: PyGenerator) {
        generator.running = false
        swap(&currentException, &generator.savedException)
        if generator.pushedResumerException && !resumerExceptions.isEmpty { resumerExceptions.removeLast() }
        generator.pushedResumerException = false
        if generator.frame.caller != nil { generator.frame.caller = nil }
        generator.frame.setResumedGenerator(nil)
    }

    /// SEND: one step of `yield from`/`await` on `receiver`; nil when it is done.
    func send(_ receiver: Value, _ value: Value) throws(PythonError) -> Value? {
        if let generator = receiver.object as? PyGenerator {
            return try resume(generator, sending: value)
        }
        if let wrapper = receiver.object as? PyCoroutineWrapper {
            return try resume(wrapper.coroutine, sending: value)
        }
        if let step = receiver.object as? PyAsyncGeneratorStep {
            return try asyncGeneratorStep(step, sending: value)
        }
        if let awaitable = receiver.object as? PyAnextAwaitable { return try anextStep(awaitable, sending: value) }
        if typeOf(receiver).isHeapType, case .none = value {
            // A Python iterator's StopIteration may carry the value of the `await`/`yield from`.
            return try sendByMethod(receiver, "__next__", [])
        }
        if case .none = value {
            let item = try nextItem(receiver)
            // A native iterator's StopIteration carries no value.
            if item == nil { lastReturnValue = .none }
            return item
        }
        return try sendByMethod(receiver, "send", [value])
    }

    /// `receiver.<name>(*arguments)` as one step of a delegation: nil, with the
    /// StopIteration's value in `lastReturnValue`, when the receiver is done.
    private func sendByMethod(_ receiver: Value, _ name: String, _ arguments: [Value]) throws(PythonError) -> Value? {
        guard let method = try findAttribute(receiver, intern(name)) else {
            throw attributeError(receiver, intern(name))
        }
        do throws(PythonError) {
            return try callValues(method, arguments)
        } catch {
            if error.kind == .stopIteration {
                lastReturnValue = (error.exception(in: self).args.first) ?? .none
                return nil
            }
            throw error
        }
    }

    /// GET_AWAITABLE: coroutines and objects with `__await__`.
    /// `context` says which expression awaits: 0 `await`, 1 `__aenter__`, 2 `__aexit__`.
    func awaitable(_ value: Value, context: Int) throws(PythonError) -> Value {
        if let generator = value.object as? PyGenerator, generator.type === types.coroutine {
            if generator.running { throw PythonError(.runtimeError, "coroutine is being awaited already") }
            return value
        }
        guard let method = lookupInType(typeOf(value), intern("__await__")) else {
            switch context {
            case 1: throw PythonError(.typeError, "'async with' received an object from __aenter__ that does not implement __await__: \(typeName(value))")
            case 2: throw PythonError(.typeError, "'async with' received an object from __aexit__ that does not implement __await__: \(typeName(value))")
            default: throw PythonError(.typeError, "object \(typeName(value)) can't be used in 'await' expression")
            }
        }
        let iterator = try invokeMethod(method, receiver: value, [])
        if let generator = iterator.object as? PyGenerator, generator.type === types.coroutine {
            throw PythonError(.typeError, "__await__() returned a coroutine")
        }
        guard typeOf(iterator).slots.next != nil || iterator.object is PyIterator || lookupInType(typeOf(iterator), intern("__next__")) != nil else {
            throw PythonError(.typeError, "__await__() returned non-iterator of type '\(typeName(iterator))'")
        }
        return iterator
    }

    /// `generator.throw(exception)` (and `close()`, with GeneratorExit). A generator
    /// suspended in `yield from`/`await` passes the exception to the iterator it
    /// delegates to first; only what that iterator raises (or GeneratorExit) reaches
    /// the generator's own frame.
    func generatorThrow(_ generator: PyGenerator, _ error: PythonError) throws(PythonError) -> Value? {
        guard let receiver = delegatedReceiver(generator) else {
            return try resume(generator, sending: .none, throwing: error)
        }
        if generator.running { throw PythonError(.valueError, "generator already executing") }
        var raised = error
        var delegateFinished = false
        generator.running = true
        do throws(PythonError) {
            if error.kind == .generatorExit {
                try closeIterator(receiver)
            } else if let yielded = try throwInto(receiver, error) {
                generator.running = false
                return yielded
            } else {
                delegateFinished = true
            }
        } catch let delegateError {
            raised = delegateError
        }
        generator.running = false
        // The delegate finished: the generator goes on after its `yield from`.
        if delegateFinished { return try resumeAfterDelegation(generator, with: lastReturnValue) }
        return try resume(generator, sending: .none, throwing: raised)
    }

    /// The iterator a suspended generator's `yield from`/`await` delegates to (the
    /// value below its yielded one), or nil when it is suspended at a plain `yield`.
    private func delegatedReceiver(_ generator: PyGenerator) -> Value? {
        let frame = generator.frame
        guard generator.started, !generator.finished, !generator.running, frame.next >= 2,
              frame.code.instructions[frame.next - 1].opcode == .YIELD_VALUE,
              frame.code.instructions[frame.next - 1].arg == 1,
              frame.stackTop > frame.code.localCount else { return nil }
        return frame.slots[frame.stackTop - 1]
    }

    /// One step of the delegate with `error` thrown in: what it yielded, or nil when it returned.
    private func throwInto(_ receiver: Value, _ error: PythonError) throws(PythonError) -> Value? {
        if let generator = receiver.object as? PyGenerator { return try generatorThrow(generator, error) }
        if let wrapper = receiver.object as? PyCoroutineWrapper { return try generatorThrow(wrapper.coroutine, error) }
        if let step = receiver.object as? PyAsyncGeneratorStep { return try asyncGeneratorStep(step, sending: .none, throwing: error) }
        guard findAttributeQuietly(receiver, "throw") else { throw error }
        return try sendByMethod(receiver, "throw", [.object(error.exception(in: self))])
    }

    private func findAttributeQuietly(_ value: Value, _ name: String) -> Bool {
        ((try? findAttribute(value, intern(name))) ?? nil) != nil
    }

    /// The delegate of `yield from` finished with `value` outside SEND (it was thrown
    /// into): the frame drops it and continues at SEND's target with the value.
    private func resumeAfterDelegation(_ generator: PyGenerator, with value: Value) throws(PythonError) -> Value? {
        let frame = generator.frame
        frame.stackTop -= 1
        frame.slots[frame.stackTop] = .null
        frame.next = Int(frame.code.instructions[frame.next - 2].arg)
        return try resume(generator, sending: value)
    }

    /// `close()` of the iterator a closing generator delegates to, when it has one.
    private func closeIterator(_ iterator: Value) throws(PythonError) {
        if let generator = iterator.object as? PyGenerator { return try generatorClose(generator) }
        if let wrapper = iterator.object as? PyCoroutineWrapper { return try generatorClose(wrapper.coroutine) }
        guard let close = try findAttribute(iterator, intern("close")) else { return }
        _ = try callValues(close, [])
    }

    /// `generator.close()`: GeneratorExit thrown in must end it.
    func generatorClose(_ generator: PyGenerator) throws(PythonError) {
        guard generator.started && !generator.finished else {
            generator.finished = true
            return
        }
        let exit = PyBaseException(type: types.exceptionType(.generatorExit), kind: .generatorExit, args: [])
        do throws(PythonError) {
            if try generatorThrow(generator, PythonError(exit)) != nil {
                let kind = generator.type === types.coroutine ? "coroutine" : "generator"
                throw PythonError(.runtimeError, "\(kind) ignored GeneratorExit")
            }
        } catch {
            if error.kind == .generatorExit || error.kind == .stopIteration { return }
            throw error
        }
    }
}
