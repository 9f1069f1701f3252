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
}
