import XCTest

@testable import AnhingaRuntime

/// Brief decision 6: deep structures are freed without deep recursion, and
/// containers can enumerate and clear their references.
final class MemoryTests: XCTestCase {
    static let depth = 1_000_000

    func testMillionDeepNestedListIsFreedIteratively() {
        let rt = Runtime()
        weak var innermost: PyList?
        do {
            let first = rt.makeList()
            innermost = first
            var value = Value.object(first)
            for _ in 0..<Self.depth { value = .object(rt.makeList([value])) }
            _ = value
        }
        XCTAssertNil(innermost, "the whole chain was freed")
    }

    func testMillionDeepMixedChainIsFreedIteratively() throws {
        let rt = Runtime()
        weak var innermost: PyList?
        do {
            let first = rt.makeList()
            innermost = first
            var value = Value.object(first)
            for level in 0..<Self.depth {
                switch level % 3 {
                case 0: value = .object(rt.makeTuple([.int(level), value]))
                case 1:
                    let dict = rt.makeDict()
                    try dict.set(.int(level), value, rt)
                    value = .object(dict)
                default: value = .object(rt.makeList([value, .object(rt.makeStr("x"))]))
                }
            }
            _ = value
        }
        XCTAssertNil(innermost)
    }

    func testSharedChildrenSurvive() {
        let rt = Runtime()
        let shared = rt.makeList([.int(1)])
        do {
            var value = Value.object(shared)
            for _ in 0..<1000 { value = .object(rt.makeList([value, .object(shared)])) }
            _ = value
        }
        XCTAssertEqual(shared.count, 1, "a child referenced elsewhere is not emptied")
    }

    func testTraverseAndClear() throws {
        let rt = Runtime()
        let list = rt.makeList()
        list.append(.object(list))  // a cycle ARC cannot free
        var seen: [ObjectIdentifier] = []
        list.forEachReference { seen.append(ObjectIdentifier($0)) }
        XCTAssertEqual(seen, [ObjectIdentifier(list)])
        var dropped: [PyObject] = []
        list.moveReferences(into: &dropped)  // what a cycle collector would do
        XCTAssertEqual(list.count, 0)
        XCTAssertEqual(dropped.count, 1)
    }

    /// The evaluation loop reads an object out of a slot as bits (`withBorrowedObject`):
    /// the layout it relies on, and that the lent object is the one stored.
    func testBorrowedObjectIsTheStoredOne() {
        let rt = Runtime()
        XCTAssertEqual(MemoryLayout<Value>.size, 9)
        let slots = UnsafeMutablePointer<Value>.allocate(capacity: 3)
        defer {
            slots.deinitialize(count: 3)
            slots.deallocate()
        }
        let list = PyList(type: rt.types.list, items: [.int(1)])
        slots.initialize(to: .object(list))
        (slots + 1).initialize(to: .int(list.identity))  // the same bits, another case
        (slots + 2).initialize(to: .null)
        XCTAssertTrue(slots.withBorrowedObject { $0 === list } ?? false)
        XCTAssertNil((slots + 1).withBorrowedObject { _ in true })
        XCTAssertNil((slots + 2).withBorrowedObject { _ in true })
    }
}

