/// What the symbol table learned about one name in one scope: how the scope's
/// code uses it (`flags`) and where the compiler must look it up (`scope`).
public struct Symbol: Hashable, Sendable {
    /// The name as the code object will hold it (private names already mangled: `__x` in class `C` is `_C__x`).
    public let name: String
    public internal(set) var flags: SymbolFlags
    /// Where the name lives, resolved once the whole module has been seen.
    public internal(set) var scope: SymbolScope

    init(name: String, flags: SymbolFlags) {
        self.name = name
        self.flags = flags
        self.scope = .none
    }

    public var isParameter: Bool { flags.contains(.parameter) }
    public var isReferenced: Bool { flags.contains(.used) }
    public var isAssigned: Bool { flags.contains(.assigned) }
    public var isImported: Bool { flags.contains(.imported) }
    public var isAnnotated: Bool { flags.contains(.annotated) }
    public var isDeclaredGlobal: Bool { scope == .globalExplicit }
    public var isGlobal: Bool { scope == .globalExplicit || scope == .globalImplicit }
    public var isNonlocal: Bool { flags.contains(.nonlocalDeclared) }
    public var isFree: Bool { scope == .free }
    public var isCell: Bool { scope == .cell }
    /// A fast local or a cell (python's `symtable.Symbol.is_local`).
    public var isLocal: Bool { scope == .local || scope == .cell }
}

/// How a scope's code uses a name; CPython's `DEF_*` and `USE` bits (same
/// values, so recorded flag words can be compared directly).
public struct SymbolFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `global x` in this scope (DEF_GLOBAL).
    public static let globalDeclared = SymbolFlags(rawValue: 1 << 0)
    /// Bound here: assignment, `del`, `for`, `with ... as`, `def`, `class`, ... (DEF_LOCAL).
    public static let assigned = SymbolFlags(rawValue: 1 << 1)
    /// A parameter of this function (DEF_PARAM).
    public static let parameter = SymbolFlags(rawValue: 1 << 2)
    /// `nonlocal x` in this scope (DEF_NONLOCAL).
    public static let nonlocalDeclared = SymbolFlags(rawValue: 1 << 3)
    /// Read somewhere in this scope (USE).
    public static let used = SymbolFlags(rawValue: 1 << 4)
    /// Free in a nested scope but bound (or declared global) in this class (DEF_FREE_CLASS).
    public static let freeInClass = SymbolFlags(rawValue: 1 << 6)
    /// Bound by `import` (DEF_IMPORT).
    public static let imported = SymbolFlags(rawValue: 1 << 7)
    /// Has a variable annotation `x: T` (DEF_ANNOT).
    public static let annotated = SymbolFlags(rawValue: 1 << 8)
    /// A comprehension's iteration variable (DEF_COMP_ITER).
    public static let comprehensionIterationVariable = SymbolFlags(rawValue: 1 << 9)

    /// Any binding that makes the name local to a function (DEF_BOUND).
    public static let bound: SymbolFlags = [.assigned, .parameter, .imported]
}

/// Where the compiler finds a name at run time; CPython's scope numbers
/// (`symtable` module: LOCAL=1 ... CELL=5).
public enum SymbolScope: UInt8, Hashable, Sendable {
    /// Not resolved (never seen after a successful build).
    case none = 0
    /// A local of this scope: a fast local in a function, a dict entry in a module or class.
    case local = 1
    /// Declared `global` in this scope.
    case globalExplicit = 2
    /// Not bound in any enclosing function: module globals, then builtins.
    case globalImplicit = 3
    /// Bound in an enclosing function; reached through a closure cell.
    case free = 4
    /// A local of this function that nested scopes use, so it lives in a cell.
    case cell = 5
}
