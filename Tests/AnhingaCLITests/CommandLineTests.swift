import XCTest
@testable import AnhingaCLI

/// The argument conventions of python3, and the driver run in process.
/// Expected texts come from running python3 (with its program name replaced).
final class CommandLineTests: XCTestCase {
    func testScriptAndItsArguments() {
        XCTAssertEqual(try parseCommandLine(["-q", "x.py", "-c", "y"]).get(),
                       .runFile(path: "x.py", arguments: ["-c", "y"], inspect: false))
        XCTAssertEqual(try parseCommandLine(["-i", "--", "-x.py"]).get(),
                       .runFile(path: "-x.py", arguments: [], inspect: true))
    }

    func testCommandAttachedOrSeparateAndInClusters() {
        XCTAssertEqual(try parseCommandLine(["-cprint(1)", "a"]).get(), .runCommand("print(1)", arguments: ["a"], inspect: false))
        XCTAssertEqual(try parseCommandLine(["-Eqc", "pass"]).get(), .runCommand("pass", arguments: [], inspect: false))
        XCTAssertEqual(try parseCommandLine(["-m", "json.tool", "f"]).get(), .runModule("json.tool", arguments: ["f"]))
        XCTAssertEqual(try parseCommandLine(["-W", "error", "-X", "dev", "-"]).get(),
                       .runStandardInput(arguments: [], inspect: false))
    }

    func testNoArgumentsIsInteractive() {
        XCTAssertEqual(try parseCommandLine([]).get(), .interactive)
        XCTAssertEqual(try parseCommandLine(["-V"]).get(), .version)
        XCTAssertEqual(try parseCommandLine(["-?"]).get(), .help)
    }

    func testUnknownOptionsAsPython() {
        let usage = "usage: anhinga [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `anhinga -h' for more information.\n"
        XCTAssertEqual(parseCommandLine(["--bogus"]), .failure(CommandLineError(message: "unknown option --bogus\n" + usage)))
        XCTAssertEqual(parseCommandLine(["-j"]), .failure(CommandLineError(message: "Unknown option: -j\n" + usage)))
        XCTAssertEqual(parseCommandLine(["-c"]), .failure(CommandLineError(message: "Argument expected for the -c option\n" + usage)))
    }

    func testASTViewOptionsAndDefaults() {
        XCTAssertEqual(try parseCommandLine(["--ast", "f.py"]).get(), .ast(ASTViewOptions(path: "f.py")))
        XCTAssertEqual(try parseCommandLine(["--ast", "-a", "-meval", "--indent=0", "--no-type-comments", "-"]).get(),
                       .ast(ASTViewOptions(mode: .eval, includeAttributes: true, indent: 0, typeComments: false, path: nil)))
        XCTAssertEqual(try parseCommandLine(["--ast", "-m", "func_type", "--mode", "single", "x"]).get(),
                       .ast(ASTViewOptions(mode: .single, path: "x")))
        guard case .failure(let error) = parseCommandLine(["--ast", "-m", "bogus"]) else { return XCTFail() }
        XCTAssertTrue(error.message.hasSuffix("anhinga --ast: error: argument -m/--mode: invalid choice: 'bogus' "
                                              + "(choose from 'exec', 'single', 'eval', 'func_type')\n"))
    }

    func testVersionAndHelpGoToStdout() {
        let context = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["--version"], context: context), 0)
        XCTAssertEqual(context.stdout.capturedText, versionLine)
        let help = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-h"], context: help), 0)
        for option in ["--tokens", "--ast", "--dis", "--trace", "-c cmd", "-m mod"] {
            XCTAssertTrue(help.stdout.capturedText.contains(option), option)
        }
    }

    func testSyntaxErrorInCommand() {
        let context = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-c", "x = (1 +\n 2) = 3"], context: context), 1)
        // python3 -c 'x = (1 +\n 2) = 3'
        XCTAssertEqual(context.stderr.capturedText,
                       "  File \"<string>\", line 1\n    x = (1 +\n         ^^\nSyntaxError: cannot assign to expression\n")
    }

    func testSyntaxErrorOnStandardInput() {
        let context = ProcessContext.captured(stdin: Array("if x\n  pass\n".utf8), currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-"], context: context), 1)
        XCTAssertEqual(context.stderr.capturedText,
                       "  File \"<stdin>\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n")
    }

    func testMissingScriptIsReportedWithAbsolutePath() {
        let context = ProcessContext.captured(currentDirectory: "/nonexistent-dir")
        XCTAssertEqual(runAnhinga(arguments: ["../x.py"], context: context), 2)
        XCTAssertEqual(context.stderr.capturedText,
                       "anhinga: can't open file '/nonexistent-dir/../x.py': [Errno 2] No such file or directory\n")
    }

    func testASTOfStandardInput() {
        let context = ProcessContext.captured(stdin: Array("x\n".utf8), currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["--ast", "-i", "-1"], context: context), 0)
        // printf 'x\n' | python3 -m ast -i -1
        XCTAssertEqual(context.stdout.capturedText,
                       "Module(\nbody=[\nExpr(\nvalue=Name(id='x', ctx=Load()))],\ntype_ignores=[])\n")
    }

    func testCommandRuns() {
        let context = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-c", "import sys; print('hi', sys.argv)"], context: context), 0)
        XCTAssertEqual(context.stdout.capturedText, "hi ['-c']\n")
        XCTAssertEqual(context.stderr.capturedText, "")
    }

    func testUncaughtExceptionPrintsTracebackAndExitsOne() {
        let context = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-c", "x = 1\nx + 'a'"], context: context), 1)
        // python3 -c 'x = 1\nx + "a"': no source line for <string>
        XCTAssertEqual(context.stderr.capturedText, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n"
                       + "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n")
    }

    func testSystemExitCodeAndMessage() {
        let quiet = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-c", "raise SystemExit(3)"], context: quiet), 3)
        XCTAssertEqual(quiet.stderr.capturedText, "")
        let message = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-c", "import sys; sys.exit('bye')"], context: message), 1)
        XCTAssertEqual(message.stderr.capturedText, "bye\n")
    }

    func testInputReadsStandardInput() {
        let context = ProcessContext.captured(stdin: Array("Ada\n".utf8), currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-c", "print('hello', input('name? '))"], context: context), 0)
        XCTAssertEqual(context.stdout.capturedText, "name? hello Ada\n")
    }

    func testCompileTimeErrorInCommandHasNoSourceLine() {
        let context = ProcessContext.captured(currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-c", "def f():\n    nonlocal x"], context: context), 1)
        // python3 -c 'def f():\n    nonlocal x': the compiler cannot read "<string>" back
        XCTAssertEqual(context.stderr.capturedText,
                       "  File \"<string>\", line 2\nSyntaxError: no binding for nonlocal 'x' found\n")
    }

    func testCompileTimeErrorOnStandardInput() {
        let context = ProcessContext.captured(stdin: Array("for x in y:\n    pass\nelse:\n    break\n".utf8),
                                              currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["-"], context: context), 1)
        XCTAssertEqual(context.stderr.capturedText, "  File \"<stdin>\", line 4\nSyntaxError: 'break' outside loop\n")
    }
}
