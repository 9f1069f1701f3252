import AnhingaSyntax

/// The scopes of one module and where each of their names lives, as CPython
/// 3.11's symbol table computes them; code generation asks it whether a name is
/// a fast local, a cell, a free variable or a global.
///
/// Scopes are numbered in the order the builder entered them (the module is 0),
/// which is also the order of each scope's `children`. The scope a node opened
/// is found with `scope(for:)`: a `def`/`async def`/`class` statement's range with
/// kind `.function`/`.class`, a lambda's or comprehension's expression range with
/// `.lambda`/`.comprehension(kind)`.
public struct SymbolTable: Sendable {
    /// The SyntaxWarnings CPython's compiler gives for this program (`x is 1`).
    public internal(set) var warnings: [CompileWarning] = []
    public let scopes: [Scope]
    /// Whether the module has `from __future__ import annotations`.
    public let futureAnnotations: Bool
    private let keys: [ScopeKey: ScopeID]

    /// Builds the table for `mod` (parsed from `source`), throwing the first
    /// SyntaxError CPython's symbol table would raise. `futureAnnotations`
    /// comes from the module's future statements (see `FutureFeatures`).
    public static func build(_ mod: Mod, source: SourceBuffer,
                             futureAnnotations: Bool = false) throws(SyntaxError) -> SymbolTable {
        let builder = SymbolTableBuilder(source: source, futureAnnotations: futureAnnotations)
        try builder.visitModule(mod)
        var analysis = ScopeAnalysis(scopes: builder.scopes, directives: builder.directives,
                                     location: builder.location)
        _ = try analysis.analyze(0, bound: nil, global: [])
        return SymbolTable(scopes: analysis.scopes, futureAnnotations: futureAnnotations, keys: builder.keys)
    }

    /// The module's scope.
    public var module: Scope { scopes[0] }

    /// The scope opened by the node with this range and kind, if any.
    public func scope(for key: ScopeKey) -> Scope? {
        guard let id = keys[key] else { return nil }
        return scopes[id]
    }

    public func scope(_ id: ScopeID) -> Scope { scopes[id] }

    /// The scopes directly inside `scope`, in source order.
    public func children(of scope: Scope) -> [Scope] {
        scope.children.map { scopes[$0] }
    }
}

/// A SyntaxWarning of the compiler: its message and line.
public struct CompileWarning: Hashable, Sendable {
    public let message: String
    public let lineno: Int
}
