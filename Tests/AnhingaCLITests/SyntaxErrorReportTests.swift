import XCTest
@testable import AnhingaCLI
import AnhingaSyntax

final class SyntaxErrorReportTests: XCTestCase {
    /// Every recorded case prints exactly as CPython's printer printed it.
    func testMatchesCPythonPrinter() {
        var mismatches = 0
        for (error, lineSource, expected) in recordedErrorReports {
            let report = syntaxErrorReport(error, filename: "f", lineSource: lineSource)
            if report != expected {
                mismatches += 1
                if mismatches <= 10 {
                    XCTFail("\(error) \(lineSource):\nexpected \(expected.debugDescription)\n     got \(report.debugDescription)")
                }
            }
        }
        XCTAssertEqual(mismatches, 0, "\(mismatches)/\(recordedErrorReports.count) reports differ")
    }

    func testErrorWithoutLocationIsOnlyItsMessage() {
        let error = SyntaxError(.syntaxError, "encoding problem: bogus", lineno: 0, offset: -1)
        XCTAssertEqual(syntaxErrorReport(error, filename: "/x.py", lineSource: .scriptFile),
                       "SyntaxError: encoding problem: bogus\n")
    }

    func testParserStackOverflowIsBareMemoryError() {
        let error = SyntaxError(.memoryError, "", lineno: 0, offset: 0)
        XCTAssertEqual(syntaxErrorReport(error, filename: "/x.py", lineSource: .scriptFile), "MemoryError\n")
    }
}
