/// What the command line asks for, once parsed (see `parseCommandLine`).
enum Invocation: Equatable {
    case help
    case version
    /// `anhinga [options] file.py [args...]`; `inspect` is `-i`.
    case runFile(path: String, arguments: [String], inspect: Bool)
    /// `-c CMD [args...]`
    case runCommand(String, arguments: [String], inspect: Bool)
    /// `-m MODULE [args...]`
    case runModule(String, arguments: [String])
    /// `-` or no script with a pipe on standard input.
    case runStandardInput(arguments: [String], inspect: Bool)
    /// No script and a terminal on standard input.
    case interactive
    /// Stage views; a nil path means standard input, as in `python3 -m tokenize`.
    case tokens(path: String?)
    case ast(ASTViewOptions)
    case disassemble(path: String?)
    case trace(path: String?)
    /// Hidden: tokenize and parse many files in one process and report the speed.
    case parseBench(paths: [String], fileList: String?)
}

/// The options of `python3 -m ast`, with its defaults.
struct ASTViewOptions: Equatable {
    var mode: ASTModeName = .exec
    var includeAttributes = false
    var indent = 3
    var typeComments = true
    var path: String?
}

/// The `-m/--mode` choices of `python3 -m ast`, in its order.
enum ASTModeName: String, CaseIterable, Equatable {
    case exec, single, eval
    case funcType = "func_type"
}

/// A command line that cannot be followed, with the text and exit status
/// python3 (or argparse, for the stage views) would give.
struct CommandLineError: Error, Equatable {
    var message: String
    var exitCode: Int32 = 2
}
