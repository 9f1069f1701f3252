/// One activation of a code object: its fast locals, cells and value stack
/// in one preallocated buffer, where it is in its code, and its namespaces.
///
/// The buffer holds `localCount` fast locals, then the value stack
/// (`maxStackDepth` slots). Cells are separate objects (closures share them).
/// A generator keeps its frame between resumptions, so the loop's position
/// (`next`, `stackTop`) lives here, not in Swift locals.
public final class Frame {
    @exclusivity(unchecked) private(set) var code: PyCode
    @exclusivity(unchecked) private(set) var globals: PyDict
    let builtins: PyDict
    /// The namespace of module and class bodies (`LOAD_NAME`); nil in functions.
    @exclusivity(unchecked) var locals: PyDict?
    @exclusivity(unchecked) private(set) var slots: UnsafeMutablePointer<Value>
    /// Slots in use by `code` (the buffer may be larger: a reused frame keeps its buffer).
    @exclusivity(unchecked) private(set) var slotCount: Int
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) var cells: [PyCell]
    /// The index of the next instruction to run.
    @exclusivity(unchecked) var next = 0
    /// The index of the instruction running now (for tracebacks and `lasti`).
    @exclusivity(unchecked) var current = 0
    /// Index into `slots` one past the top of the value stack.
    @exclusivity(unchecked) var stackTop: Int
    /// Set by YIELD_VALUE: `evaluate` returned a yielded value, not the frame's result.
    @exclusivity(unchecked) var yielded = false
    /// The frame whose CALL entered this one inside the same evaluation loop
    /// (see `Runtime.execute`): its RETURN_VALUE, or an exception it does not
    /// handle, goes back there. nil for a frame run by `evaluate`.
    /// Strong (and cleared when the call ends): turning an unowned reference into
    /// the loop's strong `frame` costs an atomic retain even where reference
    /// counting is otherwise non-atomic (Scripts/build_release.sh).
    @exclusivity(unchecked) var caller: Frame?
    /// Entered inline as the `__init__` of a class call: the caller's value is
    /// the instance (kept on the caller's stack), and the result must be None.
    @exclusivity(unchecked) var isInitializer = false
    /// A generator's frame resumed by FOR_ITER or SEND in the caller's loop: its generator
    /// (which owns the frame). Its yield, return or exception goes back to `caller`.
    /// Not retained: the generator owns this frame. Kept unmanaged: an `unowned(unsafe)`
    /// reference made strong again costs an atomic retain even in the non-atomic build.
    @exclusivity(unchecked) private var resumedGeneratorReference: Unmanaged<PyGenerator>?
    /// `resumedGenerator` is set: what RETURN_VALUE and YIELD_VALUE check first (a plain load).
    @exclusivity(unchecked) private(set) var resumesGenerator = false

    /// The generator resumed in this frame, lent to `body` without a retain.
    @inline(__always)
    func withResumedGenerator(_ body: (PyGenerator) -> Void) {
        resumedGeneratorReference?._withUnsafeGuaranteedRef(body)
    }

    /// The caller, handed over: the frame forgets it (what its return does, with
    /// no retain of the caller for the hand-over and no release when recycled).
    @inline(__always)
    func takeCaller() -> Frame? {
        caller.take()
    }

    func setResumedGenerator(_ generator: PyGenerator?) {
        resumedGeneratorReference = generator.map { Unmanaged.passUnretained($0) }
        resumesGenerator = generator != nil
    }
    /// A function frame's `locals()` dict: one dict, refreshed from the fast locals at
    /// each call of `locals()` (as CPython's f_locals), which `exec` may add names to.
    @exclusivity(unchecked) var localsSnapshot: PyDict?

    init(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyDict?, closure: [PyCell], cellType: PyType) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        slotCount = code.frameSize
        capacity = slotCount
        slots = UnsafeMutablePointer<Value>.allocate(capacity: slotCount)
        slots.initialize(repeating: .null, count: slotCount)
        stackTop = code.localCount
        cells = []
        if code.needsCells { makeCells(closure: closure, cellType: cellType) }
    }

    deinit {
        slots.deinitialize(count: capacity)
        slots.deallocate()
    }

    private func makeCells(closure: [PyCell], cellType: PyType) {
        cells.reserveCapacity(code.cellCount + code.freeCount)
        for _ in 0..<code.cellCount { cells.append(PyCell(type: cellType, contents: .null)) }
        cells.append(contentsOf: closure)
    }

    /// Makes a recycled frame (all slots `.null`, no cells) ready to run `function`'s
    /// code: the pool saves the two allocations of a fresh frame. The function's
    /// code and globals are compared by identity and stored only when they differ.
    @inline(__always)
    func reuse(for function: PyFunction, cellType: PyType) {
        if code !== function.code { code = function.code }
        if globals !== function.globals { globals = function.globals }
        slotCount = code.frameSize
        if slotCount > capacity { growSlots() }
        stackTop = code.localCount
        next = 0
        current = 0
        if code.needsCells { makeCells(closure: function.closure, cellType: cellType) }
    }

    @inline(never)
    private func growSlots() {
        slots.deinitialize(count: capacity)
        slots.deallocate()
        capacity = slotCount
        slots = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        slots.initialize(repeating: .null, count: capacity)
    }

    /// The objects in its fast locals and cells.
    func localValues() -> [Value] {
        var values: [Value] = []
        for index in 0..<code.localCount where slots[index].object != nil { values.append(slots[index]) }
        for cell in cells where cell.contents.object != nil { values.append(cell.contents) }
        return values
    }

    /// Drops what a finished function frame holds, so the pool can hand it out again.
    func recycle() {
        // Slots at and above the stack top are `.null` already (the loop keeps them so).
        // Only an object needs releasing; any other value is overwritten as bits
        // (assigning would call the out-of-line destroy of a `Value` for each).
        for index in 0..<stackTop {
            let slot = slots + index
            if case .object = slot.pointee { slot.pointee = .null } else { slot.place(.null) }
        }
        if !cells.isEmpty { cells.removeAll(keepingCapacity: true) }
        yielded = false
        // Assigning nil over nil still calls release: most frames have neither.
        if caller != nil { caller = nil }
        isInitializer = false
        if localsSnapshot != nil { localsSnapshot = nil }
    }

    /// Copies parameters that nested code captures into their cells (once the arguments are bound).
    func moveParametersIntoCells() {
        for (cell, local) in code.parameterCells where cell < cells.count {
            cells[cell].contents = slots[local]
        }
    }

    /// Drops everything the frame holds on its value stack (a finished generator).
    func clearStack() {
        while stackTop > code.localCount {
            stackTop -= 1
            slots[stackTop] = .null
        }
    }
}
