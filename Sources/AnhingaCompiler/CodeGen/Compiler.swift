import AnhingaSyntax

/// Compiles a checked module (`checkProgram` gave `table`) to its code object.
/// Every nested function, class body, lambda and comprehension becomes a code
/// object among its parent's constants.
public func compileModule(_ mod: Mod, table: SymbolTable, filename: String) throws(CompilerError) -> CodeObject {
    let compiler = Compiler(table: table, filename: filename)
    return try compiler.compile(mod)
}

/// Code generation: walks the tree and emits instructions into the current
/// `CodeUnit`, one unit per scope. Split by topic over the `Compiler+*.swift` files.
final class Compiler {
    let table: SymbolTable
    let filename: String
    /// The unit being emitted; `enclosingUnits` are the ones around it.
    var unit: CodeUnit
    var enclosingUnits: [CodeUnit] = []

    init(table: SymbolTable, filename: String) {
        self.table = table
        self.filename = filename
        unit = CodeUnit(scope: table.module, name: "<module>", qualname: "<module>", firstLine: 1,
                        location: SourceRange(lineno: 1, colOffset: 0, endLineno: 1, endColOffset: 0))
    }

    func compile(_ mod: Mod) throws(CompilerError) -> CodeObject {
        prepareVariables(of: unit)
        switch mod {
        case .module(let body, _):
            try compileBody(body, storeDocstring: true)
            emitReturnNone()
        case .interactive(let body):
            if body.contains(where: { hasAnnotations([$0]) }) { unit.emit(.SETUP_ANNOTATIONS) }
            for statement in body { try compileStatement(statement, interactive: true) }
            emitReturnNone()
        case .expression(let body):
            try compileExpression(body)
            unit.emit(.RETURN_VALUE)
        case .functionType:
            throw CompilerError("function type expressions cannot be compiled")
        }
        return try Assembler(unit: unit).assemble(filename: filename, flags: [], argCount: 0,
                                                  positionalOnly: 0, keywordOnly: 0)
    }

    /// A module or class body: `__annotations__` when it has annotated names,
    /// the docstring as `__doc__`, then the statements.
    func compileBody(_ body: [Stmt], storeDocstring: Bool) throws(CompilerError) {
        if hasAnnotations(body) { unit.emit(.SETUP_ANNOTATIONS) }
        var rest = body[...]
        if storeDocstring, let first = body.first, let docstring = docstring(of: body) {
            unit.location = first.range
            unit.emit(.LOAD_CONST, unit.constant(.str(docstring)))
            unit.emit(.STORE_NAME, unit.name("__doc__"))
            rest = body.dropFirst()
        }
        for statement in rest { try compileStatement(statement) }
    }

    func emitReturnNone() {
        unit.emit(.LOAD_CONST, unit.constant(.none))
        unit.emit(.RETURN_VALUE)
    }

    // MARK: scopes

    /// Starts emitting a new code object for `scope`.
    func enterUnit(_ scope: Scope, name: String, qualname: String, firstLine: Int, location: SourceRange) {
        enclosingUnits.append(unit)
        unit = CodeUnit(scope: scope, name: name, qualname: qualname, firstLine: firstLine, location: location)
        prepareVariables(of: unit)
    }

    /// Finishes the current unit and returns to the enclosing one.
    func leaveUnit(argCount: Int = 0, positionalOnly: Int = 0, keywordOnly: Int = 0) throws(CompilerError) -> CodeObject {
        let scope = unit.scope
        var flags: CodeFlags = []
        if scope.kind.isFunctionLike {
            flags.formUnion([.optimized, .newLocals])
            if scope.hasVarargs { flags.insert(.varargs) }
            if scope.hasVarKeywords { flags.insert(.varKeywords) }
        }
        if scope.isNested { flags.insert(.nested) }
        if scope.isAsyncGenerator {
            flags.insert(.asyncGenerator)
        } else if scope.isGenerator {
            flags.insert(.generator)
        } else if scope.isCoroutine {
            flags.insert(.coroutine)
        }
        let code = try Assembler(unit: unit).assemble(filename: filename, flags: flags, argCount: argCount,
                                                      positionalOnly: positionalOnly, keywordOnly: keywordOnly)
        if let outer = enclosingUnits.popLast() { unit = outer }
        return code
    }

    /// Fills in the unit's varnames, cellvars and freevars from its scope.
    private func prepareVariables(of unit: CodeUnit) {
        let scope = unit.scope
        if scope.kind.isFunctionLike {
            for parameter in scope.parameterNames { _ = unit.varname(parameter) }
            for symbol in scope.symbols where symbol.scope == .local && !symbol.isParameter {
                _ = unit.varname(symbol.name)
            }
        }
        var cells = scope.symbols.filter { $0.scope == .cell }.map(\.name)
        if scope.kind == .class, scope.needsClassClosure, !cells.contains("__class__") { cells.append("__class__") }
        unit.cellvars = cells.sorted()
        var frees = scope.symbols.filter { $0.scope == .free }.map(\.name)
        if scope.kind == .class {
            for symbol in scope.symbols where symbol.flags.contains(.freeInClass) && !frees.contains(symbol.name) {
                frees.append(symbol.name)
            }
        }
        unit.freevars = frees.sorted()
    }

    /// The qualified name of a function or class called `name` defined in the
    /// current unit: `outer.<locals>.name` in a function, `Class.name` in a class,
    /// plain `name` at module level or when declared `global` here.
    func qualifiedName(_ name: String) -> String {
        let scope = unit.scope
        if scope.kind == .module { return name }
        if scope.symbol(named: mangle(name, privateName: scope.privateName))?.scope == .globalExplicit { return name }
        return unit.qualname + (scope.kind.isFunctionLike ? ".<locals>." : ".") + name
    }

    // MARK: names

    func mangled(_ name: String) -> String { mangle(name, privateName: unit.scope.privateName) }

    /// Loads, stores or deletes a variable where the symbol table says it lives.
    func nameOp(_ rawName: String, _ context: ExprContext) throws(CompilerError) {
        let name = mangled(rawName)
        let scope = unit.scope
        let resolved = scope.symbol(named: name)?.scope ?? .none
        let isFunction = scope.kind.isFunctionLike
        enum Access { case fast, deref, global, name }
        let access: Access
        switch resolved {
        case .free, .cell: access = .deref
        case .local: access = isFunction ? .fast : .name
        case .globalImplicit: access = isFunction ? .global : .name
        case .globalExplicit: access = .global
        case .none: access = .name
        }
        switch access {
        case .fast:
            let index = unit.varname(name)
            unit.emit(context == .load ? .LOAD_FAST : context == .store ? .STORE_FAST : .DELETE_FAST, index)
        case .deref:
            guard let index = unit.derefIndex(name) else {
                throw CompilerError("internal: no cell for '\(name)' in \(unit.qualname)", line: Int(unit.location.lineno))
            }
            if context == .load {
                unit.emit(scope.kind == .class ? .LOAD_CLASSDEREF : .LOAD_DEREF, index)
            } else {
                unit.emit(context == .store ? .STORE_DEREF : .DELETE_DEREF, index)
            }
        case .global:
            switch context {
            case .load: unit.emit(.LOAD_GLOBAL, unit.cacheSlot(name))
            case .store: unit.emit(.STORE_GLOBAL, unit.name(name))
            case .del: unit.emit(.DELETE_GLOBAL, unit.name(name))
            }
        case .name:
            unit.emit(context == .load ? .LOAD_NAME : context == .store ? .STORE_NAME : .DELETE_NAME,
                      unit.name(name))
        }
    }

    func unsupported(_ what: String, _ range: SourceRange) -> CompilerError {
        CompilerError("not compiled yet: \(what)", line: Int(range.lineno))
    }
}

/// The docstring of a body: its first statement when that is a string constant.
func docstring(of body: [Stmt]) -> PyStringValue? {
    guard let first = body.first, case .expr(let value) = first.kind,
          case .constant(.str(let text), _) = value.kind else { return nil }
    return text
}

/// Whether a module or class body has an annotated assignment of its own
/// (looking into compound statements, not into nested functions or classes).
func hasAnnotations(_ body: [Stmt]) -> Bool {
    for statement in body {
        switch statement.kind {
        case .annAssign: return true
        case .for(_, _, let inner, let orelse, _), .asyncFor(_, _, let inner, let orelse, _),
             .while(_, let inner, let orelse), .if(_, let inner, let orelse):
            if hasAnnotations(inner) || hasAnnotations(orelse) { return true }
        case .with(_, let inner, _), .asyncWith(_, let inner, _):
            if hasAnnotations(inner) { return true }
        case .try(let inner, let handlers, let orelse, let finalbody),
             .tryStar(let inner, let handlers, let orelse, let finalbody):
            if hasAnnotations(inner) || hasAnnotations(orelse) || hasAnnotations(finalbody) { return true }
            if handlers.contains(where: { hasAnnotations($0.body) }) { return true }
        case .match(_, let cases):
            if cases.contains(where: { hasAnnotations($0.body) }) { return true }
        default: continue
        }
    }
    return false
}
