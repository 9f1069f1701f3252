import XCTest
@testable import AnhingaSyntax

/// One source with the tree (or the SyntaxError) CPython 3.11's `ast.parse` gave
/// for it; recorded by Scripts/record_parser_tests.py.
struct RecordedParserCase {
    enum Expected {
        case tree(String)
        case error(kind: String, message: String, lineno: Int, offset: Int, endLineno: Int, endOffset: Int)
    }

    var source: [UInt8]
    var mode: String
    var typeComments: Bool
    var expected: Expected
}

final class ParserRecordedTests: XCTestCase {
    private func parseMode(_ name: String) -> ParseMode {
        switch name {
        case "eval": return .eval
        case "single": return .single
        case "func_type": return .funcType
        default: return .exec
        }
    }

    func testTreesAndErrorsMatchCPython() {
        XCTAssertGreaterThan(recordedParserCases.count, 60)
        for recorded in recordedParserCases {
            let label = String(decoding: recorded.source.prefix(60), as: UTF8.self)
            let result: Result<Mod, SyntaxError> = Result { () throws(SyntaxError) -> Mod in
                let source = try SourceBuffer(bytes: recorded.source, filename: "<case>", origin: .compileArgument)
                return try parse(source, mode: parseMode(recorded.mode), typeComments: recorded.typeComments)
            }
            switch (recorded.expected, result) {
            case (.tree(let expected), .success(let tree)):
                XCTAssertEqual(dumpAST(tree, includeAttributes: true, indent: 1), expected, "tree of \(label)")
            case let (.error(kind, message, lineno, offset, endLineno, endOffset), .failure(error)):
                XCTAssertEqual(error.kind.rawValue, kind, "error kind for \(label)")
                XCTAssertEqual(error.message, message, "error message for \(label)")
                XCTAssertEqual([error.lineno, error.offset, error.endLineno, error.endOffset],
                               [lineno, offset, endLineno, endOffset], "error location for \(label)")
            case (.tree, .failure(let error)):
                XCTFail("\(label): CPython parses it, Anhinga says \(error.kind.rawValue): \(error.message)")
            case (.error(_, let message, _, _, _, _), .success):
                XCTFail("\(label): CPython says \(message), Anhinga parses it")
            }
        }
    }
}
