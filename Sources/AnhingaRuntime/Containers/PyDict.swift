/// How a dict hashes and compares keys. Python's `__hash__` and `__eq__` may
/// raise, so both throw; `Runtime` is the real one (it calls the type slots),
/// tests supply their own. Generic, never existential: specialised away.
public protocol KeyHashing {
    func hash(_ key: Value) throws(PythonError) -> Int
    func equal(_ a: Value, _ b: Value) throws(PythonError) -> Bool
}

/// One key/value pair of a dict, with the key's hash kept so that resizing
/// never calls Python code.
public struct DictEntry {
    public let hash: Int
    public let key: Value
    public var value: Value
}

/// A Python `dict`: Anhinga's own insertion-ordered hash table.
///
/// The layout is the compact one of CPython 3.6+:
/// * `entries` holds the pairs in insertion order; a deleted pair leaves a nil
///   hole (so iteration order survives deletion) until the next resize compacts;
/// * `indices` is the open-addressing table, a power of two long, each slot
///   `empty`, `deleted` (a tombstone keeps probe chains intact) or the position
///   of an entry. Slots are 4 bytes, entries 40: a sparse table stays small.
///
/// Lookups compare by identity first, then take fast paths for str and int
/// keys, and only then call `KeyHashing.equal`. Python code run by that call
/// may change the dict; no Swift access is held across it, and a lookup that
/// sees `version` move restarts, as CPython's does.
public final class PyDict: PyObject {
    static let empty: Int32 = -1
    static let deleted: Int32 = -2
    static let minimumTableSize = 8

    @exclusivity(unchecked) var entries: [DictEntry?] = []
    @exclusivity(unchecked) var indices = [Int32](repeating: PyDict.empty, count: PyDict.minimumTableSize)
    /// Live pairs (entries minus holes).
    @exclusivity(unchecked) public private(set) var count = 0
    /// Changes on every insertion, deletion and resize.
    @exclusivity(unchecked) private(set) var version: UInt64 = 0

    override init(type: PyType) {
        super.init(type: type)
    }

    /// Entries the table may hold before it grows: two thirds of its slots.
    private var usableSize: Int { indices.count * 2 / 3 }

    // MARK: Look-up

    /// Where `key` is: its slot in `indices` and entry position, or nil with the
    /// slot where it would go (the first tombstone on its chain, else the empty slot).
    private func find<H: KeyHashing>(_ key: Value, hash: Int, _ hashing: H)
        throws(PythonError) -> (slot: Int, entry: Int?)
    {
        restart: while true {
            let startVersion = version
            let mask = UInt(indices.count - 1)
            var perturb = UInt(bitPattern: hash)
            var slot = UInt(bitPattern: hash) & mask
            var firstDeleted: Int? = nil
            while true {
                let position = Int(indices[Int(slot)])
                if position == Int(PyDict.empty) { return (firstDeleted ?? Int(slot), nil) }
                if position == Int(PyDict.deleted) {
                    if firstDeleted == nil { firstDeleted = Int(slot) }
                } else if let entry = entries[position], entry.hash == hash {
                    switch Self.fastEquality(entry.key, key) {
                    case .some(true): return (Int(slot), position)
                    case .some(false): break
                    case .none:
                        let equal = try hashing.equal(entry.key, key)
                        if version != startVersion { continue restart }
                        if equal { return (Int(slot), position) }
                    }
                }
                // CPython's probe: mixes in the high bits of the hash over time.
                // Wrapping arithmetic is intended (hash mixing, not counting).
                perturb >>= 5
                slot = (slot &* 5 &+ perturb &+ 1) & mask
            }
        }
    }

    /// Equality decided without calling Python code, or nil when it must be asked.
    @inline(__always)
    static func fastEquality(_ stored: Value, _ key: Value) -> Bool? {
        switch (stored, key) {
        case (.int(let a), .int(let b)): return a == b
        case (.object(let a), .object(let b)):
            if a === b { return true }
            if let x = a as? PyStr, let y = b as? PyStr { return x.hasSameText(as: y) }
            return nil
        default:
            return stored.isIdentical(to: key) ? true : nil
        }
    }

    // MARK: Operations

    /// `d[key]`, or nil when absent.
    public func get<H: KeyHashing>(_ key: Value, _ hashing: H) throws(PythonError) -> Value? {
        let hash = try hashing.hash(key)
        guard let position = try find(key, hash: hash, hashing).entry else { return nil }
        return entries[position]?.value
    }

    /// `d[key] = value`.
    public func set<H: KeyHashing>(_ key: Value, _ value: Value, _ hashing: H) throws(PythonError) {
        let hash = try hashing.hash(key)
        let (slot, existing) = try find(key, hash: hash, hashing)
        if let existing, entries[existing] != nil {
            entries[existing]?.value = value  // keeps the original key, as Python does
            version &+= 1  // look-up caches (LOAD_GLOBAL) remember values, not just keys
            return
        }
        if entries.count >= usableSize {
            try grow()
            let (newSlot, _) = try find(key, hash: hash, hashing)
            insert(DictEntry(hash: hash, key: key, value: value), at: newSlot)
        } else {
            insert(DictEntry(hash: hash, key: key, value: value), at: slot)
        }
    }

    private func insert(_ entry: DictEntry, at slot: Int) {
        indices[slot] = Int32(entries.count)
        entries.append(entry)
        count += 1
        version &+= 1
    }

    /// `del d[key]` / `d.pop(key)`: the removed value, or nil when absent.
    @discardableResult
    public func remove<H: KeyHashing>(_ key: Value, _ hashing: H) throws(PythonError) -> Value? {
        let hash = try hashing.hash(key)
        let (slot, found) = try find(key, hash: hash, hashing)
        guard let position = found, let entry = entries[position] else { return nil }
        indices[slot] = PyDict.deleted
        entries[position] = nil
        count -= 1
        version &+= 1
        return entry.value
    }

    /// Rebuilds the table for the live entries with room to grow, dropping holes.
    private func grow() throws(PythonError) {
        let live = entries.compactMap { $0 }
        var size = PyDict.minimumTableSize
        while size * 2 / 3 <= live.count * 2 {  // room for as many again
            guard size < Int(Int32.max) / 2 else { throw PythonError(.memoryError) }
            size *= 2
        }
        var table = [Int32](repeating: PyDict.empty, count: size)
        let mask = UInt(size - 1)
        for (position, entry) in live.enumerated() {
            var perturb = UInt(bitPattern: entry.hash)
            var slot = UInt(bitPattern: entry.hash) & mask
            while table[Int(slot)] != PyDict.empty {
                perturb >>= 5
                slot = (slot &* 5 &+ perturb &+ 1) & mask
            }
            table[Int(slot)] = Int32(position)
        }
        entries = live
        indices = table
        version &+= 1
    }

    /// The pairs in insertion order.
    public var orderedEntries: [DictEntry] { entries.compactMap { $0 } }

    public func removeAll() {
        var values = entries.flatMap { entry -> [Value] in entry.map { [$0.key, $0.value] } ?? [] }
        entries = []
        indices = [Int32](repeating: PyDict.empty, count: PyDict.minimumTableSize)
        count = 0
        version &+= 1
        Trashcan.releaseChildren(&values)
    }

    // MARK: Memory

    private static func holdsReferences(_ value: Value) -> Bool {
        if case .object(let object) = value { return object.type.flags.contains(.holdsReferences) }
        return false
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        for case let entry? in entries {
            if case .object(let key) = entry.key { body(key) }
            if case .object(let value) = entry.value { body(value) }
        }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        forEachReference { references.append($0) }
        entries = []
        indices = [Int32](repeating: PyDict.empty, count: PyDict.minimumTableSize)
        count = 0
        version &+= 1
    }

    deinit {
        guard entries.contains(where: { entry in
            guard let entry else { return false }
            return Self.holdsReferences(entry.key) || Self.holdsReferences(entry.value)
        }) else { return }
        var values: [Value] = []
        values.reserveCapacity(entries.count * 2)
        for case let entry? in entries {
            values.append(entry.key)
            values.append(entry.value)
        }
        entries = []
        Trashcan.releaseChildren(&values)
    }
}
