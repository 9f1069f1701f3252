import AnhingaSyntax

/// The SyntaxErrors CPython's compiler (not its parser or symbol table) raises:
/// `'break' outside loop`, `'await' outside async function`, starred targets,
/// `__debug__`, repeated keywords, pattern rules, ... It walks the tree in the
/// order code generation will (values before targets, a class body before its
/// bases, ...), so that of several errors the one CPython reports comes first,
/// and reports each at the node CPython would be compiling then: the innermost
/// statement or expression (patterns keep theirs until the next pattern).
final class CompileChecker {
    /// The kind of code object being compiled (CPython's `u_scope_type`).
    enum UnitKind {
        case module, `class`, function, asyncFunction, lambda, comprehension
    }

    /// CPython's frame blocks: what `break`, `continue` and `return` must unwind.
    enum FrameBlock {
        case loop, exceptStarHandler, other
    }

    struct Unit {
        var kind: UnitKind
        /// The symbol-table scope of this code (its generator/coroutine flags).
        var scope: Scope?
        var blocks: [FrameBlock] = []
    }

    let table: SymbolTable
    let future: FutureFeatures
    let errors: CompileErrorLocation
    var units: [Unit] = []
    /// The node being compiled, where most errors are reported.
    var location = SourceRange.zero
    var depth = 0
    /// The SyntaxWarnings met, in the order code generation meets them.
    var warnings: [CompileWarning] = []

    /// CPython's CO_MAXBLOCKS.
    static let maximumBlocks = 20

    init(table: SymbolTable, future: FutureFeatures, source: SourceBuffer) {
        self.table = table
        self.future = future
        self.errors = CompileErrorLocation(source: source)
    }

    var unit: Unit { units.last ?? Unit(kind: .module) }

    func error(_ message: String) -> SyntaxError {
        errors.error(message, at: location)
    }

    func enterNode() throws(SyntaxError) {
        depth += 1
        if depth > SymbolTableBuilder.maximumDepth { throw CompileErrorLocation.recursionError }
    }

    func checkModule(_ mod: Mod) throws(SyntaxError) {
        units = [Unit(kind: .module, scope: table.module)]
        switch mod {
        case .module(let body, _), .interactive(let body):
            try visit(body)
        case .expression(let body):
            try visit(body)
        case .functionType:
            break
        }
    }

    /// Compiles `body` as a new code object.
    func inUnit(_ kind: UnitKind, scope key: ScopeKey, _ body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        units.append(Unit(kind: kind, scope: table.scope(for: key)))
        defer { units.removeLast() }
        try body()
    }

    /// Compiles `body` inside one more frame block (a loop, `try`, `with`, handler).
    func inBlock(_ block: FrameBlock, _ body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        guard !units.isEmpty else { return try body() }
        if units[units.count - 1].blocks.count >= CompileChecker.maximumBlocks {
            throw error("too many statically nested blocks")
        }
        units[units.count - 1].blocks.append(block)
        defer { units[units.count - 1].blocks.removeLast() }
        try body()
    }

    /// `__debug__` can be neither bound nor deleted.
    func checkForbidden(_ name: String, _ ctx: ExprContext) throws(SyntaxError) {
        guard name == "__debug__" else { return }
        switch ctx {
        case .store: throw error("cannot assign to __debug__")
        case .del: throw error("cannot delete __debug__")
        case .load: return
        }
    }

    /// What `break`, `continue` and `return` must leave, innermost first: an
    /// `except*` handler on the way is an error, a loop ends the search.
    func unwind(toLoop: Bool) throws(SyntaxError) -> Bool {
        for block in unit.blocks.reversed() {
            switch block {
            case .exceptStarHandler:
                throw error("'break', 'continue' and 'return' cannot appear in an except* block")
            case .loop where toLoop:
                return true
            case .loop, .other:
                continue
            }
        }
        return false
    }
}
