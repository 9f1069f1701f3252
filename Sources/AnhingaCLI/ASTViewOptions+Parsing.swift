import AnhingaSyntax

/// Reads the options of the `--ast` view, which are those of `python3 -m ast`
/// (`[-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]`), with
/// argparse's spellings: `-m exec`, `-mexec`, `--mode exec`, `--mode=exec`.
func parseASTViewOptions(_ arguments: [String]) -> Result<ASTViewOptions, CommandLineError> {
    var options = ASTViewOptions()
    var index = 0
    var positionals: [String] = []
    while index < arguments.count {
        let argument = arguments[index]
        index += 1
        // Split `--mode=exec` and `-mexec` into the option and its value.
        var name = argument
        var attachedValue: String?
        if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
            name = String(argument[..<equals])
            attachedValue = String(argument[argument.index(after: equals)...])
        } else if argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 2 {
            name = String(argument.prefix(2))
            attachedValue = String(argument.dropFirst(2))
        }
        func value(_ display: String) -> Result<String, CommandLineError> {
            if let attachedValue { return .success(attachedValue) }
            guard index < arguments.count else {
                return .failure(astUsageError("argument \(display): expected one argument"))
            }
            index += 1
            return .success(arguments[index - 1])
        }
        switch name {
        case "-h", "--help":
            return .failure(CommandLineError(message: astHelp, exitCode: 0))
        case "-a", "--include-attributes":
            options.includeAttributes = true
        case "--no-type-comments":
            options.typeComments = false
        case "-m", "--mode":
            switch value("-m/--mode") {
            case .failure(let error): return .failure(error)
            case .success(let text):
                guard let mode = ASTModeName(rawValue: text) else {
                    let choices = ASTModeName.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                    return .failure(astUsageError(
                        "argument -m/--mode: invalid choice: \(pythonQuoted(text)) (choose from \(choices))"))
                }
                options.mode = mode
            }
        case "-i", "--indent":
            switch value("-i/--indent") {
            case .failure(let error): return .failure(error)
            case .success(let text):
                guard let indent = Int(text.trimmingSpaces()) else {
                    return .failure(astUsageError("argument -i/--indent: invalid int value: \(pythonQuoted(text))"))
                }
                options.indent = indent
            }
        default:
            if argument.hasPrefix("-") && argument != "-" {
                return .failure(astUsageError("unrecognized arguments: \(argument)"))
            }
            positionals.append(argument)
        }
    }
    guard positionals.count <= 1 else {
        return .failure(astUsageError("unrecognized arguments: " + positionals.dropFirst().joined(separator: " ")))
    }
    options.path = positionals.first.flatMap { $0 == "-" ? nil : $0 }
    return .success(options)
}

let astUsage = """
    usage: anhinga --ast [-h] [-m {exec,single,eval,func_type}]
                         [--no-type-comments] [-a] [-i INDENT]
                         [infile]

    """

private let astHelp = astUsage + """

    Print the abstract syntax tree of a Python file, as `python3 -m ast` does.

    positional arguments:
      infile                the file to parse; defaults to stdin

    options:
      -h, --help            show this help message and exit
      -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                            specify what kind of code must be parsed
      --no-type-comments    don't add information about type comments
      -a, --include-attributes
                            include attributes such as line numbers and column
                            offsets
      -i INDENT, --indent INDENT
                            indentation of nodes (number of spaces)

    """

func astUsageError(_ problem: String) -> CommandLineError {
    CommandLineError(message: astUsage + "anhinga --ast: error: \(problem)\n")
}

/// A string in Python's repr quotes, for messages that show one (`'x.py'`).
func pythonQuoted(_ text: String) -> String {
    pythonStringRepr(text)
}

extension String {
    /// Without leading and trailing ASCII whitespace (as Python's `int()` accepts).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
