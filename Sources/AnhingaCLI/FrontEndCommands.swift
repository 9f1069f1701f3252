import AnhingaSyntax

/// `--tokens [file]`: the listing of `python3 -m tokenize file`, with its
/// stdout, stderr and exit status. The path is shown as given (tokenize
/// does not make it absolute).
func showTokens(path: String?, context: ProcessContext) -> Int32 {
    let raw: [UInt8]
    if let path {
        switch readFile(atPath: path) {
        case .success(let bytes):
            raw = bytes
        case .failure(let error):
            // tokenize's main reports an OSError as `error: <str(exception)>`, exit 1.
            context.stderr.write("error: \(error.description): \(pythonQuoted(path))\n")
            return 1
        }
    } else {
        raw = context.readStandardInput()
    }
    let listing = tokenizeModuleListing(raw, filename: path ?? "<stdin>")
    context.stdout.write(listing.stdout)
    context.stderr.write(listing.stderr)
    return listing.exitCode
}

/// `--ast [options] [file]`: `python3 -m ast` (indent 3, type comments on by
/// default). A syntax error is reported as `python3 FILE` reports it, not
/// with the traceback `python3 -m ast` would add around it.
func showAST(_ options: ASTViewOptions, context: ProcessContext) -> Int32 {
    let loaded: ViewSource
    switch loadViewSource(path: options.path, missingFile: .astView, context: context) {
    case .failed(let exitCode): return exitCode
    case .loaded(let view): loaded = view
    }
    let (source, displayName, lineSource) = (loaded.buffer, loaded.displayName, loaded.lineSource)
    let tree: Mod
    do {
        tree = try parse(source, mode: options.mode.parseMode, typeComments: options.typeComments)
    } catch {
        context.stderr.write(syntaxErrorReport(error, filename: displayName, lineSource: lineSource))
        return 1
    }
    context.stdout.write(dumpAST(tree, includeAttributes: options.includeAttributes, indent: max(0, options.indent)))
    context.stdout.write("\n")
    return 0
}

extension ASTModeName {
    var parseMode: ParseMode {
        switch self {
        case .exec: return .exec
        case .eval: return .eval
        case .single: return .single
        case .funcType: return .funcType
        }
    }
}
