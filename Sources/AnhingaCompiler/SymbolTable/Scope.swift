import AnhingaSyntax

/// Identifies a scope within one `SymbolTable`: its index in `SymbolTable.scopes`,
/// which is the order the scopes were entered (the module is 0).
public typealias ScopeID = Int

/// The kind of code block a scope belongs to.
public enum ScopeKind: Hashable, Sendable {
    case module
    case `class`
    case function
    case lambda
    /// In 3.11 every comprehension is a function of its own (its first iterable is evaluated outside).
    case comprehension(ComprehensionKind)
    /// An annotation under `from __future__ import annotations` (CPython's AnnotationBlock).
    case annotation

    /// Whether CPython treats it as a FunctionBlock (fast locals, cells, closures).
    public var isFunctionLike: Bool {
        switch self {
        case .function, .lambda, .comprehension: return true
        case .module, .class, .annotation: return false
        }
    }
}

public enum ComprehensionKind: Hashable, Sendable {
    case list, set, dict, generator

    /// How CPython names it in "'yield' inside ...".
    var description: String {
        switch self {
        case .list: return "list comprehension"
        case .set: return "set comprehension"
        case .dict: return "dict comprehension"
        case .generator: return "generator expression"
        }
    }
}

/// Finds the scope a node of the tree opened: the node's kind of scope and its
/// source range. Two scope-opening nodes of one kind never share a range (a
/// scope strictly contains the scopes nested in it), so the pair is a key.
public struct ScopeKey: Hashable, Sendable {
    public var range: SourceRange
    public var kind: ScopeKind

    public init(range: SourceRange, kind: ScopeKind) {
        self.range = range
        self.kind = kind
    }
}

/// One block of code with its own names: the module, a class body, a function,
/// a lambda or a comprehension. Symbols keep the order in which the names were
/// first met (the order CPython's symbol table dictionaries keep).
public struct Scope: Sendable {
    public let id: ScopeID
    public let kind: ScopeKind
    /// The function or class name; `top` for the module, `lambda`, `listcomp`, `genexpr`, ... as CPython names them.
    public let name: String
    /// Range of the node that opened the scope (`.zero` for the module).
    public let range: SourceRange
    public let parent: ScopeID?
    /// Scopes opened directly inside this one, in the order they were entered.
    public internal(set) var children: [ScopeID] = []
    public internal(set) var symbols: [Symbol] = []
    /// Parameter names in order (with `.0` for a comprehension's iterator), then `*args`, then `**kwargs`.
    public internal(set) var parameterNames: [String] = []
    var symbolIndex: [String: Int] = [:]

    /// Inside a function (or any scope inside one): CPython's `ste_nested`.
    public internal(set) var isNested = false
    public internal(set) var isGenerator = false
    /// `async def`, or a comprehension that awaits.
    public internal(set) var isCoroutine = false
    public internal(set) var hasVarargs = false
    public internal(set) var hasVarKeywords = false
    /// Has a `return` with a value.
    public internal(set) var returnsValue = false
    /// Some name here is free (a closure is needed to make this scope's function).
    public internal(set) var hasFreeVariables = false
    /// A nested scope has free variables.
    public internal(set) var childHasFreeVariables = false
    /// A class whose methods use `__class__` or `super`: the class body needs the `__class__` cell.
    public internal(set) var needsClassClosure = false
    /// The `private` name for mangling: the innermost enclosing class name, if any.
    public let privateName: String?

    init(id: ScopeID, kind: ScopeKind, name: String, range: SourceRange, parent: ScopeID?, privateName: String?) {
        self.id = id
        self.kind = kind
        self.name = name
        self.range = range
        self.parent = parent
        self.privateName = privateName
    }

    /// An `async def` (or async comprehension) that also yields.
    public var isAsyncGenerator: Bool { isGenerator && isCoroutine }

    /// The symbol for `name` (already mangled), if the scope mentions it.
    public func symbol(named name: String) -> Symbol? {
        guard let index = symbolIndex[name] else { return nil }
        return symbols[index]
    }

    func flags(of name: String) -> SymbolFlags {
        guard let index = symbolIndex[name] else { return [] }
        return symbols[index].flags
    }

    /// Adds `flags` to the symbol, creating it when new.
    mutating func addFlags(_ flags: SymbolFlags, to name: String) {
        if let index = symbolIndex[name] {
            symbols[index].flags.formUnion(flags)
        } else {
            symbolIndex[name] = symbols.count
            symbols.append(Symbol(name: name, flags: flags))
        }
    }

    mutating func setScope(_ scope: SymbolScope, of name: String) {
        if let index = symbolIndex[name] { symbols[index].scope = scope }
    }
}
