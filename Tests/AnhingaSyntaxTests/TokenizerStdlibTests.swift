import Foundation
import XCTest
@testable import AnhingaSyntax

/// The C-style tokenizer over the whole standard library, checked against the
/// tokens of the `tokenize` module (recorded by Scripts/tokenize_differential.py),
/// reduced to what both produce: no COMMENT/NL/ENCODING; NEWLINE, INDENT, DEDENT
/// and ENDMARKER compared by position only. Files where `tokenize` reports an
/// ERRORTOKEN or fails are skipped. Runs only with ANHINGA_STDLIB_DIFF=1 and
/// ANHINGA_STDLIB_EXPECTED=path-to-recording; also prints the tokenizing time.
final class TokenizerStdlibTests: XCTestCase {
    func testTokenizerAgreesWithTokenizeModule() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["ANHINGA_STDLIB_DIFF"] == "1", let recording = environment["ANHINGA_STDLIB_EXPECTED"] else {
            throw XCTSkip("set ANHINGA_STDLIB_DIFF=1 and ANHINGA_STDLIB_EXPECTED=<recording> to run")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: recording))
        let fields = data.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        var compared = 0, identical = 0, skipped = 0
        var differences: [String] = []
        var index = 0
        while index + 3 < fields.count {
            let path = fields[index], code = fields[index + 1], listing = fields[index + 2]
            index += 4
            if code != "0" || listing.contains("ERRORTOKEN") {
                skipped += 1
                continue
            }
            compared += 1
            let raw = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let expected = expectedTokens(listing)
            var got: [String] = []
            do {
                let buffer = try SourceBuffer(bytes: raw, filename: path)
                var tokenizer = Tokenizer(buffer)
                while true {
                    let token = try tokenizer.next()
                    got.append(describe(token, buffer))
                    if token.kind == .endMarker { break }
                }
            } catch {
                got.append("ERROR \(error.message) \(error.lineno)")
            }
            if got == expected {
                identical += 1
            } else {
                let firstDifference = (0..<min(got.count, expected.count)).first { got[$0] != expected[$0] } ?? min(got.count, expected.count)
                let mine = firstDifference < got.count ? got[firstDifference] : "<end>"
                let theirs = firstDifference < expected.count ? expected[firstDifference] : "<end>"
                differences.append("\(path): got \(mine) expected \(theirs)")
            }
        }
        print("tokenizer vs tokenize: \(identical)/\(compared) identical (\(skipped) skipped)")
        for line in differences.prefix(30) { print("DIFFERENT: \(line)") }
        XCTAssertEqual(identical, compared)
    }

    private func describe(_ token: Token, _ buffer: SourceBuffer) -> String {
        let line = Int(token.range.lineno)
        let column = buffer.characterColumn(line: line, byteColumn: Int(token.range.colOffset))
        let type = tokenTypeName(token.kind)
        switch token.kind {
        case .newline, .indent, .dedent, .endMarker:
            return "\(type) \(line),\(column)"
        default:
            let text = utf8CodePoints(buffer.slice(token)[...])
            return "\(type) \(pythonReprForListing(text)) \(line),\(column)"
        }
    }

    /// Tokens of a listing in the same form as `describe`.
    private func expectedTokens(_ listing: String) -> [String] {
        var result: [String] = []
        for line in listing.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let range = line[..<colon]
            let rest = line[line.index(after: colon)...].drop(while: { $0 == " " })
            let type = rest.prefix(while: { $0 != " " })
            var repr = rest.dropFirst(type.count).drop(while: { $0 == " " })
            while repr.last == " " { repr = repr.dropLast() }
            let parts = range.split(separator: "-")
            guard parts.count == 2 else { continue }
            let start = parts[0].split(separator: ",")
            let end = parts[1].split(separator: ",")
            guard start.count == 2, end.count == 2 else { continue }
            switch type {
            case "ENCODING", "COMMENT", "NL": continue
            case "INDENT": result.append("INDENT \(start[0]),\(end[1])")
            case "NEWLINE", "DEDENT", "ENDMARKER": result.append("\(type) \(start[0]),\(start[1])")
            default: result.append("\(type) \(repr) \(start[0]),\(start[1])")
            }
        }
        return result
    }

    /// Time to tokenize every file of the recording (meaningful in release builds).
    func testTokenizerSpeed() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["ANHINGA_STDLIB_DIFF"] == "1", let recording = environment["ANHINGA_STDLIB_EXPECTED"] else {
            throw XCTSkip("set ANHINGA_STDLIB_DIFF=1 and ANHINGA_STDLIB_EXPECTED=<recording> to run")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: recording))
        let fields = data.split(separator: 0, omittingEmptySubsequences: false)
        var files: [[UInt8]] = []
        var index = 0
        while index + 3 < fields.count {
            let path = String(decoding: fields[index], as: UTF8.self)
            files.append(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
            index += 4
        }
        let clock = ContinuousClock()
        var tokens = 0
        let elapsed = clock.measure {
            for raw in files {
                guard let buffer = try? SourceBuffer(bytes: raw, filename: "f") else { continue }
                var tokenizer = Tokenizer(buffer)
                while let token = try? tokenizer.next(), token.kind != .endMarker { tokens += 1 }
            }
        }
        print("tokenized \(files.count) files, \(tokens) tokens in \(elapsed)")
    }
}
