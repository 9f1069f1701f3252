import XCTest

@testable import AnhingaRuntime

/// The dict's hash table, the stable sort, and list behaviour.
final class ContainerTests: XCTestCase {
    func testDictKeepsInsertionOrderThroughDeletesAndResizes() throws {
        let rt = Runtime()
        let dict = rt.makeDict()
        for index in 0..<10_000 { try dict.set(.int(index), .int(index * 2), rt) }
        for index in stride(from: 0, to: 10_000, by: 3) { try dict.remove(.int(index), rt) }
        try dict.set(.int(0), .object(rt.makeStr("back")), rt)  // re-inserted: goes to the end
        XCTAssertEqual(dict.count, 6_667)
        let keys = dict.orderedEntries.map { entry -> Int in
            if case .int(let key) = entry.key { return key }
            return -1
        }
        XCTAssertEqual(Array(keys.prefix(4)), [1, 2, 4, 5])
        XCTAssertEqual(keys.last, 0)
        XCTAssertEqual(try dict.get(.int(9_998), rt).map { try rt.repr($0).string }, "19996")
        XCTAssertNil(try dict.get(.int(9_999), rt))
        XCTAssertEqual(try dict.get(.int(0), rt).map { try rt.repr($0).string }, "'back'")
    }

    func testEqualNumbersAreOneKey() throws {
        // {1: 'a', 1.0: 'b', True: 'c'} == {1: 'c'} in Python: the first key stays.
        let rt = Runtime()
        let dict = rt.makeDict()
        try dict.set(.int(1), .object(rt.makeStr("a")), rt)
        try dict.set(.float(1.0), .object(rt.makeStr("b")), rt)
        try dict.set(.bool(true), .object(rt.makeStr("c")), rt)
        XCTAssertEqual(try rt.repr(.object(dict)).string, "{1: 'c'}")
        let big = try IntText.parse(rt, Array("18446744073709551616".unicodeScalars.map(\.value)), base: 10, maximumDigits: 4300)
        try dict.set(big, .none, rt)
        XCTAssertNotNil(try dict.get(.float(18446744073709551616.0), rt), "hash(2**64) == hash(2.0**64)")
        XCTAssertThrowsError(try dict.set(.object(rt.makeList()), .none, rt)) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "unhashable type: 'list'")
        }
    }

    /// Keys whose `__hash__`/`__eq__` raise or mutate the dict.
    struct HostileHashing: KeyHashing {
        let rt: Runtime
        let dict: PyDict
        var failHash = false
        var failEqual = false
        let mutateOnEqual: Bool
        final class Counter { var calls = 0 }
        let counter = Counter()

        func hash(_ key: Value) throws(PythonError) -> Int {
            if failHash { throw PythonError(.typeError, "hash failed") }
            return 42  // every key collides: equality must be asked
        }

        func equal(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
            counter.calls += 1
            if failEqual { throw PythonError(.valueError, "eq failed") }
            if mutateOnEqual && counter.calls == 1 {
                try dict.set(.object(rt.makeTuple([.int(-1)])), .none, rt)  // changes the table mid-lookup
            }
            return try rt.equal(a, b)
        }
    }

    func testHashAndEqualityMayRaiseOrMutate() throws {
        let rt = Runtime()
        let dict = rt.makeDict()
        let first = Value.object(rt.makeTuple([.int(1)]))
        let second = Value.object(rt.makeTuple([.int(2)]))
        var hashing = HostileHashing(rt: rt, dict: dict, mutateOnEqual: false)
        try dict.set(first, .int(1), hashing)
        try dict.set(second, .int(2), hashing)
        XCTAssertGreaterThan(hashing.counter.calls, 0, "colliding tuple keys are compared by the context")
        hashing.failEqual = true
        XCTAssertThrowsError(try dict.get(.object(rt.makeTuple([.int(2)])), hashing)) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "eq failed")
        }
        hashing.failEqual = false
        hashing.failHash = true
        XCTAssertThrowsError(try dict.set(.int(3), .none, hashing))
        XCTAssertEqual(dict.count, 2, "a failed insertion changes nothing")

        let mutating = HostileHashing(rt: rt, dict: dict, mutateOnEqual: true)
        let found = try dict.get(.object(rt.makeTuple([.int(2)])), mutating)
        XCTAssertEqual(try found.map { try rt.repr($0).string }, "2", "the lookup restarts and still finds the key")
        XCTAssertEqual(dict.count, 3)
    }

    func testStableSortKeepsEqualItemsInOrder() throws {
        // Items i with key i / 10: equal keys must keep their original order.
        var values: [Value] = (0..<1000).map { .int(($0 * 7919) % 1000) }
        let original = values
        try StableSort.sort(&values) { (a, b) throws(PythonError) -> Bool in
            guard case .int(let x) = a, case .int(let y) = b else { return false }
            return x / 10 < y / 10
        }
        let expected = original.enumerated().sorted { lhs, rhs in
            guard case .int(let x) = lhs.element, case .int(let y) = rhs.element else { return false }
            return (x / 10, lhs.offset) < (y / 10, rhs.offset)
        }.map(\.element)
        XCTAssertTrue(zip(values, expected).allSatisfy { $0.isIdentical(to: $1) })
    }

    func testSortErrorPropagatesAndKeepsEveryItem() {
        var values: [Value] = (0..<500).map { .int(($0 * 37) % 500) }
        var comparisons = 0
        XCTAssertThrowsError(try StableSort.sort(&values) { (a, b) throws(PythonError) -> Bool in
            comparisons += 1
            if comparisons == 2_000 { throw PythonError(.typeError, "boom") }
            guard case .int(let x) = a, case .int(let y) = b else { return false }
            return x < y
        })
        let remaining = values.compactMap { value -> Int? in if case .int(let x) = value { return x } else { return nil } }
        XCTAssertEqual(remaining.sorted(), Array(0..<500))
    }

    func testListSortRaisesCPythonsTypeError() {
        // sorted([1, 'a']) -> TypeError: '<' not supported between instances of 'str' and 'int'
        let rt = Runtime()
        let list = rt.makeList([.int(1), .object(rt.makeStr("a"))])
        XCTAssertThrowsError(try rt.sortList(list)) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt),
                           "'<' not supported between instances of 'str' and 'int'")
        }
        XCTAssertEqual(list.count, 2)
        let numbers = rt.makeList([.int(3), .float(1.5), .bool(true), .int(-2)])
        XCTAssertNoThrow(try rt.sortList(numbers, reverse: true))
        XCTAssertEqual(try rt.repr(.object(numbers)).string, "[3, 1.5, True, -2]")
    }

    func testListIndexingAndSliceAssignment() throws {
        let rt = Runtime()
        let list = rt.makeList((0..<10).map { .int($0) })
        let value = Value.object(list)
        let slots = rt.types.list.slots
        try slots.setItem?(rt, value, .object(rt.makeSlice(start: .int(2), stop: .int(5))), .object(rt.makeList([.none])))
        XCTAssertEqual(try rt.repr(value).string, "[0, 1, None, 5, 6, 7, 8, 9]")
        try slots.setItem?(rt, value, .object(rt.makeSlice(start: .none, stop: .none, step: .int(2))), nil)
        XCTAssertEqual(try rt.repr(value).string, "[1, 5, 7, 9]")
        XCTAssertThrowsError(try slots.setItem?(rt, value, .int(4), Value.none)) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "list assignment index out of range")
        }
        XCTAssertThrowsError(try slots.getItem?(rt, value, .float(1))) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "list indices must be integers or slices, not float")
        }
        XCTAssertEqual(try rt.repr(rt.binary(.multiply, .int(2), .object(rt.makeTuple([.int(1)])))).string, "(1, 1)")
        XCTAssertThrowsError(try rt.binary(.multiply, value, .float(2))) { error in
            XCTAssertEqual((error as? PythonError)?.message(in: rt), "can't multiply sequence by non-int of type 'float'")
        }
    }
}
