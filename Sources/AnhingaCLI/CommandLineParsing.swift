/// Reads `anhinga`'s arguments (without the program name) the way python3
/// reads its own: options first, in clusters (`-qc CMD`), an option's value
/// attached or in the next argument; the first non-option is the script and
/// everything after it (or after `-c CMD` / `-m MOD`) belongs to the program.
/// A stage view (`--tokens`, `--ast`, ...) takes the rest of the line.
func parseCommandLine(_ arguments: [String]) -> Result<Invocation, CommandLineError> {
    var inspect = false
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        index += 1
        let rest = Array(arguments[index...])
        if argument == "-" {
            return .success(.runStandardInput(arguments: rest, inspect: inspect))
        }
        if argument == "--" {
            guard let script = rest.first else { break }
            return .success(.runFile(path: script, arguments: Array(rest.dropFirst()), inspect: inspect))
        }
        if argument.hasPrefix("--") {
            switch parseLongOption(argument, rest: rest) {
            case .success(let invocation): return .success(invocation)
            case .failure(let error): return .failure(error)
            }
        }
        guard argument.hasPrefix("-") else {
            return .success(.runFile(path: argument, arguments: rest, inspect: inspect))
        }
        // A cluster of one-letter options such as `-qi` or `-cprint(1)`.
        var letters = Substring(argument.dropFirst())
        while let letter = letters.first {
            letters = letters.dropFirst()
            if optionsTakingValue.contains(letter) {
                let value: String
                if !letters.isEmpty {
                    value = String(letters)
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    return .failure(usageError("Argument expected for the -\(letter) option"))
                }
                switch letter {
                case "c": return .success(.runCommand(value, arguments: Array(arguments[index...]), inspect: inspect))
                case "m": return .success(.runModule(value, arguments: Array(arguments[index...])))
                default: break  // -W and -X: warning and implementation options, for the runtime.
                }
                break
            }
            switch letter {
            case "h", "?": return .success(.help)
            case "V": return .success(.version)
            case "i": inspect = true
            case _ where acceptedFlags.contains(letter): continue
            case "x":
                return .failure(CommandLineError(message: "anhinga: option -x is not supported yet\n"))
            default:
                return .failure(usageError("Unknown option: -\(letter)"))
            }
        }
    }
    return .success(inspect ? .runStandardInput(arguments: [], inspect: true) : .interactive)
}

/// One-letter options that take a value (`-c cmd`, `-m mod`, `-W arg`, `-X opt`).
private let optionsTakingValue: Set<Character> = ["c", "m", "W", "X"]

/// Options python3 accepts that change nothing Anhinga can do yet (optimisation
/// level, bytecode files, site, environment, buffering, verbosity); accepted so
/// command lines written for python3 keep working.
private let acceptedFlags: Set<Character> = ["b", "B", "d", "E", "I", "O", "P", "q", "s", "S", "u", "v"]

private func parseLongOption(_ argument: String, rest: [String]) -> Result<Invocation, CommandLineError> {
    switch argument {
    case "--help": return .success(.help)
    case "--version": return .success(.version)
    case "--tokens", "--dis", "--trace":
        guard rest.count <= 1 else {
            return .failure(CommandLineError(message: "anhinga \(argument): error: unrecognized arguments: "
                                                + rest.dropFirst().joined(separator: " ") + "\n"))
        }
        let path = rest.first.flatMap { $0 == "-" ? nil : $0 }
        switch argument {
        case "--tokens": return .success(.tokens(path: path))
        case "--dis": return .success(.disassemble(path: path))
        default: return .success(.trace(path: path))
        }
    case "--ast":
        return parseASTViewOptions(rest).map { .ast($0) }
    case "--parse-bench":
        if rest.first == "--files-from" {
            guard rest.count >= 2 else {
                return .failure(CommandLineError(message: "anhinga --parse-bench: --files-from needs a path\n"))
            }
            return .success(.parseBench(paths: Array(rest.dropFirst(2)), fileList: rest[1]))
        }
        return .success(.parseBench(paths: rest, fileList: nil))
    default:
        return .failure(usageError("unknown option \(argument)"))
    }
}

/// python3's complaint about its command line: the problem, the usage line, a hint.
private func usageError(_ problem: String) -> CommandLineError {
    CommandLineError(message: problem + "\n" + shortUsage + "Try `anhinga -h' for more information.\n")
}

let shortUsage = "usage: anhinga [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
