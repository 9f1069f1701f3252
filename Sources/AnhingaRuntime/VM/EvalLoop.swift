import AnhingaCompiler

/// The evaluation loop: runs a frame's instructions until it returns or
/// yields. `evaluate` is the entry from Swift (a call from a builtin, a
/// generator's resumption); `execute` is the loop itself, with the exception
/// table's handlers and the traceback.
///
/// A CALL of a Python function with plain positional parameters does not
/// re-enter Swift: the loop switches to the callee's frame and back at its
/// RETURN_VALUE (CPython 3.11 does the same), so such calls cost no native
/// stack and none of a Swift call's set-up. A frame entered so has `caller`
/// set; an exception no handler of it catches unwinds into that caller.
extension Runtime {
    /// Runs `frame` from `frame.next` until it returns (or, for a generator,
    /// yields: `frame.yielded` is then set). `throwing` raises that error at
    /// the frame's current instruction first (`generator.throw()`).
    func evaluate(_ frame: Frame, throwing initial: PythonError? = nil) throws(PythonError) -> Value {
        if frameDepth >= frameDepthLimit || nativeStackExhausted() {
            throw PythonError(.recursionError, "maximum recursion depth exceeded")
        }
        frameDepth += 1
        // Copied as it is stored, unowned: made strong, it would cost an atomic retain.
        unowned(unsafe) let caller = currentFrame
        currentFrame = frame
        defer {
            frameDepth -= 1
            currentFrame = caller
        }
        return try execute(frame, throwing: initial)
    }

    /// Where `exception`, raised in `frame`, is handled: that frame's handler, or
    /// one of a caller it returns to inline (the frames between are dropped). The
    /// frame returned is ready to run its handler; nil means the exception leaves
    /// the loop. Each frame passed adds its line to the traceback.
    private func unwind(_ exception: inout PyBaseException, from start: Frame) -> Frame? {
        var frame = start
        while true {
            if reraising {
                reraising = false
            } else {
                if exception.traceback.isEmpty && !exception.contextIsFinal { chain(exception) }
                exception.traceback.append(TracebackEntry(code: frame.code, instruction: frame.current))
            }
            // The handler covering the instruction that raised (for RERAISE, `current` is the
            // restored `lasti`, which only tracebacks and the pushed offset use).
            if let handler = frame.code.handler(for: frame.next - 1) {
                let depth = frame.code.localCount + handler.depth
                while frame.stackTop > depth {
                    frame.stackTop -= 1
                    frame.slots[frame.stackTop] = .null
                }
                if handler.pushLasti {
                    frame.slots[frame.stackTop] = .int(frame.current)
                    frame.stackTop += 1
                }
                frame.slots[frame.stackTop] = .object(exception)
                frame.stackTop += 1
                frame.next = handler.handler
                return frame
            }
            guard let caller = frame.caller else {
                frame.clearStack()
                return nil
            }
            frameDepth -= 1
            currentFrame = caller
            if frame.resumesGenerator {
                // A generator resumed by FOR_ITER or SEND raised: it is finished, and a
                // StopIteration escaping it becomes RuntimeError (PEP 479).
                frame.withResumedGenerator { generator in
                    generator.finished = true
                    endInlineResumption(generator)
                    frame.clearStack()
                    if exception.kind == .stopIteration { exception = generatorRaisedStopIteration(exception, in: generator) }
                }
            } else {
                // CPython's traceback keeps the frame, and so its locals, until the exception
                // is gone: where a `__del__` could tell, the exception keeps them too.
                if finalizers.delClassesExist { exception.unwoundFrameValues += frame.localValues() }
                releaseFrame(frame)
            }
            frame = caller
        }
    }

    /// Leaves `frame` (its position saved) for `next`, which will return to it:
    /// the loop then reloads its locals from `frame`, now `next`.
    @inline(__always)
    private func enterInline(_ next: Frame, from frame: inout Frame, stack: ValueStack, pc: Int, current: Int) {
        frame.stackTop = stack.sp; frame.next = pc; frame.current = current
        next.caller = frame
        frameDepth += 1
        currentFrame = next
        frame = next
    }

    /// What the loop keeps in locals while it runs `frame`: its code, slots,
    /// instructions and constants, its value stack and position.
    @inline(__always)
    private static func registers(_ frame: Frame) -> (PyCode, UnsafeMutablePointer<Value>, UnsafeMutableBufferPointer<Instruction>,
                                                      UnsafeMutableBufferPointer<Value>, ValueStack, Int, Int) {
        let code = frame.code
        return (code, frame.slots, code.instructions, code.constants, ValueStack(slots: frame.slots, sp: frame.stackTop),
                frame.next, frame.current)
    }

    /// The value as a dict of the exact type `dict` (not a subclass).
    @inline(__always)
    private static func exactDict(_ value: Value, _ dictType: PyType) -> PyDict? {
        guard case .object(let object) = value, Swift.type(of: object) == PyDict.self, object.type === dictType else { return nil }
        return unsafeDowncast(object, to: PyDict.self)
    }

    /// COMPARE_OP on two ints or two floats (the argument is a `CompareOperator`).
    @inline(__always)
    private static func quickCompare(_ arg: Int, _ left: Value, _ right: Value) -> Bool? {
        if case .int(let x) = left, case .int(let y) = right { return holds(arg, x, y) }
        if case .float(let x) = left, case .float(let y) = right { return holds(arg, x, y) }
        return nil
    }

    @inline(__always)
    private static func holds<T: Comparable>(_ arg: Int, _ x: T, _ y: T) -> Bool? {
        switch arg {
        case 0: return x < y
        case 1: return x <= y
        case 2: return x == y
        case 3: return x != y
        case 4: return x > y
        case 5: return x >= y
        default: return nil
        }
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private func execute(_ entry: Frame, throwing initial: PythonError?) throws(PythonError) -> Value {
        // Strong, though `callFrames` holds the frames and a frame its code: an
        // unretained local is retained around each call it is passed to, and they
        // are passed to many; these change only when the loop switches frames.
        var frame = entry
        var (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
        var pending = initial
        // The loop's position lives in locals; it goes back into the frame whenever
        // control leaves (a call, a return, a yield, an exception: the traceback reads
        // it). Written out at each exit, not in a `defer` or a local function: a closure
        // capturing `stack` makes Swift check exclusive access to it dynamically,
        // a measurable share of every call.
        while true {
        do throws(PythonError) {
            if let error = pending {
                pending = nil
                throw error
            }
            while true {
                let instruction = instructions[pc]
                current = pc
                pc += 1
                let arg = Int(instruction.arg)
                switch instruction.opcode {
                case .NOP:
                    break
                case .POP_TOP:
                    stack.drop()
                case .PUSH_NULL:
                    stack.push(.null)
                case .COPY:
                    stack.pushCopy(of: slots + (stack.sp &- arg))
                case .SWAP:
                    let a = stack.sp - 1
                    let b = stack.sp - arg
                    let value = slots[a]
                    slots[a] = slots[b]
                    slots[b] = value

                case .LOAD_CONST:
                    stack.pushCopy(of: constants.baseAddress.unsafelyUnwrapped + arg)
                case .LOAD_FAST:
                    if case .null = slots[arg] {
                        throw unboundLocal(code.varnames[arg].string)
                    }
                    stack.pushCopy(of: slots + arg)
                case .STORE_FAST:
                    stack.store(stack.pop(), at: slots + arg)

                // The superinstructions (see `PyCode.fusePairs`): the second instruction's
                // argument is read from it, then it is skipped. Where the second half
                // raises, `current` and `pc` are what running it alone would give.
                case .SUBSCR_FAST_FAST:
                    // `a[i]` with `a` a local list or tuple and `i` a local int, as SUBSCR_FAST_CONST.
                    if let item = quickSubscript(at: slots + arg, slots[Int(instructions[pc].arg)]) {
                        stack.push(item)
                        pc &+= 2
                        continue
                    }
                    fallthrough
                case .LOAD_FAST_LOAD_FAST:
                    if case .null = slots[arg] { throw unboundLocal(code.varnames[arg].string) }
                    let secondIndex = Int(instructions[pc].arg)
                    stack.pushCopy(of: slots + arg)
                    current = pc
                    pc &+= 1
                    if case .null = slots[secondIndex] { throw unboundLocal(code.varnames[secondIndex].string) }
                    stack.pushCopy(of: slots + secondIndex)
                case .SUBSCR_FAST_CONST:
                    // `a[0]` with `a` a local list or tuple: the item, in one dispatch, the
                    // container borrowed where it lies; anything else runs the three as they are.
                    if let item = quickSubscript(at: slots + arg, constants[Int(instructions[pc].arg)]) {
                        stack.push(item)
                        pc &+= 2
                        continue
                    }
                    fallthrough
                case .LOAD_FAST_LOAD_CONST:
                    if case .null = slots[arg] { throw unboundLocal(code.varnames[arg].string) }
                    stack.pushCopy(of: slots + arg)
                    stack.pushCopy(of: constants.baseAddress.unsafelyUnwrapped + Int(instructions[pc].arg))
                    pc &+= 1
                case .STORE_FAST_LOAD_FAST:
                    stack.store(stack.pop(), at: slots + arg)
                    let secondIndex = Int(instructions[pc].arg)
                    current = pc
                    pc &+= 1
                    if case .null = slots[secondIndex] { throw unboundLocal(code.varnames[secondIndex].string) }
                    stack.pushCopy(of: slots + secondIndex)
                case .IS_FAST_CONST:
                    // `x is None`: compared in place, so `x` is neither retained nor released.
                    if case .null = slots[arg] { throw unboundLocal(code.varnames[arg].string) }
                    let identical = slots[arg].isIdentical(to: constants[Int(instructions[pc].arg)])
                    stack.push(.bool(identical != (instructions[pc &+ 1].arg == 1)))
                    pc &+= 2
                case .DUP_SUBSCR:
                    // The read of `c[k] += v`: the item pushed above the container and key,
                    // which stay for the store; a list or tuple is not even retained.
                    if let item = quickSubscript(at: slots + (stack.sp &- 2), slots[stack.sp &- 1]) {
                        stack.push(item)
                        pc &+= 2
                        continue
                    }
                    if let dict = Self.exactDict(slots[stack.sp &- 2], types.dict) {
                        current = pc &+ 1
                        pc &+= 2
                        guard let item = try dict.get(slots[stack.sp &- 1], self) else { throw keyError(slots[stack.sp &- 1]) }
                        stack.push(item)
                        continue
                    }
                    stack.pushCopy(of: slots + (stack.sp &- 2))  // as COPY 2; the rest runs as it is
                case .DUP_LOAD_ATTR:
                    let attributeSlot = Int(instructions[pc].arg)
                    current = pc
                    pc &+= 1
                    stack.push(try loadAttribute(at: slots + (stack.sp &- 1), code, slot: attributeSlot))
                case .ROT_STORE_ATTR:
                    let attributeSlot = Int(instructions[pc].arg)
                    current = pc
                    pc &+= 1
                    let value = stack.pop()
                    try storeAttribute(at: slots + (stack.sp &- 1), code, slot: attributeSlot, value)
                    stack.drop()
                case .ROT_STORE_SUBSCR:
                    let value = stack.pop()
                    let key = stack.pop()
                    let container = stack.pop()
                    current = pc &+ 1
                    pc &+= 2
                    if let dict = Self.exactDict(container, types.dict) {
                        try dict.set(key, value, self)
                    } else if !quickStoreSubscript(container, key, value) {
                        try setItem(container, key, value)
                    }
                case .LOAD_FAST_LOAD_ATTR:
                    // The object stays in its local for the look-up: `self.x` costs no
                    // retain and release of `self` (Python code cannot rebind this frame's locals).
                    if case .null = slots[arg] { throw unboundLocal(code.varnames[arg].string) }
                    let attributeSlot = Int(instructions[pc].arg)
                    current = pc
                    pc &+= 1
                    stack.push(try loadAttribute(at: slots + arg, code, slot: attributeSlot))
                case .LOAD_FAST_STORE_ATTR:
                    if case .null = slots[arg] { throw unboundLocal(code.varnames[arg].string) }
                    let attributeSlot = Int(instructions[pc].arg)
                    current = pc
                    pc &+= 1
                    try storeAttribute(at: slots + arg, code, slot: attributeSlot, stack.pop())
                case .COMPARE_OP_JUMP:
                    if let result = Self.quickCompare(arg, slots[stack.sp &- 2], slots[stack.sp &- 1]) {
                        // Two ints or two floats, which own nothing: dropped without releases.
                        stack.sp &-= 2
                        (slots + stack.sp).place(.null)
                        (slots + (stack.sp &+ 1)).place(.null)
                        let jump = instructions[pc]
                        pc &+= 1
                        if result == (jump.opcode == .POP_JUMP_IF_TRUE) { pc = Int(jump.arg) }
                    } else {
                        // As COMPARE_OP; the jump then runs as itself.
                        let right = stack.pop()
                        let left = stack.pop()
                        stack.push(try compare(left, right, CompareOperator(rawValue: UInt8(truncatingIfNeeded: arg)) ?? .equal))
                    }
                case .DELETE_FAST:
                    frame.current = current  // where what it frees is finalized (their warnings)
                    if case .null = slots[arg] { throw unboundLocal(code.varnames[arg].string) }
                    slots[arg] = .null
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .LOAD_DEREF:
                    let value = frame.cells[arg].contents
                    if case .null = value { throw unboundCell(code, arg) }
                    stack.push(value)
                case .STORE_DEREF:
                    frame.cells[arg].contents = stack.pop()
                case .DELETE_DEREF:
                    frame.current = current
                    if case .null = frame.cells[arg].contents { throw unboundCell(code, arg) }
                    frame.cells[arg].contents = .null
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .LOAD_CLOSURE:
                    stack.push(.object(frame.cells[arg]))
                case .LOAD_CLASSDEREF:
                    let nameIndex = arg - code.cellCount
                    let name = intern(nameIndex >= 0 && nameIndex < code.code.freevars.count
                                      ? code.code.freevars[nameIndex] : code.code.cellvars[arg])
                    if let locals = frame.locals, let value = try locals.get(.object(name), self) {
                        stack.push(value)
                    } else {
                        let value = frame.cells[arg].contents
                        if case .null = value { throw unboundCell(code, arg) }
                        stack.push(value)
                    }
                case .LOAD_NAME:
                    stack.push(try loadName(frame, code.names[arg]))
                case .STORE_NAME:
                    frame.current = current
                    try storeName(frame, code.names[arg], stack.pop())
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .DELETE_NAME:
                    frame.current = current
                    let name = code.names[arg]
                    if try (frame.locals ?? frame.globals).remove(.object(name), self) == nil {
                        throw nameError(name.string)
                    }
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .LOAD_GLOBAL:
                    stack.push(try loadGlobal(frame, cacheSlot: arg))
                case .STORE_GLOBAL:
                    frame.current = current
                    try frame.globals.set(.object(code.names[arg]), stack.pop(), self)
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .DELETE_GLOBAL:
                    frame.current = current
                    let name = code.names[arg]
                    if try frame.globals.remove(.object(name), self) == nil { throw nameError(name.string) }
                    if !finalizers.pending.isEmpty { runFinalizers() }

                case .LOAD_ATTR:
                    // Looked up in place, then replaced by the attribute (releasing the object).
                    let found = try loadAttribute(at: slots + (stack.sp &- 1), code, slot: arg)
                    slots[stack.sp &- 1] = found
                case .STORE_ATTR:
                    // `… v a`: the value is taken from under the object, which is read in place.
                    let value = (slots + (stack.sp &- 2)).move()
                    (slots + (stack.sp &- 2)).place(.null)
                    try storeAttribute(at: slots + (stack.sp &- 1), code, slot: arg, value)
                    stack.drop()
                    stack.drop()
                case .DELETE_ATTR:
                    frame.current = current
                    try setAttribute(stack.pop(), code.names[arg], nil)
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .LOAD_METHOD:
                    let (callable, isMethod) = try loadMethod(at: slots + (stack.sp &- 1), code, slot: arg)
                    let object = stack.pop()
                    stack.push(callable)
                    if isMethod { stack.push(consume object) } else { stack.push(.null) }
                case .BINARY_SUBSCR:
                    if let item = quickSubscript(at: slots + (stack.sp &- 2), slots[stack.sp &- 1]) {
                        // The key was an int, which owns nothing: dropped without a release.
                        stack.sp &-= 1
                        (slots + stack.sp).place(.null)
                        slots[stack.sp &- 1] = item
                        continue
                    }
                    let key = stack.pop()
                    let container = stack.pop()
                    if let dict = Self.exactDict(container, types.dict) {
                        // A plain dict: no slot to dispatch through, no `__missing__`.
                        guard let item = try dict.get(key, self) else { throw keyError(key) }
                        stack.push(item)
                    } else {
                        stack.push(try getItem(container, key))
                    }
                case .STORE_SUBSCR:
                    let key = stack.pop()
                    let container = stack.pop()
                    let value = stack.pop()
                    if let dict = Self.exactDict(container, types.dict) {
                        try dict.set(key, value, self)
                    } else if !quickStoreSubscript(container, key, value) {
                        try setItem(container, key, value)
                    }
                case .DELETE_SUBSCR:
                    frame.current = current
                    let key = stack.pop()
                    let container = stack.pop()
                    try setItem(container, key, nil)
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .BUILD_SLICE:
                    let step: Value = arg == 3 ? stack.pop() : .none
                    let stop = stack.pop()
                    let start = stack.pop()
                    stack.push(.object(PySlice(type: types.slice, start: start, stop: stop, step: step)))

                case .UNARY_OP:
                    let value = stack.pop()
                    switch arg {
                    case 0: stack.push(try unary(.invert, value))
                    case 1: stack.push(.bool(!(try isTrue(value))))
                    case 2: stack.push(try unary(.positive, value))
                    default: stack.push(try unary(.negative, value))
                    }
                case .BINARY_OP:
                    if let result = quickBinary(arg, slots[stack.sp &- 2], slots[stack.sp &- 1]) {
                        // Both operands were ints or floats, which own nothing: overwritten, not released.
                        stack.sp &-= 1
                        (slots + stack.sp).place(.null)
                        (slots + (stack.sp &- 1)).place(result)
                    } else {
                        let right = stack.pop()
                        let left = stack.pop()
                        stack.push(try binaryOperation(arg, left, right))
                    }
                case .COMPARE_OP:
                    if let result = Self.quickCompare(arg, slots[stack.sp &- 2], slots[stack.sp &- 1]) {
                        // Two ints or two floats, which own nothing: overwritten, not released.
                        stack.sp &-= 1
                        (slots + stack.sp).place(.null)
                        (slots + (stack.sp &- 1)).place(.bool(result))
                    } else {
                        let right = stack.pop()
                        let left = stack.pop()
                        stack.push(try compare(left, right, CompareOperator(rawValue: UInt8(truncatingIfNeeded: arg)) ?? .equal))
                    }
                case .IS_OP:
                    let right = stack.pop()
                    let left = stack.pop()
                    stack.push(.bool(left.isIdentical(to: right) != (arg == 1)))
                case .CONTAINS_OP:
                    let container = stack.pop()
                    let item = stack.pop()
                    stack.push(.bool(try contains(container, item) != (arg == 1)))

                case .JUMP_FORWARD:
                    pc = arg
                case .JUMP_BACKWARD:
                    pc = arg
                    try checkPoint()
                case .POP_JUMP_IF_FALSE:
                    if case .bool(let flag) = slots[stack.sp &- 1] {
                        // A bool owns nothing: dropped without a release.
                        stack.sp &-= 1
                        (slots + stack.sp).place(.null)
                        if !flag { pc = arg }
                    } else if try !isTrue(stack.pop()) {
                        pc = arg
                    }
                case .POP_JUMP_IF_TRUE:
                    if case .bool(let flag) = slots[stack.sp &- 1] {
                        // A bool owns nothing: dropped without a release.
                        stack.sp &-= 1
                        (slots + stack.sp).place(.null)
                        if flag { pc = arg }
                    } else if try isTrue(stack.pop()) {
                        pc = arg
                    }
                case .POP_JUMP_IF_NONE:
                    if case .none = stack.pop() { pc = arg }
                case .POP_JUMP_IF_NOT_NONE:
                    if case .none = stack.pop() {} else { pc = arg }
                case .JUMP_IF_FALSE_OR_POP:
                    if try isTrue(stack.top()) { _ = stack.pop() } else { pc = arg }
                case .JUMP_IF_TRUE_OR_POP:
                    if try isTrue(stack.top()) { pc = arg } else { _ = stack.pop() }

                case .GET_ITER:
                    let value = stack.pop()
                    stack.push(try iterate(value))
                case .GET_YIELD_FROM_ITER:
                    let value = stack.pop()
                    if let generator = value.object as? PyGenerator, generator.type === types.generator {
                        stack.push(value)
                    } else {
                        stack.push(try iterate(value))
                    }
                case .FOR_ITER:
                    // A list, tuple or range iterator steps where it lies, without a call.
                    let step = (slots + (stack.sp &- 1)).withBorrowedObject { object -> PyIterator.QuickStep in
                        Swift.type(of: object) == PyIterator.self ? unsafeDowncast(object, to: PyIterator.self).quickStep() : .unknown
                    }
                    switch step {
                    case .item(let item)?:
                        stack.push(item)
                        continue
                    case .end?:
                        stack.drop()
                        pc = arg
                        continue
                    default:
                        break
                    }
                    if case .object(let object) = stack.top(), type(of: object) == PyGenerator.self,
                       object.typeIdentity == ObjectIdentifier(types.generator),
                       !unsafeDowncast(object, to: PyGenerator.self).running, !unsafeDowncast(object, to: PyGenerator.self).finished {
                        // A generator resumes in this loop: its frame runs until YIELD_VALUE
                        // comes back here with the item, or RETURN_VALUE ends the loop.
                        if frameDepth >= frameDepthLimit {
                            throw PythonError(.recursionError, "maximum recursion depth exceeded")
                        }
                        let generator = unsafeDowncast(object, to: PyGenerator.self)
                        let next = generator.frame
                        beginInlineResumption(generator)
                        enterInline(next, from: &frame, stack: stack, pc: pc, current: current)
                        (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
                        continue
                    }
                    if let item = try nextItem(stack.top()) {
                        stack.push(item)
                    } else {
                        _ = stack.pop()
                        pc = arg
                    }

                case .BUILD_TUPLE:
                    stack.push(.object(makeTuple(stack.take(arg))))
                case .BUILD_LIST:
                    stack.push(.object(makeList(stack.take(arg))))
                case .BUILD_SET:
                    let set = PySet(type: types.set)
                    for index in (stack.sp - arg)..<stack.sp { try set.add(slots[index], self) }
                    for _ in 0..<arg { _ = stack.pop() }
                    stack.push(.object(set))
                case .BUILD_MAP:
                    let dict = makeDict()
                    var index = stack.sp - 2 * arg
                    while index < stack.sp {
                        try dict.set(slots[index], slots[index + 1], self)
                        index += 2
                    }
                    for _ in 0..<(2 * arg) { _ = stack.pop() }
                    stack.push(.object(dict))
                case .BUILD_STRING:
                    var pieces: [PyStr] = []
                    pieces.reserveCapacity(arg)
                    for index in (stack.sp - arg)..<stack.sp {
                        // Each a str (what FORMAT_VALUE and the f-string's constants leave).
                        if case .object(let piece) = slots[index], Swift.type(of: piece) == PyStr.self {
                            pieces.append(unsafeDowncast(piece, to: PyStr.self))
                        }
                    }
                    for _ in 0..<arg { stack.drop() }
                    stack.push(.object(joinStrings(pieces)))
                case .LIST_APPEND:
                    let value = stack.pop()
                    if let list = stack.peek(arg).object as? PyList { list.append(consume value) }
                case .SET_ADD:
                    let value = stack.pop()
                    try (stack.peek(arg).object as? PySet)?.add(value, self)
                case .MAP_ADD:
                    let value = stack.pop()
                    let key = stack.pop()
                    try (stack.peek(arg).object as? PyDict)?.set(key, value, self)
                case .LIST_EXTEND:
                    let iterable = stack.pop()
                    if let list = stack.peek(arg).object as? PyList {
                        try listExtend(list, iterable, forUnpacking: true)
                    }
                case .SET_UPDATE:
                    let iterable = stack.pop()
                    if let set = stack.peek(arg).object as? PySet { try update(set, from: iterable) }
                case .DICT_UPDATE:
                    let mapping = stack.pop()
                    if let dict = stack.peek(arg).object as? PyDict { try dictUpdate(dict, mapping, merging: false, calleeFor: nil) }
                case .DICT_MERGE:
                    let mapping = stack.pop()
                    if let dict = stack.peek(arg).object as? PyDict {
                        // Below the dict: the positional tuple, the self slot, the callable.
                        try dictUpdate(dict, mapping, merging: true, calleeFor: stack.peek(arg + 3))
                    }
                case .LIST_TO_TUPLE:
                    let list = stack.pop()
                    stack.push(.object(makeTuple((list.object as? PyList)?.items ?? [])))
                case .UNPACK_SEQUENCE:
                    let sequence = stack.pop()
                    let items = try unpack(sequence, count: arg)
                    for item in items.reversed() { stack.push(item) }
                case .UNPACK_EX:
                    let before = arg & 0xFF
                    let after = arg >> 8
                    let items = try unpackStarred(stack.pop(), before: before, after: after)
                    for item in items.reversed() { stack.push(item) }
                case .FORMAT_VALUE:
                    let spec: Value = arg & 4 != 0 ? stack.pop() : .none
                    var value = stack.pop()
                    switch arg & 3 {
                    case 1: value = .object(try str(value))
                    case 2: value = .object(try repr(value))
                    case 3: value = .object(try ascii(value))
                    default: break
                    }
                    if case .none = spec, let text = value.object as? PyStr, text.type === types.str {
                        stack.push(value)
                    } else if case .none = spec, case .int(let x) = value {
                        stack.push(.object(makeStr(decimal: x)))  // `f"{i}"`: int's format with no spec is its str
                    } else {
                        stack.push(.object(try format(value, spec: spec)))
                    }

                case .MAKE_FUNCTION:
                    let codeValue = stack.pop()
                    let closure = arg & 8 != 0 ? stack.pop() : .null
                    let annotations = arg & 4 != 0 ? stack.pop() : .null
                    let keywordDefaults = arg & 2 != 0 ? stack.pop() : .null
                    let defaults = arg & 1 != 0 ? stack.pop() : .null
                    stack.push(try makeFunction(frame, flags: arg, codeValue: codeValue, closureValue: closure, annotationsValue: annotations,
                                          keywordDefaultsValue: keywordDefaults, defaultsValue: defaults))
                case .CALL:
                    if !finalizers.pending.isEmpty { runFinalizers() }
                    let base = stack.sp - arg - 1
                    var start = base
                    var count = arg + 1
                    if case .null = slots[base] {
                        start += 1
                        count -= 1
                    }
                    // A Python function with plain positional parameters, or a class whose
                    // calls only run such an `__init__` on a new instance (put in the empty
                    // self slot, and kept there), runs in this loop: its frame takes the
                    // arguments; the callable stays on this stack until RETURN_VALUE.
                    var callee: PyFunction?
                    var constructing = false
                    if case .object(let object) = slots[base - 1] {
                        if type(of: object) == PyFunction.self, unsafeDowncast(object, to: PyFunction.self).code.positionalFastCount == count {
                            callee = unsafeDowncast(object, to: PyFunction.self)
                        } else if start != base, type(of: object) == PyType.self,
                                  let initializer = plainInitializer(unsafeDowncast(object, to: PyType.self)),
                                  initializer.code.positionalFastCount == count + 1 {
                            slots[base] = .object(newInstance(of: unsafeDowncast(object, to: PyType.self)))
                            start = base
                            count += 1
                            constructing = true
                            callee = initializer
                        }
                    }
                    if let function = callee {
                        if frameDepth >= frameDepthLimit {
                            throw PythonError(.recursionError, "maximum recursion depth exceeded")
                        }
                        let next = acquireFrame(function)
                        let calleeSlots = next.slots
                        for index in 0..<count {
                            (calleeSlots + index).place((slots + start + index).move())
                            (slots + start + index).place(.null)
                        }
                        if constructing {
                            slots[base] = calleeSlots[0]
                            next.isInitializer = true
                            stack.sp = base + 1
                        } else {
                            stack.sp = base
                        }
                        if next.code.hasParameterCells { next.moveParametersIntoCells() }
                        enterInline(next, from: &frame, stack: stack, pc: pc, current: current)
                        (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
                        continue
                    }
                    // `items.append(x)`: no arguments object, no call (the method is looked up
                    // as usual; only list's own `append` comes here, on a list or a subclass).
                    if count == 2, case .object(let callee) = slots[base - 1], ObjectIdentifier(callee) == listAppend,
                       case .object(let receiver) = slots[start], Swift.type(of: receiver) == PyList.self {
                        unsafeDowncast(receiver, to: PyList.self).append((slots + start + 1).move())
                        (slots + start + 1).place(.null)
                        while stack.sp > base - 1 { stack.drop() }
                        stack.push(.none)
                        continue
                    }
                    // Where a finalizer that runs during the call finds the program (one store).
                    frame.current = current
                    // `counts.get(key, default)` on a dict (or a subclass: `get` ignores `__missing__`).
                    if count == 2 || count == 3, case .object(let callee) = slots[base - 1], ObjectIdentifier(callee) == dictGet,
                       case .object(let receiver) = slots[start], Swift.type(of: receiver) == PyDict.self {
                        let found = try unsafeDowncast(receiver, to: PyDict.self).get(slots[start + 1], self)
                        let result = found ?? (count == 3 ? slots[start + 2] : .none)
                        while stack.sp > base - 1 { stack.drop() }
                        stack.push(result)
                        continue
                    }
                    let result = try call(slots[base - 1], Arguments(UnsafeBufferPointer(start: slots + start, count: count)))
                    while stack.sp > base - 1 { _ = stack.pop() }
                    stack.push(result)
                    // What the call freed (`items.clear()`) is finalized before the next line reads it.
                    if !finalizers.pending.isEmpty { runFinalizers() }
                case .CALL_KW:
                    let names = stack.pop()
                    let keywordNames = ((names.object as? PyTuple)?.items ?? []).compactMap { $0.object as? PyStr }
                    let base = stack.sp - arg - 1
                    let result: Value
                    if case .null = slots[base] {
                        result = try call(slots[base - 1], Arguments(UnsafeBufferPointer(start: slots + base + 1, count: arg),
                                                                    keywordNames: keywordNames))
                    } else {
                        result = try call(slots[base - 1], Arguments(UnsafeBufferPointer(start: slots + base, count: arg + 1),
                                                                    keywordNames: keywordNames))
                    }
                    while stack.sp > base - 1 { _ = stack.pop() }
                    stack.push(result)
                case .CALL_FUNCTION_EX:
                    let keywords: Value = arg & 1 != 0 ? stack.pop() : .null
                    let positional = stack.pop()
                    let selfValue = stack.pop()
                    let callable = stack.pop()
                    stack.push(try callWithUnpacked(callable, selfValue: selfValue, positional, keywords))
                case .RETURN_VALUE:
                    if !finalizers.pending.isEmpty { runFinalizers() }
                    let result = stack.pop()
                    frame.stackTop = stack.sp; frame.next = pc; frame.current = current
                    guard let caller = frame.takeCaller() else { return result }
                    if frame.resumesGenerator {
                        // A generator resumed by FOR_ITER or SEND finished: the loop or the `yield from` is over.
                        frame.withResumedGenerator { generator in
                            generator.finished = true
                            endInlineResumption(generator)
                        }
                        frameDepth -= 1
                        currentFrame = caller
                        frame = caller
                        (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
                        pc = Int(instructions[current].arg)
                        _ = stack.pop()
                        // SEND (`yield from`) goes on with the generator's return value; FOR_ITER drops it.
                        if instructions[current].opcode == .SEND { stack.push(result) }
                        continue
                    }
                    // Back to the frame whose CALL entered this one inline.
                    let returnsInstance = frame.isInitializer
                    frameDepth -= 1
                    currentFrame = caller
                    releaseFrame(frame)
                    frame = caller
                    (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
                    if returnsInstance {
                        // An `__init__` run by the class-call path: the call's value is the instance.
                        let instance = stack.pop()
                        _ = stack.pop()
                        guard case .none = result else {
                            throw PythonError(.typeError, "__init__() should return None, not '\(typeName(result))'")
                        }
                        stack.push(instance)
                    } else {
                        _ = stack.pop()
                        stack.push(result)
                    }
                case .LOAD_BUILD_CLASS:
                    stack.push(try loadBuildClass(frame))
                case .SETUP_ANNOTATIONS:
                    let namespace = frame.locals ?? frame.globals
                    let key = Value.object(intern("__annotations__"))
                    if try namespace.get(key, self) == nil { try namespace.set(key, .object(makeDict()), self) }

                case .YIELD_VALUE:
                    let value = stack.pop()
                    frame.yielded = true
                    frame.stackTop = stack.sp; frame.next = pc; frame.current = current
                    guard frame.resumesGenerator, let caller = frame.takeCaller() else { return value }
                    // Back to the FOR_ITER that resumed this generator, with its next item.
                    frame.withResumedGenerator { endInlineResumption($0) }
                    frameDepth -= 1
                    currentFrame = caller
                    frame = caller
                    (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
                    stack.push(value)
                case .SEND:
                    // `yield from` a plain generator resumes it in this loop, as FOR_ITER does:
                    // its YIELD_VALUE comes back here with the item, its RETURN_VALUE jumps to arg.
                    if case .object(let object) = stack.peek(2), type(of: object) == PyGenerator.self,
                       object.typeIdentity == ObjectIdentifier(types.generator),
                       !unsafeDowncast(object, to: PyGenerator.self).running, !unsafeDowncast(object, to: PyGenerator.self).finished,
                       unsafeDowncast(object, to: PyGenerator.self).started || stack.top().isIdentical(to: .none) {
                        if frameDepth >= frameDepthLimit {
                            throw PythonError(.recursionError, "maximum recursion depth exceeded")
                        }
                        let generator = unsafeDowncast(object, to: PyGenerator.self)
                        beginInlineResumption(generator, sending: stack.pop())
                        enterInline(generator.frame, from: &frame, stack: stack, pc: pc, current: current)
                        (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
                        continue
                    }
                    let value = stack.pop()
                    let receiver = stack.top()
                    if let result = try send(receiver, value) {
                        stack.push(result)
                    } else {
                        _ = stack.pop()
                        stack.push(lastReturnValue)
                        lastReturnValue = .none
                        pc = arg
                    }
                case .GET_AWAITABLE:
                    let value = stack.pop()
                    stack.push(try awaitable(value, context: arg))
                case .GET_AITER:
                    let value = stack.pop()
                    stack.push(try asyncIterator(value))
                case .GET_ANEXT:
                    stack.push(try asyncNext(stack.top()))
                case .END_ASYNC_FOR:
                    let exception = stack.pop()
                    guard let object = exception.object as? PyBaseException else {
                        throw PythonError(.systemError, "END_ASYNC_FOR without an exception")
                    }
                    guard object.type.isSubtype(of: types.exceptionType(.stopAsyncIteration)) else {
                        reraising = true
                        throw PythonError(object)
                    }
                    _ = stack.pop()
                case .BEFORE_ASYNC_WITH:
                    let manager = stack.pop()
                    let (exit, enterResult) = try enterAsyncContext(manager)
                    stack.push(exit)
                    stack.push(enterResult)

                case .RAISE_VARARGS:
                    switch arg {
                    case 0:
                        guard case .object(let handled) = handledException, let exception = handled as? PyBaseException else {
                            throw PythonError(.runtimeError, "No active exception to reraise")
                        }
                        reraising = true
                        throw PythonError(exception)
                    case 1:
                        throw try raiseError(stack.pop(), cause: nil)
                    default:
                        let cause = stack.pop()
                        throw try raiseError(stack.pop(), cause: cause)
                    }
                case .RERAISE:
                    let exception = stack.pop()
                    if arg > 0, case .int(let lasti) = stack.peek(arg) { current = lasti }
                    reraising = true
                    guard let object = exception.object as? PyBaseException else {
                        throw PythonError(.systemError, "RERAISE of a non-exception")
                    }
                    throw PythonError(object)
                case .PUSH_EXC_INFO:
                    let exception = stack.pop()
                    stack.push(currentException)
                    currentException = exception
                    stack.push(exception)
                case .POP_EXCEPT:
                    currentException = stack.pop()
                case .CHECK_EXC_MATCH:
                    let matchType = stack.pop()
                    stack.push(.bool(try exceptionMatches(stack.top(), matchType)))
                case .CHECK_EG_MATCH:
                    let matchType = stack.pop()
                    let (rest, match) = try exceptStarMatch(stack.top(), matchType)
                    if case .none = match {
                        stack.push(match)
                    } else {
                        // The clause's body handles `match`: it is what `raise` and sys.exc_info() see.
                        _ = stack.pop()
                        stack.push(rest)
                        stack.push(match)
                        currentException = match
                    }
                case .PREP_RERAISE_STAR:
                    let raised = stack.pop()
                    let original = stack.pop()
                    stack.push(try prepareReraiseStar(original, raised))
                case .LOAD_ASSERTION_ERROR:
                    stack.push(.object(types.exceptionType(.assertionError)))
                case .WITH_EXCEPT_START:
                    let exception = stack.peek(1)
                    let exit = stack.peek(4)
                    let type = Value.object(typeOf(exception))
                    let traceback = try findAttribute(exception, intern("__traceback__")) ?? .none
                    stack.push(try callValues(exit, [type, exception, traceback]))
                case .BEFORE_WITH:
                    let manager = stack.pop()
                    let (exit, enterResult) = try enterContext(manager)
                    stack.push(exit)
                    stack.push(enterResult)

                case .IMPORT_NAME:
                    let fromList = stack.pop()
                    let level = stack.pop()
                    stack.push(try importModule(code.names[arg], fromList: fromList, level: level, frame: frame))
                case .IMPORT_FROM:
                    stack.push(try importFrom(stack.top(), code.names[arg]))
                case .IMPORT_STAR:
                    try importStar(stack.pop(), into: frame.locals ?? frame.globals)

                case .MATCH_CLASS:
                    let keywordNames = stack.pop()
                    let cls = stack.pop()
                    let subject = stack.pop()
                    stack.push(try matchClass(subject, cls, keywordNames, positionalCount: arg))
                case .MATCH_MAPPING:
                    stack.push(.bool(isMatchMapping(stack.top())))
                case .MATCH_SEQUENCE:
                    stack.push(.bool(isMatchSequence(stack.top())))
                case .MATCH_KEYS:
                    stack.push(try matchKeys(stack.peek(2), stack.top()))
                case .GET_LEN:
                    stack.push(.int(try length(stack.top())))
                case .COPY_DICT_WITHOUT_KEYS:
                    let keys = stack.pop()
                    stack.push(try dictWithoutKeys(stack.top(), keys))
                case .PRINT_EXPR:
                    let value = stack.pop()
                    if case .none = value {} else {
                        try writeStdout(repr(value).string + "\n")
                    }
                case .SETUP_FINALLY, .SETUP_CLEANUP, .SETUP_WITH, .POP_BLOCK:
                    break  // removed by the assembler; never in a code object
                }
            }
        } catch {
            frame.stackTop = stack.sp; frame.next = pc; frame.current = current
            var exception = error.exception(in: self)
            guard let handling = unwind(&exception, from: frame) else { throw PythonError(exception) }
            frame = handling
            (code, slots, instructions, constants, stack, pc, current) = Self.registers(frame)
        }
        }
    }

    /// `UnboundLocalError` for a fast local read before assignment.
    func unboundLocal(_ name: String) -> PythonError {
        PythonError(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func unboundCell(_ code: PyCode, _ index: Int) -> PythonError {
        if index < code.cellCount {
            return unboundLocal(index < code.code.cellvars.count ? code.code.cellvars[index] : "?")
        }
        let freeIndex = index - code.cellCount
        let name = freeIndex < code.code.freevars.count ? code.code.freevars[freeIndex] : "?"
        // Carries the name and the scope, as nameError's do, for the "Did you mean" hint.
        let exception = makeException(.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
        exception.setAttribute("name", .object(makeStr(name)), self)
        if let frame = currentFrame {
            exception.nameErrorScope = NameScope(varnames: frame.code.varnames, globals: frame.globals, builtins: frame.builtins)
        }
        return PythonError(exception)
    }

    /// The check point of backward jumps: a host's stop request, budgets.
    @inline(__always)
    func checkPoint() throws(PythonError) {
        if !finalizers.pending.isEmpty { runFinalizers() }
        if interruptRequested {
            interruptRequested = false
            throw PythonError(.keyboardInterrupt)
        }
    }
}

/// The value stack of the running frame, as the loop sees it: the frame's
/// slots and the index one past the top, in a local struct (mutating methods
/// of a local need no dynamic exclusivity checks, captured locals would).
/// Slots above the top always hold `.null`, which owns nothing: a push
/// initialises over it and a pop moves the value out (no retain/release pair).
struct ValueStack {
    let slots: UnsafeMutablePointer<Value>
    var sp: Int

    @inline(__always) mutating func push(_ value: consuming Value) {
        (slots + sp).place(value)
        sp += 1
    }

    /// Stores `value` at `location` (a fast local), releasing what was there only
    /// when that was an object: the other cases own nothing and are overwritten.
    @inline(__always) func store(_ value: consuming Value, at location: UnsafeMutablePointer<Value>) {
        if case .object = location.pointee {
            location.pointee = value
        } else {
            location.place(value)
        }
    }

    /// Drops the top of the stack.
    @inline(__always) mutating func drop() {
        sp &-= 1
        store(.null, at: slots + sp)
    }

    /// Pushes a copy of the value at `source` (a local, a constant, a stack slot).
    /// Only an object needs a retain; every other case is plain bits, copied as
    /// such here rather than through the compiler's out-of-line copy of a `Value`.
    @inline(__always) mutating func pushCopy(of source: UnsafeMutablePointer<Value>) {
        if case .object(let object) = source.pointee {
            (slots + sp).place(.object(object))
        } else {
            UnsafeMutableRawPointer(slots + sp).copyMemory(from: source, byteCount: MemoryLayout<Value>.size)
        }
        sp &+= 1
    }

    /// The top `count` values, bottom first, moved off the stack.
    @inline(__always) mutating func take(_ count: Int) -> [Value] {
        var items: [Value] = []
        items.reserveCapacity(count)
        for index in (sp &- count)..<sp {
            items.append((slots + index).move())
            (slots + index).place(.null)
        }
        sp &-= count
        return items
    }

    @inline(__always) mutating func pop() -> Value {
        sp -= 1
        let value = (slots + sp).move()
        (slots + sp).place(.null)
        return value
    }

    @inline(__always) func top() -> Value { slots[sp - 1] }
    @inline(__always) func peek(_ n: Int) -> Value { slots[sp - n] }
}
