import XCTest
@testable import AnhingaSyntax

/// Type comments, trivia and sub-range tokenizing. Expected texts follow what
/// `ast.parse(src, type_comments=True)` reports for the same sources
/// (type_comment strings, TypeIgnore tags), recorded with python3 3.11.7.
final class TokenizerModeTests: XCTestCase {
    private func tokens(_ source: String, typeComments: Bool = false, trivia: Bool = false) throws -> [String] {
        let buffer = SourceBuffer(string: source, filename: "<test>")
        var tokenizer = Tokenizer(buffer, typeComments: typeComments, trivia: trivia)
        var result: [String] = []
        while true {
            let token = try tokenizer.next()
            let text = token.kind == .newline ? "" : buffer.text(of: token)
            result.append("\(tokenTypeName(token.kind)) \(text)")
            if token.kind == .endMarker { return result }
        }
    }

    func testTypeCommentTextIsWhatAstRecords() throws {
        // ast: type_comment='int'
        XCTAssertEqual(try tokens("x = 1  # type: int\n", typeComments: true),
                       ["NAME x", "OP =", "NUMBER 1", "TYPE_COMMENT int", "NEWLINE ", "ENDMARKER "])
        // ast: type_comment='int  ' (trailing blanks kept; no blank needed after '#' or ':')
        XCTAssertEqual(try tokens("x = 1  #type:int  \n", typeComments: true)[3], "TYPE_COMMENT int  ")
        // ast: TypeIgnore(tag='[misc]  ')
        XCTAssertEqual(try tokens("x = 1  # type: ignore[misc]  \n", typeComments: true)[3], "TYPE_IGNORE [misc]  ")
        // ast: type_comment='ignored' and 'ignoreé' (not ignores)
        XCTAssertEqual(try tokens("x = 1 # type: ignored\n", typeComments: true)[3], "TYPE_COMMENT ignored")
        XCTAssertEqual(try tokens("x = 1 # type: ignore\u{e9}\n", typeComments: true)[3], "TYPE_COMMENT ignore\u{e9}")
        // ast: TypeIgnore(tag=' # type: int')
        XCTAssertEqual(try tokens("x = 1 # type: ignore # type: int\n", typeComments: true)[3],
                       "TYPE_IGNORE  # type: int")
        // ast: type_comment='int # foo'
        XCTAssertEqual(try tokens("x = 1 # type:\tint # foo\n", typeComments: true)[3], "TYPE_COMMENT int # foo")
    }

    func testTypeCommentsOnTheirOwnLines() throws {
        // A type ignore alone on a line swallows its newline (ast: TypeIgnore(lineno=1), no error).
        XCTAssertEqual(try tokens("# type: ignore\nx = 1\n", typeComments: true),
                       ["TYPE_IGNORE ", "NAME x", "OP =", "NUMBER 1", "NEWLINE ", "ENDMARKER "])
        // A type comment alone on a line is followed by NEWLINE (ast: invalid syntax at 2:9, the comment's text).
        let source = "x = 1\n# type: int\ny = 2\n"
        let buffer = SourceBuffer(string: source, filename: "<test>")
        var tokenizer = Tokenizer(buffer, typeComments: true)
        var kinds: [TokenKind] = []
        var comment: Token?
        while true {
            let token = try tokenizer.next()
            kinds.append(token.kind)
            if token.kind == .typeComment { comment = token }
            if token.kind == .endMarker { break }
        }
        XCTAssertEqual(kinds, [.name, .equal, .number, .newline, .typeComment, .newline, .name, .equal, .number,
                               .newline, .endMarker])
        XCTAssertEqual(comment?.range, SourceRange(lineno: 2, colOffset: 8, endLineno: 2, endColOffset: 11))
        // Without the flag, comments are skipped.
        XCTAssertEqual(try tokens("x = 1  # type: int\n"), ["NAME x", "OP =", "NUMBER 1", "NEWLINE ", "ENDMARKER "])
    }

    func testTriviaMode() throws {
        XCTAssertEqual(try tokens("# c\nx = (1, # d\n 2)\n\n", trivia: true),
                       ["COMMENT # c", "NL \n", "NAME x", "OP =", "OP (", "NUMBER 1", "OP ,", "COMMENT # d", "NL \n",
                        "NUMBER 2", "OP )", "NEWLINE ", "NL \n", "ENDMARKER "])
    }

    func testSubrangeTokenizing() throws {
        // The expression of f'{ a +\n b }' at line 3.
        let source = "x = 1\ny = 2\nz = f'''{ a +\n b }'''\n"
        let buffer = SourceBuffer(string: source, filename: "<test>")
        let bytes = buffer.bytes
        guard let brace = bytes.firstIndex(of: UInt8(ascii: "{")), let close = bytes.firstIndex(of: UInt8(ascii: "}")) else {
            return XCTFail("no braces")
        }
        let lineStart = buffer.lineStartOffset(3)
        var tokenizer = Tokenizer(buffer, byteRange: (brace + 1)..<close, startLine: 3,
                                  startColumn: Int32(brace + 1 - lineStart))
        var described: [String] = []
        while true {
            let token = try tokenizer.next()
            let range = token.range
            described.append("\(tokenTypeName(token.kind)) \(buffer.text(of: token)) "
                             + "\(range.lineno),\(range.colOffset)-\(range.endLineno),\(range.endColOffset)")
            if token.kind == .endMarker { break }
        }
        XCTAssertEqual(described, ["NAME a 3,10-3,11", "OP + 3,12-3,13", "NAME b 4,1-4,2", "ENDMARKER  4,3-4,3"])
    }

    func testFStringFieldLocations() throws {
        // ast: Name 'b' at line 2, col 6 (python3 3.11.7).
        let source = "x = f'{a}' \\\n   f'{b}'\n"
        let buffer = SourceBuffer(string: source, filename: "<test>")
        var tokenizer = Tokenizer(buffer)
        var fields: [FStringField] = []
        while true {
            let token = try tokenizer.next()
            if token.kind == .endMarker { break }
            if token.kind == .string, case .fString(let elements) = try decodeStringToken(buffer, token).content {
                for case .field(let field) in elements { fields.append(field) }
            }
        }
        XCTAssertEqual(fields.map { "\($0.line),\($0.column)" }, ["1,7", "2,6"])
    }

    func testParenDepthAndKeywords() throws {
        let buffer = SourceBuffer(string: "match (a, [b]): _ = None and True\n", filename: "<test>")
        var tokenizer = Tokenizer(buffer)
        var depths: [Int] = []
        var kinds: [TokenKind] = []
        while true {
            let token = try tokenizer.next()
            depths.append(tokenizer.parenDepth)
            kinds.append(token.kind)
            if token.kind == .endMarker { break }
        }
        XCTAssertEqual(kinds, [.name, .lpar, .name, .comma, .lsqb, .name, .rsqb, .rpar, .colon, .name, .equal, .kwNone,
                               .kwAnd, .kwTrue, .newline, .endMarker])
        XCTAssertEqual(depths, [0, 1, 1, 1, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    }

    func testSourceBufferHelpers() throws {
        let buffer = try SourceBuffer(bytes: Array("# coding: latin-1\nx = '\u{e9}'\r\n".utf8.map { $0 }), filename: "f")
        XCTAssertEqual(buffer.encoding, "iso-8859-1")
        // The UTF-8 bytes of é were read as two latin-1 characters.
        XCTAssertEqual(buffer.lineText(2), "x = '\u{c3}\u{a9}'")
        XCTAssertEqual(buffer.characterColumn(line: 2, byteColumn: 9), 7)
        XCTAssertEqual(buffer.lineText(3), "")
        let bom = try SourceBuffer(bytes: [0xEF, 0xBB, 0xBF, 0x78], filename: "f")
        XCTAssertEqual(bom.encoding, "utf-8-sig")
        XCTAssertEqual(bom.bytes, [0x78, 0x0A])
    }
}

final class InvalidEscapeTests: XCTestCase {
    func testFirstInvalidEscapeMatchesCPythonWarnings() throws {
        // python3 -W always: the DeprecationWarning texts for each literal.
        let cases: [(String, String?)] = [
            (#"'\d\q'"#, #"\d"#), (#"b'\N{x}'"#, #"\N"#), (#"'\N{BULLET}\y'"#, #"\y"#), (#"'\\d'"#, nil),
            (#"r'\d'"#, nil), ("'\\\u{e9}'", nil),
        ]
        for (source, expected) in cases {
            let buffer = SourceBuffer(string: source, filename: "<test>")
            var tokenizer = Tokenizer(buffer)
            let piece = try decodeStringToken(buffer, try tokenizer.next())
            XCTAssertEqual(piece.firstInvalidEscape, expected, source)
        }
    }
}

final class CompileOriginTests: XCTestCase {
    /// compile(src, '<f>', 'exec') in python3 3.11.7: (msg, lineno, offset, end_lineno, end_offset).
    func testErrorsOfTextGivenToCompile() {
        let cases: [(String, String)] = [
            ("x=1\n\\", "unexpected EOF while parsing 2 2 2 -1"),
            ("\\\n", "unexpected EOF while parsing 1 2 1 -1"),
            ("x = \\\n", "unexpected EOF while parsing 1 6 1 -1"),
            ("x=1\nx\\", "unexpected EOF while parsing 2 3 2 -1"),
            ("if 1:\n  x\n y\n", "unindent does not match any outer indentation level 3 3 3 -1"),
            ("x = 1\0\n", "source code string cannot contain null bytes 0 0 0 0"),
            ("x = '\0'\n", "source code string cannot contain null bytes 0 0 0 0"),
        ]
        for (source, expected) in cases {
            let buffer = SourceBuffer(string: source, filename: "<f>")
            var tokenizer = Tokenizer(buffer)
            do {
                while try tokenizer.next().kind != .endMarker {}
                XCTFail("no error for \(source.debugDescription)")
            } catch {
                XCTAssertEqual("\(error.message) \(error.lineno) \(error.offset) \(error.endLineno) \(error.endOffset)",
                               expected, source.debugDescription)
            }
        }
    }
}

final class FStringExpressionErrorTests: XCTestCase {
    /// compile() in python3 3.11.7: tokenizer errors inside f-string expressions point into "(expression)".
    func testErrorsPointIntoTheParenthesizedExpression() throws {
        let cases: [(String, String)] = [
            ("x = f'{1_}'", "invalid decimal literal 1 3 1 3 (1_)"),
            ("x = f'{a \u{20ac}}'", "invalid character '\u{20ac}' (U+20AC) 1 4 1 4 (a \u{20ac})"),
            ("x = f'''{a +\n 0x}'''", "invalid hexadecimal literal 2 3 2 3  0x)"),
        ]
        for (source, expected) in cases {
            let buffer = SourceBuffer(string: source, filename: "<f>")
            var tokenizer = Tokenizer(buffer)
            var message = "no error"
            while true {
                let token = try tokenizer.next()
                if token.kind == .endMarker { break }
                guard token.kind == .string, case .fString(let elements) = try decodeStringToken(buffer, token).content
                else { continue }
                for case .field(let field) in elements {
                    var inner = Tokenizer(buffer, byteRange: field.expressionRange, startLine: field.line,
                                          startColumn: field.column)
                    do {
                        while try inner.next().kind != .endMarker {}
                    } catch {
                        message = "\(error.message) \(error.lineno) \(error.offset) \(error.endLineno) \(error.endOffset) "
                            + (error.text ?? "")
                    }
                }
            }
            XCTAssertEqual(message, expected, source)
        }
    }
}
