/// One activation of a code object: its fast locals, cells and value stack
/// in one preallocated buffer, where it is in its code, and its namespaces.
///
/// The buffer holds `localCount` fast locals, then the value stack
/// (`maxStackDepth` slots). Cells are separate objects (closures share them).
/// A generator keeps its frame between resumptions, so the loop's position
/// (`next`, `stackTop`) lives here, not in Swift locals.
public final class Frame {
    let code: PyCode
    let globals: PyDict
    let builtins: PyDict
    /// The namespace of module and class bodies (`LOAD_NAME`); nil in functions.
    @exclusivity(unchecked) var locals: PyDict?
    let slots: UnsafeMutablePointer<Value>
    let slotCount: Int
    @exclusivity(unchecked) var cells: [PyCell]
    /// The index of the next instruction to run.
    @exclusivity(unchecked) var next = 0
    /// The index of the instruction running now (for tracebacks and `lasti`).
    @exclusivity(unchecked) var current = 0
    /// Index into `slots` one past the top of the value stack.
    @exclusivity(unchecked) var stackTop: Int
    /// Set by YIELD_VALUE: `evaluate` returned a yielded value, not the frame's result.
    @exclusivity(unchecked) var yielded = false

    init(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyDict?, closure: [PyCell], cellType: PyType) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        slotCount = code.localCount + code.code.maxStackDepth + 1
        slots = UnsafeMutablePointer<Value>.allocate(capacity: slotCount)
        slots.initialize(repeating: .null, count: slotCount)
        stackTop = code.localCount
        var cells: [PyCell] = []
        if code.cellCount + code.freeCount > 0 {
            cells.reserveCapacity(code.cellCount + code.freeCount)
            for _ in 0..<code.cellCount { cells.append(PyCell(type: cellType, contents: .null)) }
            cells.append(contentsOf: closure)
        }
        self.cells = cells
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
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
