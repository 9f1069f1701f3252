import AnhingaSyntax

/// The second pass of the symbol table: resolves every name to LOCAL, CELL,
/// FREE, GLOBAL_EXPLICIT or GLOBAL_IMPLICIT, top-down then bottom-up, by the
/// rules of CPython 3.11:
/// - a name bound in a function is local to it, unless declared `global` or `nonlocal`;
/// - a free name resolves to the nearest enclosing *function* that binds it
///   (class bodies are skipped: their names are not visible to nested scopes);
/// - a function local used free by a nested scope becomes a cell;
/// - `__class__` is implicitly bound by every class for its methods.
/// Each scope's symbols are resolved before its children's, so errors come in CPython's order.
struct ScopeAnalysis {
    var scopes: [Scope]
    let directives: [ScopeID: [String: SourceRange]]
    let location: CompileErrorLocation

    /// Analyses scope `id`. `bound` holds the names bound by enclosing functions (nil only
    /// for the module), `global` the names known to be global. Returns the names free in
    /// this scope or below that an enclosing scope must provide.
    mutating func analyze(_ id: ScopeID, bound enclosingBound: Set<String>?,
                          global enclosingGlobal: Set<String>) throws(SyntaxError) -> Set<String> {
        let kind = scopes[id].kind
        var local = Set<String>()
        var free = Set<String>()
        var resolved: [String: SymbolScope] = [:]
        var bound = enclosingBound
        var global = enclosingGlobal

        // What nested scopes see. A class's own names are invisible to them, so
        // they get what the class itself saw, plus the implicit `__class__`.
        var childBound = Set<String>()
        var childGlobal = Set<String>()
        if kind == .class {
            childGlobal = global
            if let bound { childBound = bound }
        }
        for symbol in scopes[id].symbols {
            resolved[symbol.name] = try resolve(symbol, in: id, bound: &bound, local: &local, free: &free,
                                                global: &global)
        }
        if kind == .class {
            childBound.insert("__class__")
        } else {
            if kind.isFunctionLike { childBound.formUnion(local) }
            if let bound { childBound.formUnion(bound) }
            childGlobal = global
        }

        var childrenFree = Set<String>()
        for child in scopes[id].children {
            let childFree = try analyze(child, bound: childBound, global: childGlobal)
            childrenFree.formUnion(childFree)
            if scopes[child].hasFreeVariables || scopes[child].childHasFreeVariables {
                scopes[id].childHasFreeVariables = true
            }
        }
        var newFree = childrenFree

        if kind.isFunctionLike {
            // A local that a nested scope uses becomes a cell.
            for (name, scope) in resolved where scope == .local && newFree.contains(name) {
                resolved[name] = .cell
                newFree.remove(name)
            }
        } else if kind == .class, newFree.remove("__class__") != nil {
            scopes[id].needsClassClosure = true
        }
        updateSymbols(id, resolved: resolved, bound: bound, free: newFree, isClass: kind == .class)
        free.formUnion(newFree)
        return free
    }

    /// CPython's `analyze_name`: where one name of scope `id` lives.
    private mutating func resolve(_ symbol: Symbol, in id: ScopeID, bound: inout Set<String>?, local: inout Set<String>,
                                  free: inout Set<String>, global: inout Set<String>) throws(SyntaxError) -> SymbolScope {
        let name = symbol.name
        let flags = symbol.flags
        if flags.contains(.globalDeclared) {
            if flags.contains(.nonlocalDeclared) {
                throw errorAtDirective("name '\(name)' is nonlocal and global", scope: id, name: name)
            }
            global.insert(name)
            bound?.remove(name)
            return .globalExplicit
        }
        if flags.contains(.nonlocalDeclared) {
            guard let enclosing = bound else {
                throw errorAtDirective("nonlocal declaration not allowed at module level", scope: id, name: name)
            }
            guard enclosing.contains(name) else {
                throw errorAtDirective("no binding for nonlocal '\(name)' found", scope: id, name: name)
            }
            scopes[id].hasFreeVariables = true
            free.insert(name)
            return .free
        }
        if !flags.isDisjoint(with: .bound) {
            local.insert(name)
            global.remove(name)
            return .local
        }
        if let bound, bound.contains(name) {
            scopes[id].hasFreeVariables = true
            free.insert(name)
            return .free
        }
        if global.contains(name) { return .globalImplicit }
        if scopes[id].isNested { scopes[id].hasFreeVariables = true }
        return .globalImplicit
    }

    /// Stores the resolved scopes, and adds the names free below that pass through this scope.
    private mutating func updateSymbols(_ id: ScopeID, resolved: [String: SymbolScope], bound: Set<String>?,
                                        free: Set<String>, isClass: Bool) {
        for index in scopes[id].symbols.indices {
            let name = scopes[id].symbols[index].name
            scopes[id].symbols[index].scope = resolved[name] ?? .none
        }
        // Sorted so that the symbols added here come in a stable order.
        for name in free.sorted() {
            if scopes[id].symbolIndex[name] != nil {
                // A method's free name that the class itself binds or declares global.
                let flags = scopes[id].flags(of: name)
                if isClass, !flags.isDisjoint(with: SymbolFlags.bound.union(.globalDeclared)) {
                    scopes[id].addFlags(.freeInClass, to: name)
                }
                continue
            }
            // Globals are not propagated past a scope that does not bind them in some enclosing function.
            if let bound, !bound.contains(name) { continue }
            scopes[id].addFlags([], to: name)
            scopes[id].setScope(.free, of: name)
        }
    }

    private func errorAtDirective(_ message: String, scope: ScopeID, name: String) -> SyntaxError {
        location.error(message, at: directives[scope]?[name] ?? .zero)
    }
}
