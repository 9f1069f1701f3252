import AnhingaSyntax
import XCTest

/// One tree and the `ast.dump` texts python3 gave for it (Scripts/record_ast_tests.py).
struct RecordedDumpCase {
    let name: String
    let tree: Mod
    let expectations: [DumpExpectation]
}

struct DumpExpectation {
    let includeAttributes: Bool
    let indent: Int?
    let text: String
}

final class ASTDumpTests: XCTestCase {
    func testRecordedDumpsMatchPython() {
        for recorded in ASTDumpRecorded.cases {
            for expectation in recorded.expectations {
                let text = dumpAST(recorded.tree, includeAttributes: expectation.includeAttributes,
                                   indent: expectation.indent)
                XCTAssertEqual(text, expectation.text,
                               "\(recorded.name), attributes: \(expectation.includeAttributes), "
                               + "indent: \(expectation.indent.map(String.init) ?? "nil")")
            }
        }
    }

    /// A negative indent behaves like 0 (Python multiplies a string by it).
    func testNegativeIndentActsLikeZero() {
        let tree = Mod.expression(body: Expr(.name(id: "x", ctx: .load), range: .zero))
        XCTAssertEqual(dumpAST(tree, indent: -2), dumpAST(tree, indent: 0))
    }

    func testDeepNestingDumps() {
        // 200 levels, the parser's nesting limit: dumping must not exhaust the stack.
        var expression = Expr(.name(id: "x", ctx: .load), range: .zero)
        for _ in 0..<200 {
            expression = Expr(.unaryOp(op: .uSub, operand: expression), range: .zero)
        }
        let text = dumpAST(.expression(body: expression), indent: 1)
        XCTAssertTrue(text.hasPrefix("Expression(\n body=UnaryOp(\n  op=USub(),"))
    }

    func testDeepestTreeCPythonBuildsDumps() {
        // CPython 3.11 parses `a+a+...+a` with up to 2992 terms (then RecursionError):
        // a left-nested chain of 2991 BinOps must dump without exhausting the stack.
        let name = Expr(.name(id: "a", ctx: .load), range: .zero)
        var expression = name
        for _ in 1..<2992 {
            expression = Expr(.binOp(left: expression, op: .add, right: name), range: .zero)
        }
        let text = dumpAST(.expression(body: expression), includeAttributes: true)
        XCTAssertTrue(text.hasSuffix("end_col_offset=0))"))
        XCTAssertTrue(text.hasPrefix("Expression(body=BinOp(left=BinOp(left=BinOp("))
    }

    func testSimpleEnumsCarryPythonNames() {
        XCTAssertEqual(Operator.allCases.map(\.pythonName),
                       ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
                        "BitOr", "BitXor", "BitAnd", "FloorDiv"])
        XCTAssertEqual(CmpOp.allCases.map(\.pythonName),
                       ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"])
        XCTAssertEqual(ExprContext.allCases.map(\.pythonName), ["Load", "Store", "Del"])
        XCTAssertEqual(BoolOp.allCases.map(\.pythonName), ["And", "Or"])
        XCTAssertEqual(UnaryOp.allCases.map(\.pythonName), ["Invert", "Not", "UAdd", "USub"])
    }
}
