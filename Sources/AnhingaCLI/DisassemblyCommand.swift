import AnhingaCompiler
import AnhingaSyntax

/// `--dis [file]`: compiles the script and prints its bytecode, `python3 -m dis`
/// style (see `disassemble`). Code objects carry the path as given, as
/// `python3 -m dis` shows it. A syntax error is reported as python3 reports it
/// (exit 1); a construct the compiler cannot handle yet is named on stderr (exit 2).
func showDisassembly(path: String?, context: ProcessContext) -> Int32 {
    let loaded: ViewSource
    switch loadViewSource(path: path, context: context) {
    case .failed(let exitCode): return exitCode
    case .loaded(let view): loaded = view
    }
    let (source, displayName, lineSource) = (loaded.buffer, loaded.displayName, loaded.lineSource)
    let tree: Mod
    let table: SymbolTable
    do {
        tree = try parse(source, mode: .exec)
        table = try checkProgram(tree, source: source)
    } catch var error {
        if lineSource == .stringOrStdin { error.text = nil }
        context.stderr.write(syntaxErrorReport(error, filename: displayName, lineSource: lineSource))
        return 1
    }
    do {
        let code = try compileModule(tree, table: table, filename: path ?? "<stdin>")
        context.stdout.write(disassemble(code))
        return 0
    } catch {
        context.stderr.write("anhinga: cannot compile \(displayName): \(error.description)\n")
        return 2
    }
}
