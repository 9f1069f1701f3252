import AnhingaSyntax

/// Whose words report a file that cannot be read.
enum MissingFileStyle {
    /// python3 running a script.
    case interpreter
    /// `python3 -m ast FILE`'s argument parser.
    case astView
}

/// A script read and decoded, or the exit status after its failure was reported.
enum ScriptLoad {
    /// `displayName` is the absolute path CPython shows in tracebacks.
    case loaded(SourceBuffer, displayName: String)
    case failed(exitCode: Int32)
}

/// Reads a script named on the command line and decodes it as python3 does,
/// reporting failures with python3's texts:
/// - a missing or unreadable file: `anhinga: can't open file '/abs/x.py': [Errno 2] No such file or directory`,
///   exit 2 (python3 prints its own path in place of `anhinga`);
/// - a directory: `anhinga: can't find '__main__' module in '/abs/dir'`, exit 1
///   (python3 would look for `__main__.py` in it; Anhinga has no import system yet);
/// - undecodable text: the SyntaxError, exit 1.
func loadScript(path: String, missingFile: MissingFileStyle = .interpreter, context: ProcessContext) -> ScriptLoad {
    let absolutePath = absoluteScriptPath(path, currentDirectory: context.currentDirectory)
    let raw: [UInt8]
    switch readFile(atPath: path) {
    case .success(let bytes):
        raw = bytes
    case .failure(let error) where missingFile == .astView:
        // argparse's FileType, which `python3 -m ast` uses to open its input.
        context.stderr.write(astUsage + "anhinga --ast: error: argument infile: can't open \(pythonQuoted(path)): "
                             + "\(error.description): \(pythonQuoted(path))\n")
        return .failed(exitCode: 2)
    case .failure(let error) where error.errno == EISDIRValue:
        context.stderr.write("anhinga: can't find '__main__' module in \(pythonQuoted(absolutePath))\n")
        return .failed(exitCode: 1)
    case .failure(let error):
        context.stderr.write("anhinga: can't open file \(pythonQuoted(absolutePath)): \(error.description)\n")
        return .failed(exitCode: 2)
    }
    do {
        return .loaded(try SourceBuffer(bytes: raw, filename: absolutePath), displayName: absolutePath)
    } catch {
        context.stderr.write(syntaxErrorReport(error, filename: absolutePath, lineSource: .scriptFile))
        return .failed(exitCode: 1)
    }
}

/// The program a stage view (`--ast`, `--dis`) reads: the named script, or
/// standard input when no path is given.
struct ViewSource {
    let buffer: SourceBuffer
    let displayName: String
    let lineSource: ErrorLineSource
}

enum ViewSourceLoad {
    case loaded(ViewSource)
    /// Already reported on stderr; the process exits with this status.
    case failed(exitCode: Int32)
}

func loadViewSource(path: String?, missingFile: MissingFileStyle = .interpreter,
                    context: ProcessContext) -> ViewSourceLoad {
    if let path {
        switch loadScript(path: path, missingFile: missingFile, context: context) {
        case .failed(let exitCode): return .failed(exitCode: exitCode)
        case .loaded(let buffer, let name):
            return .loaded(ViewSource(buffer: buffer, displayName: name, lineSource: .scriptFile))
        }
    }
    do {
        let buffer = try SourceBuffer(bytes: context.readStandardInput(), filename: "<stdin>")
        return .loaded(ViewSource(buffer: buffer, displayName: "<stdin>", lineSource: .stringOrStdin))
    } catch {
        context.stderr.write(syntaxErrorReport(error, filename: "<stdin>", lineSource: .stringOrStdin))
        return .failed(exitCode: 1)
    }
}
