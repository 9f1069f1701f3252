import XCTest
import AnhingaSyntax
@testable import AnhingaCompiler

/// Expected listings sit beside their sources. The instruction set is
/// Anhinga's own, so these were written for it; `verifyCodeObject` checks
/// each one's jumps, handlers and stack depth independently.
final class DisassemblyTests: XCTestCase {
    func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let code = try compileForTest(source)
        XCTAssertEqual(disassemble(code), expected, file: file, line: line)
        for object in allCodeObjects(code) {
            XCTAssertEqual(verifyCodeObject(object), [], file: file, line: line)
        }
    }

    func testAssignmentAndCall() throws {
        try check("x = 1\nprint(x + 2)\n", """
              1           0 LOAD_CONST               0 (1)
                          1 STORE_NAME               0 (x)

              2           2 LOAD_NAME                1 (print)
                          3 PUSH_NULL
                          4 LOAD_NAME                0 (x)
                          5 LOAD_CONST               1 (2)
                          6 BINARY_OP                0 (+)
                          7 CALL                     1
                          8 POP_TOP
                          9 LOAD_CONST               2 (None)
                         10 RETURN_VALUE

            """)
    }

    func testForLoopJumpsAndBreak() throws {
        try check("for i in r:\n    if i:\n        break\nelse:\n    z = 0\n", """
              1           0 LOAD_NAME                0 (r)
                          1 GET_ITER
                    >>    2 FOR_ITER                 9 (to 9)
                          3 STORE_NAME               1 (i)

              2           4 LOAD_NAME                1 (i)
                          5 POP_JUMP_IF_FALSE        8 (to 8)

              3           6 POP_TOP
                          7 JUMP_FORWARD            11 (to 11)

              1     >>    8 JUMP_BACKWARD            2 (to 2)

              5     >>    9 LOAD_CONST               0 (0)
                         10 STORE_NAME               2 (z)
                    >>   11 LOAD_CONST               1 (None)
                         12 RETURN_VALUE

            """)
    }

    func testFunctionWithClosureAndMethodCall() throws {
        try check("def f(a, b=1):\n    def g():\n        return a.m(b)\n    return g\n", """
              1           0 LOAD_CONST               0 (1)
                          1 BUILD_TUPLE              1
                          2 LOAD_CONST               1 (<code object f at 0x0000, file "x.py", line 1>)
                          3 MAKE_FUNCTION            1 (defaults)
                          4 STORE_NAME               0 (f)
                          5 LOAD_CONST               2 (None)
                          6 RETURN_VALUE

            Disassembly of <code object f at 0x0000, file "x.py", line 1>:
              2           0 LOAD_CLOSURE             0 (a)
                          1 LOAD_CLOSURE             1 (b)
                          2 BUILD_TUPLE              2
                          3 LOAD_CONST               1 (<code object g at 0x0000, file "x.py", line 2>)
                          4 MAKE_FUNCTION            8 (closure)
                          5 STORE_FAST               2 (g)

              4           6 LOAD_FAST                2 (g)
                          7 RETURN_VALUE

            Disassembly of <code object g at 0x0000, file "x.py", line 2>:
              3           0 LOAD_DEREF               0 (a)
                          1 LOAD_METHOD              0 (m)
                          2 LOAD_DEREF               1 (b)
                          3 CALL                     1
                          4 RETURN_VALUE

            """)
    }

    func testTryExceptTable() throws {
        try check("try:\n    f()\nexcept E:\n    pass\n", """
              2           0 LOAD_NAME                0 (f)
                          1 PUSH_NULL
                          2 CALL                     0
                          3 POP_TOP
                          4 JUMP_FORWARD            17 (to 17)
                    >>    5 PUSH_EXC_INFO

              3           6 LOAD_NAME                1 (E)
                          7 CHECK_EXC_MATCH
                          8 POP_JUMP_IF_FALSE       13 (to 13)
                          9 POP_TOP

              4          10 NOP

              3          11 POP_EXCEPT
                         12 JUMP_FORWARD            17 (to 17)
                    >>   13 RERAISE                  0
                    >>   14 COPY                     3
                         15 POP_EXCEPT
                         16 RERAISE                  1
                    >>   17 LOAD_CONST               0 (None)
                         18 RETURN_VALUE
            ExceptionTable:
              0 to 3 -> 5 [0]
              5 to 10 -> 14 [1] lasti
              13 to 13 -> 14 [1] lasti

            """)
    }

    func testCodeFlagsAndCounts() throws {
        let code = try compileForTest("def f(a, /, b, *c, d, **e):\n    yield a\n")
        guard let function = code.nestedCode.first else { return XCTFail("no function") }
        XCTAssertEqual(function.argCount, 2)
        XCTAssertEqual(function.positionalOnlyArgCount, 1)
        XCTAssertEqual(function.keywordOnlyArgCount, 1)
        XCTAssertEqual(function.varnames, ["a", "b", "d", "c", "e"])
        XCTAssertEqual(function.flags, [.optimized, .newLocals, .varargs, .varKeywords, .generator])
        XCTAssertGreaterThan(function.maxStackDepth, 0)
    }

    /// As python3's `__qualname__` of each.
    func testQualifiedNames() throws {
        let code = try compileForTest("class C:\n    def m(self):\n        def g(): pass\n        return lambda: [x for x in ()]\n")
        XCTAssertEqual(allCodeObjects(code).map(\.qualname).sorted(),
                       ["<module>", "C", "C.m", "C.m.<locals>.<lambda>", "C.m.<locals>.<lambda>.<locals>.<listcomp>",
                        "C.m.<locals>.g"])
    }

    func testPositionsCoverOperators() throws {
        let code = try compileForTest("x = (a +\n     b)\n")
        guard let index = code.instructions.firstIndex(where: { $0.opcode == .BINARY_OP }) else {
            return XCTFail("no BINARY_OP")
        }
        let position = code.positions[index]
        XCTAssertEqual([position.line, position.column, position.endLine, position.endColumn], [1, 5, 2, 6])
    }

    /// Expected strings are python3's `ast.unparse` of each annotation.
    func testFutureAnnotationsAreUnparsedText() throws {
        let source = """
            from __future__ import annotations
            y: dict[str, list[int | None]] = {}
            def f(a: Callable[[int, str], Awaitable[T]], *b: tuple[int, ...], c: "Foo" = 1, **d: a.b.c[1:2, ::3]) -> (a or b) and not c:
                pass
            z: Literal[-1, 1.5, b'x', ~y] | (a if b else c)
            w: x < y <= z

            """
        let code = try compileForTest(source)
        let strings = Set(allCodeObjects(code).flatMap(\.constants).compactMap { constant -> String? in
            if case .str(let text) = constant { return text.string } else { return nil }
        })
        for expected in ["dict[str, list[int | None]]", "(a or b) and (not c)", "Literal[-1, 1.5, b'x', ~y] | (a if b else c)",
                         "x < y <= z", "Callable[[int, str], Awaitable[T]]", "tuple[int, ...]", "'Foo'", "a.b.c[1:2, ::3]"] {
            XCTAssertTrue(strings.contains(expected), expected)
        }
    }

    func testMatchTryStarAndAsyncComprehensionVerify() throws {
        let source = """
            match p:
                case 0 | 1 as x if x: pass
                case [a, *rest, b]: pass
                case {"k": v, **kw}: pass
                case Point(1, y=q): pass
                case _: pass
            try:
                f()
            except* ValueError as eg:
                g(eg)
            async def co():
                async with a as b:
                    return [x async for x in aiter() if await x]

            """
        for object in allCodeObjects(try compileForTest(source)) {
            XCTAssertEqual(verifyCodeObject(object), [], object.qualname)
        }
    }

    func testBytecodeDocumentNamesEveryOpcode() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/bytecode.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for opcode in Opcode.allCases {
            XCTAssertTrue(text.contains("| `\(opcode.name)` |"), "\(opcode.name) is not in docs/bytecode.md")
        }
    }
}
