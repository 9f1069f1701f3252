import Foundation
import XCTest

/// Runs every program under Tests/Conformance/ through `anhinga` and compares
/// stdout, stderr and exit status with what CPython 3.11 gave (recorded by
/// Scripts/record_conformance.py). Programs listed in
/// Tests/Conformance/expected_failures.txt may fail; one that passes while
/// listed fails the test too, so the list never goes stale.
final class ConformanceTests: XCTestCase {
    func testConformancePrograms() throws {
        let corpus = Corpus.repositoryRoot.appendingPathComponent("Tests/Conformance")
        let programs = try Corpus.programs(under: corpus)
        XCTAssertGreaterThan(programs.count, 0, "no conformance programs found under \(corpus.path)")
        let expectedFailures = try Corpus.expectedFailures(at: corpus.appendingPathComponent("expected_failures.txt"))
        let binary = try XCTUnwrap(AnhingaBinary.locate(), AnhingaBinary.notFoundMessage)

        var passed = 0
        var unexpectedFailures: [String] = []
        var unexpectedPasses: [String] = []
        for program in programs {
            let expected = try Corpus.expectedOutcome(of: program)
            let actual = try ProgramRunner.run(binary: binary, relativePath: program.relativePath,
                                               in: Corpus.repositoryRoot)
            let mismatch = describeMismatch(expected: expected, actual: actual)
            if mismatch == nil { passed += 1 }
            switch (mismatch, expectedFailures.contains(program.relativePath)) {
            case (nil, true):
                unexpectedPasses.append(program.relativePath)
            case (let difference?, false):
                unexpectedFailures.append(program.relativePath)
                XCTFail("\(program.relativePath) differs from CPython:\n\(difference)")
            default:
                break
            }
        }
        for path in unexpectedPasses {
            XCTFail("\(path) now passes: remove it from Tests/Conformance/expected_failures.txt")
        }
        let listedButMissing = expectedFailures.subtracting(programs.map(\.relativePath))
        for path in listedButMissing.sorted() {
            XCTFail("expected_failures.txt lists \(path), which does not exist")
        }
        print("\(passed)/\(programs.count) conformance programs pass"
              + " (\(expectedFailures.count) listed as expected failures, \(unexpectedFailures.count) unexpected failures)")
    }

    /// A readable account of how `actual` differs from `expected`, or nil if it does not.
    private func describeMismatch(expected: Outcome, actual: Outcome) -> String? {
        var parts: [String] = []
        if actual.exitStatus != expected.exitStatus {
            parts.append("exit status: expected \(expected.exitStatus), got \(actual.exitStatus)"
                         + (actual.exitStatus < 0 ? " (killed by signal \(-actual.exitStatus): a crash)" : ""))
        }
        if actual.stdout != expected.stdout {
            parts.append("stdout:\n" + unifiedLineDiff(expected: expected.stdout, actual: actual.stdout))
        }
        if actual.stderr != expected.stderr {
            parts.append("stderr:\n" + unifiedLineDiff(expected: expected.stderr, actual: actual.stderr))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }
}
