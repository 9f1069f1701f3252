import AnhingaSyntax

/// The first pass of the symbol table: walks the tree in CPython's order,
/// opening a scope for every module, class, function, lambda and comprehension
/// and recording how each scope uses each name. Errors that CPython finds on
/// this walk (duplicate arguments, misplaced `global`, walrus rules, ...) are
/// thrown here; name resolution comes after, in `ScopeAnalysis`.
final class SymbolTableBuilder {
    var scopes: [Scope] = []
    /// The scopes being visited, innermost last.
    var stack: [ScopeID] = []
    var keys: [ScopeKey: ScopeID] = [:]
    /// Where each scope's `global`/`nonlocal` (or walrus) declared a name first.
    var directives: [ScopeID: [String: SourceRange]] = [:]
    /// Innermost enclosing class name, for mangling.
    var privateName: String?
    /// Above zero while visiting a comprehension's iterable (walrus is banned there).
    var comprehensionIterableDepth = 0
    /// The scope whose comprehension targets are being visited (names bound get DEF_COMP_ITER).
    var iterationTargetScope: ScopeID?
    let futureAnnotations: Bool
    let location: CompileErrorLocation
    var depth = 0

    /// CPython's compiler gives up past 3,000 nested statements and expressions
    /// (its recursion limit of 1,000 times the scale it allows the compiler) with
    /// "maximum recursion depth exceeded during compilation".
    static let maximumDepth = 3_000

    init(source: SourceBuffer, futureAnnotations: Bool) {
        self.location = CompileErrorLocation(source: source)
        self.futureAnnotations = futureAnnotations
    }

    var current: ScopeID { stack.last ?? 0 }

    // MARK: Scopes

    func enterScope(_ kind: ScopeKind, name: String, range: SourceRange) {
        let id = scopes.count
        let parent = stack.last
        var scope = Scope(id: id, kind: kind, name: name, range: range, parent: parent, privateName: privateName)
        if let parent {
            scope.isNested = scopes[parent].isNested || scopes[parent].kind.isFunctionLike
            scopes[parent].children.append(id)
        }
        scopes.append(scope)
        stack.append(id)
        if kind != .module { keys[ScopeKey(range: range, kind: kind)] = id }
    }

    func exitScope() {
        stack.removeLast()
    }

    // MARK: Names

    /// Records `flags` for `name` in the current scope (CPython's `symtable_add_def`).
    func addDefinition(_ name: String, _ flags: SymbolFlags, at range: SourceRange) throws(SyntaxError) {
        try addDefinition(name, flags, at: range, in: current)
    }

    func addDefinition(_ name: String, _ flags: SymbolFlags, at range: SourceRange,
                       in scopeID: ScopeID) throws(SyntaxError) {
        let mangled = mangle(name, privateName: privateName)
        var value = scopes[scopeID].flags(of: mangled)
        if flags.contains(.parameter) && value.contains(.parameter) {
            throw location.error("duplicate argument '\(name)' in function definition", at: range)
        }
        value.formUnion(flags)
        var added = flags
        if iterationTargetScope == scopeID {
            if !value.isDisjoint(with: [.globalDeclared, .nonlocalDeclared]) {
                throw location.error("comprehension inner loop cannot rebind assignment expression target '\(name)'",
                                     at: range)
            }
            added.insert(.comprehensionIterationVariable)
        }
        scopes[scopeID].addFlags(added, to: mangled)
        if flags.contains(.parameter) {
            scopes[scopeID].parameterNames.append(mangled)
        } else if flags.contains(.globalDeclared), scopeID != 0 {
            // `global x` anywhere also marks `x` in the module's own table.
            scopes[0].addFlags(flags, to: mangled)
        }
    }

    func recordDirective(_ name: String, at range: SourceRange) {
        let mangled = mangle(name, privateName: privateName)
        if directives[current]?[mangled] == nil { directives[current, default: [:]][mangled] = range }
    }

    func enterNode() throws(SyntaxError) {
        depth += 1
        if depth > SymbolTableBuilder.maximumDepth { throw CompileErrorLocation.recursionError }
    }

    // MARK: Module

    func visitModule(_ mod: Mod) throws(SyntaxError) {
        enterScope(.module, name: "top", range: .zero)
        switch mod {
        case .module(let body, _), .interactive(let body):
            for statement in body { try visit(statement) }
        case .expression(let body):
            try visit(body)
        case .functionType(let argtypes, let returns):
            for type in argtypes { try visit(type) }
            try visit(returns)
        }
        exitScope()
    }
}
