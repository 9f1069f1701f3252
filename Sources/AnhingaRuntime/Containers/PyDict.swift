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
    /// The key object's address (nil for inline keys): look-ups compare it
    /// first, reading a plain word instead of copying the key out of the entry.
    let keyIdentity: ObjectIdentifier?

    public init(hash: Int, key: Value, value: Value) {
        self.hash = hash
        self.key = key
        self.value = value
        if case .object(let object) = key { keyIdentity = ObjectIdentifier(object) } else { keyIdentity = nil }
    }

    /// What a deleted pair leaves in `entries` (no live key is ever `.null`).
    static var hole: DictEntry { DictEntry(hash: 0, key: .null, value: .null) }

    var isHole: Bool {
        if case .null = key { return true }
        return false
    }
}

/// A Python `dict`: Anhinga's own insertion-ordered hash table.
///
/// The layout is the compact one of CPython 3.6+:
/// * `entries` holds the pairs in insertion order; a deleted pair leaves a
///   hole, an entry whose key is `.null` (so iteration order survives
///   deletion), until the next resize compacts;
/// * a dict of at most `smallLimit` entries has no table at all: a look-up
///   scans the few entries (attribute dicts of instances are mostly this size,
///   and skip two allocations);
/// * `indices` is the open-addressing table, a power of two long, each slot
///   `empty`, `deleted` (a tombstone keeps probe chains intact) or the position
///   of an entry. Slots are 4 bytes, entries 48: a sparse table stays small.
///
/// Lookups compare by identity first, then take fast paths for str and int
/// keys, and only then call `KeyHashing.equal`. Python code run by that call
/// may change the dict; no Swift access is held across it, and a lookup that
/// sees `version` move restarts, as CPython's does.
public final class PyDict: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    static let empty: Int32 = -1
    static let deleted: Int32 = -2
    static let minimumTableSize = 8

    /// Never read an entry whole to test it: its `hash` and `keyIdentity` are
    /// plain words, read in place; copying the entry out costs two retains.
    @exclusivity(unchecked) var entries: [DictEntry] = []
    /// Empty while the dict is small (see `smallLimit`).
    @exclusivity(unchecked) var indices: [Int32] = []
    /// Up to this many entries (holes included) a dict has no index table.
    static let smallLimit = 16
    /// Live pairs (entries minus holes).
    @exclusivity(unchecked) public private(set) var count = 0
    /// Every key ever inserted since the dict was last emptied is an interned str
    /// (attribute dicts, namespaces): then identity alone decides a look-up by name.
    @exclusivity(unchecked) private(set) var keysAreInternedStrs = true
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
        if indices.isEmpty { return try findSmall(key, hash: hash, hashing) }
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
                } else if entries[position].hash == hash {
                    if case .object(let object) = key, entries[position].keyIdentity == ObjectIdentifier(object) {
                        return (Int(slot), position)
                    }
                    let entry = entries[position]
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

    /// `find` for a dict without a table: the entries in order (slot is unused).
    private func findSmall<H: KeyHashing>(_ key: Value, hash: Int, _ hashing: H)
        throws(PythonError) -> (slot: Int, entry: Int?)
    {
        // Interned names (attributes, globals) are found by identity alone.
        if case .object(let object) = key {
            let identity = ObjectIdentifier(object)
            for position in 0..<entries.count where entries[position].keyIdentity == identity {
                return (0, position)
            }
        }
        restart: while true {
            let startVersion = version
            for position in 0..<entries.count {
                guard entries[position].hash == hash, !entries[position].isHole else { continue }
                let entry = entries[position]
                switch Self.fastEquality(entry.key, key) {
                case .some(true): return (0, position)
                case .some(false): continue
                case .none:
                    let equal = try hashing.equal(entry.key, key)
                    if version != startVersion { continue restart }
                    if equal { return (0, position) }
                }
            }
            return (0, nil)
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
        return entries[position].value
    }

    /// `d[name]` for a str name: when both the name and every key are interned,
    /// equal means identical, so the look-up neither hashes text nor compares it.
    public func get<H: KeyHashing>(name: PyStr, _ hashing: H) throws(PythonError) -> Value? {
        switch internedLookup(name) {
        case .found(let value): return value
        case .absent: return nil
        case .unknown: return try get(.object(name), hashing)
        }
    }

    /// `get(name:)` where identity alone decides (an interned name, interned keys),
    /// table or not: it calls nothing, so it cannot raise. `.unknown` otherwise.
    func internedLookup(_ name: PyStr) -> QuickLookup {
        guard name.isInterned && keysAreInternedStrs else { return .unknown }
        let identity = ObjectIdentifier(name)
        if indices.isEmpty {
            guard let position = scanForName(identity) else { return .absent }
            return .found(entries[position].value)
        }
        let hash = name.pythonHash
        let mask = UInt(indices.count - 1)
        var perturb = UInt(bitPattern: hash)
        var slot = UInt(bitPattern: hash) & mask
        while true {
            let position = Int(indices[Int(slot)])
            if position == Int(PyDict.empty) { return .absent }
            if position >= 0 && entries[position].keyIdentity == identity { return .found(entries[position].value) }
            perturb >>= 5
            slot = (slot &* 5 &+ perturb &+ 1) & mask
        }
    }

    /// What `quickLookup` could tell without calling anything.
    enum QuickLookup {
        case found(Value)
        case absent
        /// The dict has a table, or keys that are not interned strs: ask `get(name:)`.
        case unknown
    }

    /// A dict without a table whose keys are all interned strs: a name's identity
    /// alone then finds it, by a scan that calls nothing (so nothing is retained).
    @inline(__always)
    private var isSmallOfInternedNames: Bool { keysAreInternedStrs && indices.isEmpty }

    /// The scan itself, for a dict that `isSmallOfInternedNames`.
    @inline(__always)
    private func scanForName(_ identity: ObjectIdentifier) -> Int? {
        for position in 0..<entries.count where entries[position].keyIdentity == identity { return position }
        return nil
    }

    /// `get(name:)` for a small dict of interned-str keys, by the name's identity alone.
    @inline(__always)
    func quickLookup(_ identity: ObjectIdentifier?) -> QuickLookup {
        guard let identity, isSmallOfInternedNames else { return .unknown }
        guard let position = scanForName(identity) else { return .absent }
        return .found(entries[position].value)
    }

    /// `quickLookup` reduced to its hit: the value, or nil for every other answer.
    @inline(__always)
    func smallLookup(_ identity: ObjectIdentifier) -> Value? {
        guard let position = smallPosition(identity) else { return nil }
        return entries[position].value
    }

    /// Whether a small dict of interned-str keys certainly lacks the name (false
    /// when it has it, or when only `get(name:)` could tell).
    @inline(__always)
    func smallLacks(_ identity: ObjectIdentifier) -> Bool {
        isSmallOfInternedNames && scanForName(identity) == nil
    }

    /// Where a small dict of interned-str keys has the name; nil when it has not,
    /// or when only `get(name:)` could tell.
    @inline(__always)
    func smallPosition(_ identity: ObjectIdentifier) -> Int? {
        isSmallOfInternedNames ? scanForName(identity) : nil
    }

    /// A new value for the live entry at `position` (from `smallPosition`).
    @inline(never)
    func replaceValue(at position: Int, with value: consuming Value) {
        entries[position].value = value
        version &+= 1
    }

    /// `d[name] = value` for an interned name into a small dict of interned-str keys
    /// (an instance's attributes); false, having done nothing, for any other case.
    @inline(__always)
    func quickStore(_ name: PyStr, identity: ObjectIdentifier?, _ value: Value) -> Bool {
        guard let identity, isSmallOfInternedNames else { return false }
        if let position = scanForName(identity) {
            entries[position].value = value
            version &+= 1
            return true
        }
        guard entries.count < PyDict.smallLimit else { return false }
        if entries.isEmpty { entries.reserveCapacity(4) }
        appendSmall(DictEntry(hash: name.pythonHash, key: .object(name), value: value))
        return true
    }

    private func noteKey(_ key: Value) {
        guard keysAreInternedStrs else { return }
        if case .object(let object) = key, Swift.type(of: object) == PyStr.self, unsafeDowncast(object, to: PyStr.self).isInterned {
            return
        }
        keysAreInternedStrs = false
    }

    /// `d[key] = value`.
    public func set<H: KeyHashing>(_ key: Value, _ value: Value, _ hashing: H) throws(PythonError) {
        let hash = try hashing.hash(key)
        let (slot, existing) = try find(key, hash: hash, hashing)
        if let existing, !entries[existing].isHole {
            entries[existing].value = value  // keeps the original key, as Python does
            version &+= 1  // look-up caches (LOAD_GLOBAL) remember values, not just keys
            return
        }
        if indices.isEmpty {
            if entries.count < PyDict.smallLimit {
                if entries.isEmpty { entries.reserveCapacity(4) }
                appendSmall(DictEntry(hash: hash, key: key, value: value))
                return
            }
            if count < PyDict.smallLimit {
                entries.removeAll { $0.isHole }  // drop the holes, stay small
                appendSmall(DictEntry(hash: hash, key: key, value: value))
                return
            }
        }
        if indices.isEmpty || entries.count >= usableSize {
            try grow()
            let (newSlot, _) = try find(key, hash: hash, hashing)
            insert(DictEntry(hash: hash, key: key, value: value), at: newSlot)
        } else {
            insert(DictEntry(hash: hash, key: key, value: value), at: slot)
        }
    }

    private func appendSmall(_ entry: DictEntry) {
        noteKey(entry.key)
        entries.append(entry)
        count += 1
        version &+= 1
    }

    private func insert(_ entry: DictEntry, at slot: Int) {
        noteKey(entry.key)
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
        guard let position = found, !entries[position].isHole else { return nil }
        let entry = entries[position]
        if !indices.isEmpty { indices[slot] = PyDict.deleted }
        entries[position] = DictEntry.hole
        count -= 1
        version &+= 1
        return entry.value
    }

    /// Rebuilds the table for the live entries with room to grow, dropping holes.
    private func grow() throws(PythonError) {
        let live = entries.filter { !$0.isHole }
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
    public var orderedEntries: [DictEntry] { entries.filter { !$0.isHole } }

    /// The live entry at `position` of `entries`, nil for a hole (dict iterators walk positions).
    func entry(at position: Int) -> DictEntry? {
        entries[position].isHole ? nil : entries[position]
    }

    public func removeAll() {
        var values = entries.flatMap { entry -> [Value] in entry.isHole ? [] : [entry.key, entry.value] }
        entries = []
        indices = []
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
        for entry in entries where !entry.isHole {
            if case .object(let key) = entry.key { body(key) }
            if case .object(let value) = entry.value { body(value) }
        }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        forEachReference { references.append($0) }
        entries = []
        indices = []
        count = 0
        version &+= 1
    }

    deinit {
        if Trashcan.freeNested(self, { entries = []; indices = [] }) { return }
        guard entries.contains(where: { entry in
            Self.holdsReferences(entry.key) || Self.holdsReferences(entry.value)
        }) else { return }
        var values: [Value] = []
        values.reserveCapacity(entries.count * 2)
        for entry in entries where !entry.isHole {
            values.append(entry.key)
            values.append(entry.value)
        }
        entries = []
        Trashcan.releaseChildren(&values)
    }
}
