import XCTest

@testable import AnhingaRuntime

/// The value representation, strs, sequences and their reprs. Expected texts
/// are what python3 prints for the same expressions.
final class ObjectModelTests: XCTestCase {
    func testValueLayout() {
        let size = MemoryLayout<Value>.size
        let stride = MemoryLayout<Value>.stride
        print("MemoryLayout<Value>: size \(size), stride \(stride), alignment \(MemoryLayout<Value>.alignment)")
        print("MemoryLayout<Value?>: size \(MemoryLayout<Value?>.size); DictEntry stride \(MemoryLayout<DictEntry?>.stride)")
        print("MemoryLayout<PythonError>: size \(MemoryLayout<PythonError>.size)")
        XCTAssertGreaterThanOrEqual(size, 9)
        XCTAssertLessThanOrEqual(stride, 16)
        XCTAssertEqual(MemoryLayout<Value?>.size, size, "Optional<Value> uses a spare tag, no extra byte")
    }

    func testTypesAreOwnedByEachRuntime() {
        let first = Runtime()
        let second = Runtime()
        XCTAssertFalse(first.types.int === second.types.int)
        XCTAssertTrue(first.types.type.type === first.types.type, "type(type) is type")
        XCTAssertTrue(first.types.object.type === first.types.type)
        XCTAssertTrue(first.types.bool.isSubtype(of: first.types.int))
        XCTAssertTrue(first.types.exceptionType(.zeroDivisionError).isSubtype(of: first.types.exceptionType(.arithmeticError)))
        XCTAssertEqual(first.typeOf(.int(1)).name, "int")
        XCTAssertEqual(first.typeOf(.none).name, "NoneType")
    }

    func testRuntimeIsFreedWithItsTypes() {
        weak var intType: PyType?
        do {
            let rt = Runtime()
            intType = rt.types.int
        }
        XCTAssertNil(intType, "tear-down breaks the type/object cycle")
    }

    func testStrStorageAndIndexing() throws {
        let rt = Runtime()
        let ascii = rt.makeStr("hello")
        let latin1 = rt.makeStr("h\u{e9}llo")
        let wide = rt.makeStr("h\u{e9}llo w\u{f6}rld \u{20ac}")
        XCTAssertTrue(ascii.isASCII)
        guard case .latin1 = latin1.storage else { return XCTFail("Latin-1 text is stored in bytes") }
        guard case .ucs4 = wide.storage else { return XCTFail("wide text is stored in 4 bytes") }
        XCTAssertEqual(wide.count, 13)
        XCTAssertEqual(wide[12], 0x20AC)
        let s = Value.object(wide)
        func item(_ key: Value) throws -> String { try (rt.typeOf(s).slots.getItem?(rt, s, key)).map { try rt.str($0).string } ?? "" }
        XCTAssertEqual(try item(.object(rt.makeSlice(start: .none, stop: .none, step: .int(2)))), "hlowrd\u{20ac}")
        XCTAssertEqual(try item(.object(rt.makeSlice(start: .none, stop: .none, step: .int(-3)))), "\u{20ac}lwlh")
        XCTAssertEqual(try item(.object(rt.makeSlice(start: .int(1), stop: .int(100)))), "\u{e9}llo w\u{f6}rld \u{20ac}")
        XCTAssertEqual(try item(.int(-1)), "\u{20ac}")
        // A narrow slice of a wide string is stored narrow again.
        let narrowSlice = try rt.typeOf(s).slots.getItem?(rt, s, .object(rt.makeSlice(start: .int(0), stop: .int(3))))
        guard case .object(let slice as PyStr)? = narrowSlice, case .latin1 = slice.storage else {
            return XCTFail("slice should be Latin-1")
        }
        XCTAssertThrowsError(try item(.int(13))) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "string index out of range")
        }
    }

    func testStrReprCompareAndHash() throws {
        let rt = Runtime()
        XCTAssertEqual(try rt.repr(.object(rt.makeStr("a'b"))).string, "\"a'b\"")
        XCTAssertEqual(try rt.repr(.object(rt.makeStr(codePoints: [0x20AC, 0]))).string, "'\u{20ac}\\x00'")
        XCTAssertEqual(try rt.repr(.object(rt.makeStr(codePoints: [0xD800]))).string, "'\\ud800'")
        let abc = Value.object(rt.makeStr("abc"))
        XCTAssertTrue(try rt.isLess(abc, .object(rt.makeStr("abd"))))
        XCTAssertTrue(try rt.isLess(.object(rt.makeStr("z")), .object(rt.makeStr("\u{20ac}"))))
        XCTAssertTrue(try rt.isLess(.object(rt.makeStr("ab")), abc))
        XCTAssertTrue(try rt.equal(abc, .object(rt.concatenate(rt.makeStr("a"), rt.makeStr("bc")))))
        XCTAssertEqual(try rt.hash(abc), try rt.hash(.object(rt.makeStr("abc"))))
        XCTAssertTrue(rt.intern("name") === rt.intern("name"))
        XCTAssertEqual(try rt.str(rt.binary(.multiply, .object(rt.makeStr("ab")), .int(3))).string, "ababab")
        XCTAssertEqual(try rt.str(rt.binary(.add, abc, .object(rt.makeStr("\u{20ac}")))).string, "abc\u{20ac}")
        XCTAssertThrowsError(try rt.binary(.add, abc, .int(1))) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "can only concatenate str (not \"int\") to str")
        }
        XCTAssertThrowsError(try rt.binary(.add, .int(1), abc)) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "unsupported operand type(s) for +: 'int' and 'str'")
        }
    }

    func testSequenceReprAndHash() throws {
        let rt = Runtime()
        let dict = rt.makeDict()
        try dict.set(.object(rt.makeStr("k")), .object(rt.makeList([.none])), rt)
        let list = rt.makeList([.int(1), .object(rt.makeStr("a")), .object(rt.makeTuple([.int(2)])), .object(dict)])
        XCTAssertEqual(try rt.repr(.object(list)).string, "[1, 'a', (2,), {'k': [None]}]")
        XCTAssertEqual(try rt.repr(.object(rt.makeTuple([]))).string, "()")
        list.append(.object(list))
        XCTAssertEqual(try rt.repr(.object(list)).string, "[1, 'a', (2,), {'k': [None]}, [...]]")
        list.items.removeLast()  // break the cycle
        XCTAssertEqual(try rt.hash(.object(rt.makeTuple([.int(1), .int(2)]))), -3_550_055_125_485_641_917)
        XCTAssertEqual(try rt.hash(.object(rt.makeTuple([]))), 5_740_354_900_026_072_187)
        XCTAssertEqual(try rt.hash(.object(rt.makeTuple([.float(1.5), .int(-1)]))), -9_002_791_676_578_425_913)
        XCTAssertThrowsError(try rt.hash(.object(list))) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "unhashable type: 'list'")
        }
    }

    func testDeepReprRaisesRecursionError() {
        let rt = Runtime()
        var value = Value.object(rt.makeList())
        for _ in 0..<5000 { value = .object(rt.makeList([value])) }
        XCTAssertThrowsError(try rt.repr(value)) { error in
            XCTAssertEqual((error as? PythonError)?.kind, .recursionError)
            XCTAssertEqual((error as? PythonError)?.message(in: rt),
                           "maximum recursion depth exceeded while getting the repr of an object")
        }
    }

    func testExceptionObjects() throws {
        let rt = Runtime()
        let error = PythonError(.valueError, "negative shift count")
        let exception = error.exception(in: rt)
        XCTAssertEqual(exception.type.name, "ValueError")
        XCTAssertEqual(try rt.repr(.object(exception)).string, "ValueError('negative shift count')")
        XCTAssertEqual(try rt.str(.object(exception)).string, "negative shift count")
        let keyError = rt.keyError(.object(rt.makeStr("k")))
        XCTAssertEqual(keyError.message(in: rt), "'k'")
    }
}
