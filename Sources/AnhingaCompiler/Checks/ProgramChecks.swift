import AnhingaSyntax

/// Everything CPython checks between parsing a module and generating its code,
/// in CPython's order, so that of several errors the same one is reported:
/// 1. the future statements (`FutureFeatures.scan`),
/// 2. the symbol table (`SymbolTable.build`: scoping errors),
/// 3. the compiler's own checks (`'break' outside loop`, starred targets, patterns, ...).
/// Returns the symbol table, which code generation consumes.
public func checkProgram(_ mod: Mod, source: SourceBuffer) throws(SyntaxError) -> SymbolTable {
    let future = try FutureFeatures.scan(mod, source: source)
    var table = try SymbolTable.build(mod, source: source, futureAnnotations: future.annotations)
    let checker = CompileChecker(table: table, future: future, source: source)
    try checker.checkModule(mod)
    table.warnings = checker.warnings
    return table
}
