/// Sorting keys that are all of one builtin kind: every int, every float, or every
/// plain str, or exact tuples (whose first items mostly decide). Their comparison
/// calls no Python code, so the sort can move plain (key, position) pairs that own
/// nothing: no reference count changes while it runs, where sorting `Value`s
/// retains and releases at every comparison. CPython checks its keys' types
/// before sorting for the same reason.
extension Runtime {
    /// The stable order of `keys` (positions into it), as `StableSort` would sort the
    /// keys themselves; nil when they are not all of one such kind. With `reverse`,
    /// equal keys keep their order, as `list.sort(reverse=True)` requires.
    func quickSortOrder(_ keys: [Value], reverse: Bool) throws(PythonError) -> [Int]? {
        guard let first = keys.first else { return [] }
        switch first {
        case .int:
            return try uniformOrder(keys, reverse: reverse, { if case .int(let x) = $0 { x } else { nil } }, by: <)
        case .float:
            return try uniformOrder(keys, reverse: reverse, { if case .float(let x) = $0 { x } else { nil } }, by: <)
        case .object(let object) where Swift.type(of: object) == PyTuple.self && object.type === types.tuple:
            return try tupleKeyOrder(keys, reverse: reverse)
        case .object:
            // Unretained: `keys` keeps every str alive until the sort is over.
            return try uniformOrder(keys, reverse: reverse, { if case .str(let x)? = quickKey($0) { x } else { nil } }) {
                QuickSortKey.compare($0, $1) < 0
            }
        default:
            return nil
        }
    }

    /// The order of keys that `extract` turns, every one, into a `Key` that owns nothing.
    @inline(__always)
    private func uniformOrder<Key>(_ keys: [Value], reverse: Bool, _ extract: (Value) -> Key?,
                                   by isLess: (Key, Key) -> Bool) throws(PythonError) -> [Int]? {
        var pairs: [(key: Key, position: Int)] = []
        pairs.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() {
            guard let plain = extract(key) else { return nil }
            pairs.append((plain, position))
        }
        return try Self.stableOrder(&pairs, reverse: reverse, position: { $0.position }) { isLess($0.key, $1.key) }
    }

    /// Exact tuples as keys (`key=lambda r: (r.name, -r.age)`, or sorting tuples
    /// themselves): their first two items, when of the quick kinds, decide most
    /// comparisons without a reference count change; a tie on both, or an item of
    /// another kind, is settled by the full tuple comparison. nil when some key is
    /// not an exact non-empty tuple.
    private func tupleKeyOrder(_ keys: [Value], reverse: Bool) throws(PythonError) -> [Int]? {
        var entries: [TupleSortKey] = []
        entries.reserveCapacity(keys.count)
        for key in keys {
            guard case .object(let object) = key, Swift.type(of: object) == PyTuple.self, object.type === types.tuple else { return nil }
            let items = unsafeDowncast(object, to: PyTuple.self).items
            guard let first = items.first else { return nil }
            entries.append(TupleSortKey(first: quickKey(first), second: items.count > 1 ? quickKey(items[1]) : nil,
                                        count: items.count, position: entries.count))
        }
        // The full comparison may run Python code (an item's `__lt__`), which sees the
        // same pairs in the same order as the general sort would show it.
        return try Self.stableOrder(&entries, reverse: reverse, position: { $0.position }) { (a, b) throws(PythonError) -> Bool in
            if let answer = TupleSortKey.quickLess(a, b) { return answer }
            return try self.isLess(keys[a.position], keys[b.position])
        }
    }

    private func quickKey(_ value: Value) -> QuickSortKey? {
        switch value {
        case .int(let x): return .int(x)
        case .float(let x): return .float(x)
        case .object(let object) where Swift.type(of: object) == PyStr.self && object.type === types.str:
            return .str(Unmanaged.passUnretained(unsafeDowncast(object, to: PyStr.self)))
        default: return nil
        }
    }

    /// The positions of `elements` once sorted stably. Reversed before and after, as
    /// `sortList` does, so equal keys stay in order under `reverse`.
    @inline(__always)
    private static func stableOrder<Element>(_ elements: inout [Element], reverse: Bool, position: (Element) -> Int,
                                             by isLess: (Element, Element) throws(PythonError) -> Bool) throws(PythonError) -> [Int] {
        if reverse { elements.reverse() }
        try StableSort.sort(&elements, by: isLess)
        if reverse { elements.reverse() }
        return elements.map(position)
    }
}

/// One tuple item of a quick kind, unretained (the keys array keeps it alive).
enum QuickSortKey {
    case int(Int)
    case float(Double)
    case str(Unmanaged<PyStr>)

    /// -1, 0 or 1 as `==` and `<` decide for the pair, or nil for two different
    /// kinds (an int and a float compare exactly only through the full comparison).
    /// A NaN is unequal to everything and less than nothing, as in a tuple comparison.
    static func order(_ a: QuickSortKey, _ b: QuickSortKey) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.float(let x), .float(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.str(let x), .str(let y)): return compare(x, y)
        default: return nil
        }
    }

    /// Code-point order of two unretained strs: -1, 0 or 1.
    static func compare(_ x: Unmanaged<PyStr>, _ y: Unmanaged<PyStr>) -> Int {
        x._withUnsafeGuaranteedRef { p in y._withUnsafeGuaranteedRef { q in p.compare(to: q) } }
    }
}

/// A tuple key as `tupleKeyOrder` sorts it: its first two items when quick, its length, its position.
struct TupleSortKey {
    let first: QuickSortKey?
    let second: QuickSortKey?
    let count: Int
    let position: Int

    /// `a < b` as the tuples compare, when the quick items decide it; nil otherwise.
    static func quickLess(_ a: TupleSortKey, _ b: TupleSortKey) -> Bool? {
        guard let x = a.first, let y = b.first, let firstOrder = QuickSortKey.order(x, y) else { return nil }
        if firstOrder != 0 { return firstOrder < 0 }
        if a.count == 1 || b.count == 1 { return a.count < b.count }
        guard let p = a.second, let q = b.second, let secondOrder = QuickSortKey.order(p, q) else { return nil }
        if secondOrder != 0 { return secondOrder < 0 }
        if a.count == 2 || b.count == 2 { return a.count < b.count }
        return nil
    }
}
