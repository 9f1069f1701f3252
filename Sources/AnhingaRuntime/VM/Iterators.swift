/// The iterators of the builtin containers and the iterator builtins
/// (`enumerate`, `zip`, `map`, …). Lists, tuples, strs and ranges get their
/// own cases (no closure call per item); the rest carry a Swift closure.
public final class PyIterator: PyObject {
    enum Source {
        case list(PyList)
        case tuple([Value])
        case str(PyStr)
        case range(start: Int, step: Int, count: Int)
        /// The old sequence protocol: `__getitem__(0)`, `(1)`, … until IndexError.
        case sequence(Value)
        case native((Runtime) throws(PythonError) -> Value?)
        case exhausted
    }

    @exclusivity(unchecked) var source: Source
    @exclusivity(unchecked) var index = 0

    init(type: PyType, source: Source) {
        self.source = source
        super.init(type: type)
    }

    func next(_ rt: Runtime) throws(PythonError) -> Value? {
        switch source {
        case .list(let list):
            guard index < list.items.count else {
                source = .exhausted
                return nil
            }
            index += 1
            return list.items[index - 1]
        case .tuple(let items):
            guard index < items.count else {
                source = .exhausted
                return nil
            }
            index += 1
            return items[index - 1]
        case .str(let text):
            guard index < text.count else {
                source = .exhausted
                return nil
            }
            index += 1
            return .object(rt.character(text, at: index - 1))
        case .range(let start, let step, let count):
            guard index < count else { return nil }
            let value = start &+ step &* index
            index += 1
            return .int(value)
        case .sequence(let value):
            do throws(PythonError) {
                let item = try rt.getItem(value, .int(index))
                index += 1
                return item
            } catch {
                if let kind = error.kind, kind == .indexError || kind == .stopIteration {
                    source = .exhausted
                    return nil
                }
                throw error
            }
        case .native(let body):
            guard let item = try body(rt) else {
                source = .exhausted
                return nil
            }
            return item
        case .exhausted:
            return nil
        }
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        switch source {
        case .list(let list): body(list)
        case .tuple(let items): for case .object(let object) in items { body(object) }
        case .str(let text): body(text)
        case .sequence(.object(let object)): body(object)
        default: break
        }
    }
}

enum IteratorSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in a }
        slots.next = { (rt: Runtime, a: Value) throws(PythonError) -> Value? in
            try (a.object as? PyIterator)?.next(rt)
        }
        return slots
    }
}

extension Runtime {
    /// An iterator (of `type`, default the plain iterator type) whose items come from `body` (nil ends it).
    func makeIterator(of type: PyType? = nil, _ body: @escaping (Runtime) throws(PythonError) -> Value?) -> Value {
        .object(PyIterator(type: type ?? types.iterator, source: .native(body)))
    }
}
