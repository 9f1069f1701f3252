import AnhingaSyntax
import XCTest
@testable import AnhingaRuntime

/// The runtime driven as an embedder would: source in, output captured, errors as values.
final class InterpreterTests: XCTestCase {
    /// Runs `source` in a fresh runtime; its stdout, and the uncaught exception's report if any.
    private func run(_ source: String, input: String = "") -> (output: String, error: String?) {
        let output = CapturingOutput()
        let runtime = Runtime(standardOutput: output, standardInput: StringInput(input))
        // The test thread's stack is the main thread's 8 MB: keep deep recursion within half of it.
        runtime.setNativeStack(size: 4 << 20)
        do {
            let code = try runtime.compile(SourceBuffer(string: source, filename: "<test>"), filename: "<test>", mode: .exec)
            _ = try runtime.runModuleCode(code, globals: runtime.makeMainModule(filename: "<test>"))
            return (output.text, nil)
        } catch {
            return (output.text, runtime.formatUncaught(error.exception(in: runtime)))
        }
    }

    func testPrintsAndComputes() {
        XCTAssertEqual(run("print(2 ** 100, -7 // 2, 7 % -3, 0.1 + 0.2)").output,
                       "1267650600228229401496703205376 -4 -2 0.30000000000000004\n")
    }

    func testClosuresGeneratorsAndClasses() {
        let source = """
        def counter():
            n = 0
            def bump():
                nonlocal n
                n += 1
                return n
            return bump
        c = counter(); c(); print(c())
        def squares(k):
            yield from (i * i for i in range(k))
        print(list(squares(4)))
        class P:
            def __init__(self, x): self.x = x
            def __add__(self, o): return P(self.x + o.x)
            def __repr__(self): return f"P({self.x})"
        print(P(1) + P(2))
        """
        XCTAssertEqual(run(source).output, "2\n[0, 1, 4, 9]\nP(3)\n")
    }

    func testUncaughtExceptionReportHasNoSourceForStrings() {
        let result = run("def f(x):\n    return x[3]\nf([1])\n")
        XCTAssertEqual(result.error, """
        Traceback (most recent call last):
          File "<test>", line 3, in <module>
          File "<test>", line 2, in f
        IndexError: list index out of range

        """)
    }

    func testCaretsUnderTheFailingOperation() {
        let output = CapturingOutput()
        let runtime = Runtime(standardOutput: output)
        let text = "a = 1\nb = 'x'\nprint(a + b)\n"
        runtime.registerSource(filename: "prog.py", bytes: Array(text.utf8))
        do {
            let code = try runtime.compile(SourceBuffer(string: text, filename: "prog.py"), filename: "prog.py", mode: .exec)
            _ = try runtime.runModuleCode(code, globals: runtime.makeMainModule(filename: "prog.py"))
            XCTFail("expected a TypeError")
        } catch {
            XCTAssertEqual(runtime.formatUncaught(error.exception(in: runtime)), """
            Traceback (most recent call last):
              File "prog.py", line 3, in <module>
                print(a + b)
                      ~~^~~
            TypeError: unsupported operand type(s) for +: 'int' and 'str'

            """)
        }
    }

    func testInputComesFromTheHostStream() {
        XCTAssertEqual(run("name = input('who? ')\nprint('hi', name)", input: "Ada\n").output, "who? hi Ada\n")
    }

    func testFilesAreRefusedWithoutAFileSystem() {
        XCTAssertEqual(run("open('/etc/passwd')").error?.split(separator: "\n").last,
                       "PermissionError: [Errno 13] Permission denied: '/etc/passwd'")
    }

    func testRecursionLimitIsAnExceptionNotACrash() {
        let result = run("def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n")
        XCTAssertEqual(result.output, "maximum recursion depth exceeded\n")
    }

    func testSetsIterateInCPythonsOrder() {
        XCTAssertEqual(run("print({3, 1, 2}, {x * 7 for x in range(6)}, set('a') | {'a'})").output,
                       "{1, 2, 3} {0, 35, 7, 14, 21, 28} {'a'}\n")
    }

    func testTwoRuntimesShareNothing() {
        let first = Runtime()
        let second = Runtime()
        XCTAssertFalse(first.builtins === second.builtins)
        XCTAssertFalse(first.modules === second.modules)
    }
}
