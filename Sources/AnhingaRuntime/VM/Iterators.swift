/// The iterators of the builtin containers and the iterator builtins
/// (`enumerate`, `zip`, `map`, …). Lists, tuples, strs and ranges get their
/// own cases (no closure call per item); the rest carry a Swift closure.
public final class PyIterator: PyObject {
    enum Source {
        case list(PyList)
        /// A list from the end: `index` is the next position, checked against the list's
        /// current length at each step (a list that shrinks ends the iteration).
        case reversedList(PyList)
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

    /// What FOR_ITER takes without a call: the next item of a list, tuple or range
    /// iterator, or its end; `.unknown` for every other source (`next` handles those).
    enum QuickStep {
        case item(Value)
        case end
        case unknown
    }

    @inline(__always)
    func quickStep() -> QuickStep {
        switch source {
        case .range(let start, let step, let count):
            guard index < count else { return .end }
            let value = start &+ step &* index
            index &+= 1
            return .item(.int(value))
        case .list(let list):
            guard index < list.items.count else {
                source = .exhausted
                return .end
            }
            index &+= 1
            return .item(list.items[index &- 1])
        case .tuple(let items):
            guard index < items.count else {
                source = .exhausted
                return .end
            }
            index &+= 1
            return .item(items[index &- 1])
        default:
            return .unknown
        }
    }

    func next(_ rt: Runtime) throws(PythonError) -> Value? {
        switch quickStep() {
        case .item(let item): return item
        case .end: return nil
        case .unknown: break
        }
        switch source {
        case .list, .tuple, .range:
            return nil  // answered by `quickStep`
        case .reversedList(let list):
            guard index >= 0 && index < list.items.count else {
                source = .exhausted
                return nil
            }
            index -= 1
            return list.items[index + 1]
        case .str(let text):
            guard index < text.count else {
                source = .exhausted
                return nil
            }
            index += 1
            return .object(rt.character(text, at: index - 1))
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
        case .list(let list), .reversedList(let list): body(list)
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

extension PyIterator {
    /// `__length_hint__`: how many items are left, where the source knows (nil otherwise).
    var remainingCount: Int? {
        switch source {
        case .list(let list): return max(0, list.items.count - index)
        case .reversedList(let list): return index >= 0 && index < list.items.count ? index + 1 : 0
        case .tuple(let items): return max(0, items.count - index)
        case .str(let text): return max(0, text.count - index)
        case .range(_, _, let count): return max(0, count - index)
        case .exhausted: return 0
        case .sequence, .native: return nil
        }
    }
}

extension Runtime {
    /// An iterator (of `type`, default the plain iterator type) whose items come from `body` (nil ends it).
    func makeIterator(of type: PyType? = nil, _ body: @escaping (Runtime) throws(PythonError) -> Value?) -> Value {
        .object(PyIterator(type: type ?? types.iterator, source: .native(body)))
    }
}

extension Runtime {
    /// `__length_hint__` of the iterators over the builtin sequences.
    func installIteratorLengthHints() {
        for type in [types.listIterator, types.listReverseIterator, types.tupleIterator, types.strIterator,
                     types.strASCIIIterator, types.rangeIterator] {
            defineMethod(type, "__length_hint__") { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "__length_hint__", 0, 0)
                let iterator = try rt.receiver(args, PyIterator.self, "__length_hint__", type.name)
                return .int(iterator.remainingCount ?? 0)
            }
        }
    }
}
