import AnhingaSyntax

/// A label: a place in a code unit's instruction list that jumps name before it is known.
struct Label: Hashable {
    let id: Int
}

/// An instruction as emitted, before assembly: jump arguments are label ids,
/// pseudo-instructions are still present, and each remembers its handler.
struct PendingInstruction {
    var opcode: Opcode
    var arg: UInt32
    var position: SourcePosition
    /// Index into `CodeUnit.handlers` of the innermost try range covering it.
    var handler: Int?
}

/// A try range opened by a SETUP_* pseudo-instruction.
struct HandlerRecord {
    let target: Label
    let pushLasti: Bool
    /// Index of the SETUP_* instruction: the handler's stack depth is the depth there
    /// (minus one for SETUP_WITH, whose `enterResult` is gone by then).
    let setupIndex: Int
    let depthAdjust: Int
}

/// What a `break`, `continue` or `return` must undo on its way out (CPython's fblock).
enum FrameBlock {
    case whileLoop(start: Label, exit: Label)
    case forLoop(start: Label, exit: Label)
    case asyncForLoop(start: Label, exit: Label)
    case tryExcept
    case finallyTry(body: [Stmt])
    case finallyEnd
    case with(isAsync: Bool)
    case handlerCleanup(name: String?)
    case popValue
}

/// The code object being generated for one scope: its instructions and tables.
final class CodeUnit {
    let scope: Scope
    let name: String
    let qualname: String
    var firstLine: Int
    var instructions: [PendingInstruction] = []
    var labelTargets: [Int?] = []
    var handlers: [HandlerRecord] = []
    var handlerStack: [Int] = []
    var frameBlocks: [FrameBlock] = []
    var location: SourceRange

    var constants: [CompilerConstant] = []
    private var constantIndex: [ConstantKey: Int] = [:]
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    var varnames: [String] = []
    var varnameIndex: [String: Int] = [:]
    var cellvars: [String] = []
    var freevars: [String] = []
    var cacheNames: [Int] = []

    init(scope: Scope, name: String, qualname: String, firstLine: Int, location: SourceRange) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.location = location
    }

    func newLabel() -> Label {
        labelTargets.append(nil)
        return Label(id: labelTargets.count - 1)
    }

    /// Places `label` at the next instruction.
    func bind(_ label: Label) {
        labelTargets[label.id] = instructions.count
    }

    func emit(_ opcode: Opcode, _ arg: Int = 0) {
        // Arguments are indices into tables or small counts; clamp rather than trap.
        let word = UInt32(clamping: max(0, arg))
        instructions.append(PendingInstruction(opcode: opcode, arg: word, position: SourcePosition(location),
                                               handler: handlerStack.last))
    }

    func emitJump(_ opcode: Opcode, to label: Label) {
        emit(opcode, label.id)
    }

    /// Opens a try range whose exceptions go to `handler` (SETUP_FINALLY/CLEANUP/WITH).
    func pushHandler(_ opcode: Opcode, to handler: Label) {
        emitJump(opcode, to: handler)
        handlers.append(HandlerRecord(target: handler, pushLasti: opcode != .SETUP_FINALLY,
                                      setupIndex: instructions.count - 1,
                                      depthAdjust: opcode == .SETUP_WITH ? -1 : 0))
        handlerStack.append(handlers.count - 1)
    }

    /// Closes the innermost try range.
    func popHandler() {
        emit(.POP_BLOCK)
        _ = handlerStack.popLast()
    }

    func constant(_ value: CompilerConstant) -> Int {
        if let key = value.dedupKey {
            if let index = constantIndex[key] { return index }
            constantIndex[key] = constants.count
        }
        constants.append(value)
        return constants.count - 1
    }

    func name(_ text: String) -> Int {
        if let index = nameIndex[text] { return index }
        nameIndex[text] = names.count
        names.append(text)
        return names.count - 1
    }

    /// A new inline-cache slot for a look-up of `text`.
    func cacheSlot(_ text: String) -> Int {
        cacheNames.append(name(text))
        return cacheNames.count - 1
    }

    func varname(_ text: String) -> Int {
        if let index = varnameIndex[text] { return index }
        varnameIndex[text] = varnames.count
        varnames.append(text)
        return varnames.count - 1
    }

    /// The LOAD_DEREF index of a cell or free variable.
    func derefIndex(_ text: String) -> Int? {
        if let index = cellvars.firstIndex(of: text) { return index }
        if let index = freevars.firstIndex(of: text) { return cellvars.count + index }
        return nil
    }
}
