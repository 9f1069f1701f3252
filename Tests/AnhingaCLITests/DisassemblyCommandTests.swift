import XCTest
@testable import AnhingaCLI

/// `anhinga --dis`: the compiler's listing on stdout; syntax errors as python3 reports them.
final class DisassemblyCommandTests: XCTestCase {
    func testDisassemblesStandardInput() {
        let context = ProcessContext.captured(stdin: Array("x = 1\n".utf8), currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["--dis", "-"], context: context), 0)
        XCTAssertEqual(context.stdout.capturedText, """
              1           0 LOAD_CONST               0 (1)
                          1 STORE_NAME               0 (x)
                          2 LOAD_CONST               1 (None)
                          3 RETURN_VALUE

            """)
        XCTAssertEqual(context.stderr.capturedText, "")
    }

    func testSyntaxErrorStopsBeforeCompiling() {
        let context = ProcessContext.captured(stdin: Array("return 1\n".utf8), currentDirectory: "/tmp")
        XCTAssertEqual(runAnhinga(arguments: ["--dis", "-"], context: context), 1)
        XCTAssertEqual(context.stdout.capturedText, "")
        XCTAssertTrue(context.stderr.capturedText.hasSuffix("SyntaxError: 'return' outside function\n"))
    }
}
