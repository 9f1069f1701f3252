import XCTest
import AnhingaSyntax
@testable import AnhingaCompiler

/// Symbol tables and compile-time errors against what python3 recorded
/// (Scripts/record_symtable_tests.py writes SymbolTableRecorded.swift).
final class SymbolTableTests: XCTestCase {
    func testScopesMatchPythonSymtable() throws {
        for (source, expected) in recordedScopes {
            let buffer = SourceBuffer(string: source, filename: "snippet")
            let table: SymbolTable
            do {
                table = try checkProgram(try parse(buffer, mode: .exec), source: buffer)
            } catch {
                XCTFail("\(source.debugDescription): unexpected \(error)")
                continue
            }
            XCTAssertEqual(dump(table), expected, "symbol table of \(source.debugDescription)")
        }
    }

    func testCompileTimeErrorsMatchPython() {
        for case let (source, message, lineno, offset, endLineno, endOffset) in recordedErrors {
            let buffer = SourceBuffer(string: source, filename: "snippet")
            do {
                _ = try checkProgram(try parse(buffer, mode: .exec), source: buffer)
                XCTFail("\(source.debugDescription): no error, expected \(message)")
            } catch {
                let got = "\(error.message) \(error.lineno):\(error.offset)-\(error.endLineno):\(error.endOffset)"
                XCTAssertEqual(got, "\(message) \(lineno):\(offset)-\(endLineno):\(endOffset)",
                               "error of \(source.debugDescription)")
            }
        }
    }

    func testScopeLookupByNode() throws {
        let source = "def f(x):\n    return lambda: [x for _ in ()]\n"
        let buffer = SourceBuffer(string: source, filename: "snippet")
        let mod = try parse(buffer, mode: .exec)
        let table = try SymbolTable.build(mod, source: buffer)
        guard case .module(let body, _) = mod, let def = body.first,
              case .functionDef(_, _, let statements, _, _, _) = def.kind,
              let ret = statements.first, case .return(let value?) = ret.kind,
              case .lambda(_, let listComp) = value.kind else { return XCTFail("unexpected tree") }
        let function = try XCTUnwrap(table.scope(for: ScopeKey(range: def.range, kind: .function)))
        XCTAssertEqual(function.name, "f")
        XCTAssertEqual(function.symbol(named: "x")?.scope, .cell)
        let lambda = try XCTUnwrap(table.scope(for: ScopeKey(range: value.range, kind: .lambda)))
        XCTAssertEqual(lambda.symbol(named: "x")?.scope, .free)
        XCTAssertTrue(lambda.isNested)
        let comprehension = try XCTUnwrap(table.scope(for: ScopeKey(range: listComp.range,
                                                                     kind: .comprehension(.list))))
        XCTAssertEqual(comprehension.parameterNames, [".0"])
        XCTAssertEqual(comprehension.symbol(named: "x")?.scope, .free)
        XCTAssertEqual(table.children(of: table.module).map(\.name), ["f"])
        XCTAssertEqual(table.children(of: function).map(\.id), [lambda.id])
    }

    func testFunctionFlags() throws {
        let source = "async def a():\n    yield 1\ndef g(*args, **kw):\n    yield from args\nclass C:\n    def m(self): super()\n"
        let buffer = SourceBuffer(string: source, filename: "snippet")
        let table = try SymbolTable.build(try parse(buffer, mode: .exec), source: buffer)
        let scopes = table.children(of: table.module)
        XCTAssertEqual(scopes.map(\.name), ["a", "g", "C"])
        XCTAssertTrue(scopes[0].isAsyncGenerator)
        XCTAssertTrue(scopes[1].isGenerator && !scopes[1].isCoroutine)
        XCTAssertTrue(scopes[1].hasVarargs && scopes[1].hasVarKeywords)
        XCTAssertEqual(scopes[1].parameterNames, ["args", "kw"])
        XCTAssertTrue(scopes[2].needsClassClosure)
        XCTAssertEqual(table.children(of: scopes[2]).first?.symbol(named: "__class__")?.scope, .free)
    }

    func testManglingRules() {
        XCTAssertEqual(mangle("__x", privateName: "C"), "_C__x")
        XCTAssertEqual(mangle("__x", privateName: "__C"), "_C__x")
        XCTAssertEqual(mangle("__x__", privateName: "C"), "__x__")
        XCTAssertEqual(mangle("__x", privateName: "__"), "__x")
        XCTAssertEqual(mangle("__a.b", privateName: "C"), "__a.b")
        XCTAssertEqual(mangle("_x", privateName: "C"), "_x")
        XCTAssertEqual(mangle("__x", privateName: nil), "__x")
    }

    /// The dump format of Scripts/record_symtable_tests.py.
    private func dump(_ table: SymbolTable) -> String {
        var lines: [String] = []
        func visit(_ scope: Scope, _ depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            lines.append("\(indent)\(kindName(scope.kind)) \(scope.name)")
            for symbol in scope.symbols.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
                lines.append("\(indent)  \(symbol.name) \(symbol.scope.rawValue) \(symbol.flags.rawValue & 0x3DF)")
            }
            for child in table.children(of: scope) { visit(child, depth + 1) }
        }
        visit(table.module, 0)
        return lines.joined(separator: "\n")
    }

    private func kindName(_ kind: ScopeKind) -> String {
        switch kind {
        case .module: return "module"
        case .class: return "class"
        case .function, .lambda, .comprehension: return "function"
        case .annotation: return "annotation"
        }
    }
}
