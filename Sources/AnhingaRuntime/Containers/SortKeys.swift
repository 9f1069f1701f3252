/// Sorting keys that are all of one builtin kind: every int, every float, or every
/// plain str. Their comparison calls no Python code and cannot raise, so the sort
/// can move plain (key, position) pairs that own nothing: no reference count
/// changes while it runs, where sorting `Value`s retains and releases at every
/// comparison. CPython checks its keys' types before sorting for the same reason.
extension Runtime {
    /// The stable order of `keys` (positions into it), as `StableSort` would sort the
    /// keys themselves; nil when they are not all of one such kind. With `reverse`,
    /// equal keys keep their order, as `list.sort(reverse=True)` requires.
    func quickSortOrder(_ keys: [Value], reverse: Bool) -> [Int]? {
        guard let first = keys.first else { return [] }
        switch first {
        case .int:
            var pairs: [(key: Int, position: Int)] = []
            pairs.reserveCapacity(keys.count)
            for (position, key) in keys.enumerated() {
                guard case .int(let x) = key else { return nil }
                pairs.append((x, position))
            }
            return Self.stableOrder(&pairs, reverse: reverse) { $0.key < $1.key }
        case .float:
            var pairs: [(key: Double, position: Int)] = []
            pairs.reserveCapacity(keys.count)
            for (position, key) in keys.enumerated() {
                guard case .float(let x) = key else { return nil }
                pairs.append((x, position))
            }
            return Self.stableOrder(&pairs, reverse: reverse) { $0.key < $1.key }
        case .object:
            // Unretained: `keys` keeps every str alive until the sort is over.
            var pairs: [(key: Unmanaged<PyStr>, position: Int)] = []
            pairs.reserveCapacity(keys.count)
            for (position, key) in keys.enumerated() {
                guard case .object(let object) = key, Swift.type(of: object) == PyStr.self, object.type === types.str else { return nil }
                pairs.append((Unmanaged.passUnretained(unsafeDowncast(object, to: PyStr.self)), position))
            }
            return Self.stableOrder(&pairs, reverse: reverse) { a, b in
                a.key._withUnsafeGuaranteedRef { x in b.key._withUnsafeGuaranteedRef { y in x.compare(to: y) < 0 } }
            }
        default:
            return nil
        }
    }

    private static func stableOrder<Key>(_ pairs: inout [(key: Key, position: Int)], reverse: Bool,
                                         by isLess: ((key: Key, position: Int), (key: Key, position: Int)) -> Bool) -> [Int] {
        // Reversed before and after, as `sortList` does, so equal keys stay in order.
        if reverse { pairs.reverse() }
        try? StableSort.sort(&pairs) { (a, b) throws(PythonError) -> Bool in isLess(a, b) }
        if reverse { pairs.reverse() }
        return pairs.map(\.position)
    }
}
