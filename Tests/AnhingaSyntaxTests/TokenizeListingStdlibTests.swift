import Foundation
import XCTest
@testable import AnhingaSyntax

/// Differential check of `tokenizeModuleListing` against `python3 -m tokenize`
/// over every .py file of the standard library. Slow, so it only runs with
/// ANHINGA_STDLIB_DIFF=1. Set ANHINGA_STDLIB_EXPECTED=path to reuse a recording.
final class TokenizeListingStdlibTests: XCTestCase {
    func testWholeStandardLibrary() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["ANHINGA_STDLIB_DIFF"] == "1" else {
            throw XCTSkip("set ANHINGA_STDLIB_DIFF=1 to compare with python3 over the standard library")
        }
        let recording: String
        if let given = environment["ANHINGA_STDLIB_EXPECTED"], FileManager.default.fileExists(atPath: given) {
            recording = given
        } else {
            recording = NSTemporaryDirectory() + "anhinga-tokenize-expected-\(getpid())"
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Scripts/tokenize_differential.py").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script, "expected", recording]
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: recording))
        let fields = data.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        var identical = 0
        var total = 0
        var different: [String] = []
        var index = 0
        let clock = ContinuousClock()
        var listingTime = Duration.zero
        while index + 3 < fields.count {
            let path = fields[index], code = Int32(fields[index + 1]) ?? -1
            let stdout = fields[index + 2], stderr = fields[index + 3]
            index += 4
            total += 1
            let raw = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            var got: (stdout: String, stderr: String, exitCode: Int32) = ("", "", 0)
            listingTime += clock.measure { got = tokenizeModuleListing(raw, filename: path) }
            if got.stdout == stdout && got.stderr == stderr && got.exitCode == code {
                identical += 1
            } else {
                different.append(path)
            }
        }
        print("tokenize listing: \(identical)/\(total) identical (listing time \(listingTime))")
        for path in different.prefix(40) { print("DIFFERENT: \(path)") }
        XCTAssertEqual(identical, total)
    }
}
