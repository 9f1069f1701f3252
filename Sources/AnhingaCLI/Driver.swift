import AnhingaCompiler
import AnhingaSyntax

/// Runs `anhinga` with `arguments` (without the program name) in `context`
/// and returns the exit status. Everything the program writes goes through
/// `context`; the caller flushes it (main.swift does, on every path).
func runAnhinga(arguments: [String], context: ProcessContext) -> Int32 {
    let invocation: Invocation
    switch parseCommandLine(arguments) {
    case .success(let parsed):
        invocation = parsed
    case .failure(let error):
        // argparse prints `-h` help on stdout; every complaint goes to stderr.
        (error.exitCode == 0 ? context.stdout : context.stderr).write(error.message)
        return error.exitCode
    }

    switch invocation {
    case .help:
        context.stdout.write(helpText)
        return 0
    case .version:
        context.stdout.write(versionLine)
        return 0
    case .runFile(let path, let arguments, let inspect):
        if inspect { return checkThenStop(path: path, stage: .interactiveAfterRun, context: context) }
        switch loadScript(path: path, context: context) {
        case .failed(let exitCode):
            return exitCode
        case .loaded(let source, let displayName):
            return run(source, filename: displayName, lineSource: .scriptFile, arguments: [path] + arguments, context: context)
        }
    case .runCommand(let command, let arguments, let inspect):
        let source = SourceBuffer(string: command, filename: "<string>")
        if inspect {
            return compileThenStop(source, filename: "<string>", lineSource: .stringOrStdin,
                                   stage: .interactiveAfterRun, context: context)
        }
        return run(source, filename: "<string>", lineSource: .stringOrStdin, arguments: ["-c"] + arguments, context: context)
    case .runStandardInput(let arguments, let inspect):
        return runStandardInput(arguments: arguments.isEmpty ? [""] : ["-"] + arguments,
                                missing: inspect ? .interactiveAfterRun : nil, context: context)
    case .runModule:
        context.stderr.write("anhinga: -m needs the import system, which is not implemented yet\n")
        return 2
    case .interactive:
        if context.standardInputIsTerminal {
            context.stderr.write("anhinga: the interactive prompt is not implemented yet\n")
            return 2
        }
        return runStandardInput(arguments: [""], missing: nil, context: context)
    case .tokens(let path):
        return showTokens(path: path, context: context)
    case .ast(let options):
        return showAST(options, context: context)
    case .disassemble(let path):
        return showDisassembly(path: path, context: context)
    case .trace(let path):
        return checkThenStop(path: path, stage: .trace, context: context)
    case .parseBench(let paths, let fileList):
        return runParseBenchmark(paths: paths, fileList: fileList, context: context)
    }
}

/// The stage a command needs after parsing, which does not exist yet.
enum MissingStage {
    case interactiveAfterRun, trace

    var message: String {
        switch self {
        case .interactiveAfterRun: return "anhinga: -i (the interactive prompt after the program) is not implemented yet\n"
        case .trace: return "anhinga: --trace is not implemented yet\n"
        }
    }
}

/// Parses, checks and runs a program: syntax errors reported as python3 does, then the VM.
private func run(_ source: SourceBuffer, filename: String, lineSource: ErrorLineSource, arguments: [String],
                 context: ProcessContext) -> Int32 {
    let tree: Mod
    let table: SymbolTable
    let tokenizerWarnings: [TokenizerWarning]
    do {
        (tree, tokenizerWarnings) = try parseReportingWarnings(source, mode: .exec)
    } catch {
        context.stderr.write(syntaxErrorReport(error, filename: filename, lineSource: lineSource))
        return 1
    }
    do {
        table = try checkProgram(tree, source: source)
    } catch var error {
        // CPython reads a compile-time error's line back by file name, which fails for -c and stdin.
        if lineSource == .stringOrStdin { error.text = nil }
        context.stderr.write(syntaxErrorReport(error, filename: filename, lineSource: lineSource))
        return 1
    }
    // The tokenizer's warnings come first (CPython's parser reads all tokens before compiling).
    let warnings = tokenizerWarnings.map { ($0.lineno, $0.message) } + table.warnings.map { ($0.lineno, $0.message) }
    for (line, message) in warnings {
        context.stderr.write(syntaxWarningReport(message, line: line, filename: filename, source: source,
                                                 withLine: lineSource != .stringOrStdin))
    }
    return executeProgram(tree, table: table, source: source, filename: filename, arguments: arguments, context: context)
}

/// The program on standard input: run it, or (when `missing` names a stage that
/// does not exist yet) check it and say so.
private func runStandardInput(arguments: [String], missing: MissingStage?, context: ProcessContext) -> Int32 {
    let raw = context.readStandardInput()
    let source: SourceBuffer
    do {
        source = try SourceBuffer(bytes: raw, filename: "<stdin>")
    } catch {
        context.stderr.write(syntaxErrorReport(error, filename: "<stdin>", lineSource: .stringOrStdin))
        return 1
    }
    if let missing {
        return compileThenStop(source, filename: "<stdin>", lineSource: .stringOrStdin, stage: missing, context: context)
    }
    return run(source, filename: "<stdin>", lineSource: .stringOrStdin, arguments: arguments, context: context)
}

/// Reads and parses a script (standard input when `path` is nil), then says
/// which stage is missing. Exit 1 for a syntax error, 2 otherwise.
private func checkThenStop(path: String?, stage: MissingStage, context: ProcessContext) -> Int32 {
    guard let path else { return runStandardInput(arguments: [""], missing: stage, context: context) }
    switch loadScript(path: path, context: context) {
    case .failed(let exitCode):
        return exitCode
    case .loaded(let source, let displayName):
        return compileThenStop(source, filename: displayName, lineSource: .scriptFile,
                               stage: stage, context: context)
    }
}

private func compileThenStop(_ source: SourceBuffer, filename: String, lineSource: ErrorLineSource,
                             stage: MissingStage, context: ProcessContext) -> Int32 {
    if let error = frontEndError(source, lineSource: lineSource) {
        context.stderr.write(syntaxErrorReport(error, filename: filename, lineSource: lineSource))
        return 1
    }
    context.stderr.write(stage.message)
    return 2
}

/// Parses `source` and runs the checks CPython makes before generating code
/// (future statements, symbol table, compiler errors); the first error, if any.
private func frontEndError(_ source: SourceBuffer, lineSource: ErrorLineSource) -> SyntaxError? {
    let tree: Mod
    do {
        tree = try parse(source, mode: .exec)
    } catch {
        return error
    }
    do {
        _ = try checkProgram(tree, source: source)
        return nil
    } catch var error {
        // CPython reads the line of a compile-time error back from the file by
        // name, which fails for `-c` and standard input: no source line then.
        if lineSource == .stringOrStdin { error.text = nil }
        return error
    }
}

/// A SyntaxWarning as the warnings module prints it: `file:line: SyntaxWarning: message`,
/// then the line, stripped (not for -c and standard input, which it cannot read back).
func syntaxWarningReport(_ message: String, line: Int, filename: String, source: SourceBuffer, withLine: Bool) -> String {
    var text = "\(filename):\(line): SyntaxWarning: \(message)\n"
    if withLine {
        let lineText = source.lineText(line)
        let stripped = lineText.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
        let trimmed = stripped.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).reversed()
        if !trimmed.isEmpty { text += "  \(String(trimmed))\n" }
    }
    return text
}
