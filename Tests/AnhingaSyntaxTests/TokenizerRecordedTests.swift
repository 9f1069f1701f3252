import XCTest
@testable import AnhingaSyntax

struct RecordedError {
    var source: [UInt8]
    var kind: String
    var message: String
    var lineno: Int
    var offset: Int
    var endLineno: Int
    var endOffset: Int
}

struct RecordedTokens {
    var source: String
    var tokens: [String]
}

struct RecordedString {
    var source: String
    var expected: String
}

struct RecordedListing {
    var source: [UInt8]
    var stdout: String
    var stderr: String
    var exitCode: Int32
}

/// Tokens in the form the recorder writes: "TYPE text line,col" (col in characters).
func describeTokens(_ source: SourceBuffer) throws -> [String] {
    var tokenizer = Tokenizer(source)
    var result: [String] = []
    while true {
        let token = try tokenizer.next()
        let line = Int(token.range.lineno)
        let column = source.characterColumn(line: line, byteColumn: Int(token.range.colOffset))
        let text: String
        switch token.kind {
        case .newline, .indent, .dedent, .endMarker: text = ""
        default: text = source.text(of: token)
        }
        result.append("\(tokenTypeName(token.kind)) \(escapeForRecord(text)) \(line),\(column)")
        if token.kind == .endMarker { return result }
    }
}

/// The `tokenize` module's type name for a token kind.
func tokenTypeName(_ kind: TokenKind) -> String {
    switch kind {
    case .endMarker: return "ENDMARKER"
    case .name: return "NAME"
    case .number: return "NUMBER"
    case .string: return "STRING"
    case .newline: return "NEWLINE"
    case .indent: return "INDENT"
    case .dedent: return "DEDENT"
    case .comment: return "COMMENT"
    case .nl: return "NL"
    case .typeComment: return "TYPE_COMMENT"
    case .typeIgnore: return "TYPE_IGNORE"
    default: return kind.isKeyword ? "NAME" : "OP"
    }
}

/// The recorder writes token text through a Swift string literal; tabs and such stay as they are.
func escapeForRecord(_ text: String) -> String { text }

final class TokenizerRecordedTests: XCTestCase {
    func testErrorsMatchCPython() {
        checkErrors(recordedErrorCases, origin: .file)
    }

    func testCompileErrorsMatchCPython() {
        checkErrors(recordedCompileErrorCases, origin: .compileArgument)
    }

    private func checkErrors(_ cases: [RecordedError], origin: SourceOrigin) {
        var failures: [String] = []
        for (index, expected) in cases.enumerated() {
            let filename = "FILE"
            var got: SyntaxError?
            do {
                let buffer = try SourceBuffer(bytes: expected.source, filename: filename, origin: origin)
                var tokenizer = Tokenizer(buffer)
                while true {
                    let token = try tokenizer.next()
                    if token.kind == .endMarker { break }
                    // The parser decodes each string as it meets it.
                    if token.kind == .string { _ = try decodeStringToken(buffer, token) }
                }
            } catch {
                got = error
            }
            guard let error = got else {
                failures.append("#\(index) \(String(decoding: expected.source.prefix(40), as: UTF8.self).debugDescription): no error, expected \(expected.message)")
                continue
            }
            let actual = "\(error.kind.rawValue) \(error.message) \(error.lineno) \(error.offset) \(error.endLineno) \(error.endOffset)"
            let wanted = "\(expected.kind) \(expected.message) \(expected.lineno) \(expected.offset) \(expected.endLineno) \(expected.endOffset)"
            if actual != wanted {
                failures.append("#\(index) \(String(decoding: expected.source.prefix(40), as: UTF8.self).debugDescription)\n   got    \(actual)\n   wanted \(wanted)")
            }
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(cases.count) differ:\n" + failures.joined(separator: "\n"))
    }

    func testTokensMatchCPython() throws {
        for case let expected in recordedTokenCases {
            let got = try describeTokens(SourceBuffer(string: expected.source, filename: "<test>"))
            XCTAssertEqual(got, expected.tokens, "source: \(expected.source.debugDescription)")
        }
    }

    func testListingsMatchPythonTokenize() {
        for expected in recordedListingCases {
            let got = tokenizeModuleListing(expected.source, filename: "FILE")
            let name = String(decoding: expected.source, as: UTF8.self).debugDescription
            XCTAssertEqual(got.stdout, expected.stdout, name)
            XCTAssertEqual(got.stderr, expected.stderr, name)
            XCTAssertEqual(got.exitCode, expected.exitCode, name)
        }
    }

    func testStringLiteralsMatchCPython() throws {
        for expected in recordedStringCases {
            let buffer = SourceBuffer(string: expected.source, filename: "<test>")
            var tokenizer = Tokenizer(buffer)
            let token = try tokenizer.next()
            XCTAssertEqual(token.kind, .string, expected.source)
            let got: String
            do {
                let piece = try decodeStringToken(buffer, token)
                switch piece.content {
                case .string(let value): got = "value " + pythonReprForListing(value.codePoints)
                case .bytes(let value): got = "value " + bytesRepr(value)
                case .fString(let elements): got = "fstring " + renderFString(elements, buffer)
                }
            } catch {
                got = "error " + error.message
            }
            XCTAssertEqual(got, expected.expected, "source: \(expected.source)")
        }
    }
}

/// Renders f-string parts like the recorder renders a JoinedStr (expressions as their stripped source).
func renderFString(_ elements: [FStringElement], _ buffer: SourceBuffer) -> String {
    elements.map { element -> String in
        switch element {
        case .literal(let text): return "L" + pythonReprForListing(text.codePoints)
        case .field(let field):
            let source = String(decoding: buffer.bytes[field.expressionRange], as: UTF8.self)
            let trimmed = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            let spec = field.formatSpec.map { " spec[" + renderFString($0, buffer) + "]" } ?? ""
            return "F(\(trimmed) conv=\(field.conversion)\(spec))"
        }
    }.joined(separator: " ")
}

func bytesRepr(_ bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(0x27), hasDouble = bytes.contains(0x22)
    let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
    var out = "b" + String(UnicodeScalar(quote))
    for byte in bytes {
        switch byte {
        case quote, 0x5C: out += "\\" + String(UnicodeScalar(byte))
        case 0x09: out += "\\t"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x20..<0x7F: out += String(UnicodeScalar(byte))
        default: out += "\\x" + SourceDecoding.hex2(byte)
        }
    }
    return out + String(UnicodeScalar(quote))
}
