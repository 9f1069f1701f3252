/// A Python `set` or `frozenset`.
///
/// Unlike a dict, a set is not insertion-ordered: it iterates in the order of
/// its hash table's slots, which programs see whenever they print a set. So the
/// table follows CPython's layout rules exactly (open addressing, nine linear
/// probes before perturbation, resizing at 60% fill, dummies on deletion):
/// `{3, 1, 2}` prints as `{1, 2, 3}` here too. Keys' `__hash__`/`__eq__` may raise.
public final class PySet: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    struct Slot {
        /// nil: never used; `dummy`: deleted (its hash is -1).
        var key: Value?
        var hash: Int
        var isDummy: Bool { hash == -1 && key == nil }
    }

    static let minimumSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    @exclusivity(unchecked) var slots = [Slot](repeating: Slot(key: nil, hash: 0), count: PySet.minimumSize)
    /// Active entries, and active plus dummy entries.
    @exclusivity(unchecked) private(set) var used = 0
    @exclusivity(unchecked) private var fill = 0
    /// Where `pop()` continues its scan.
    @exclusivity(unchecked) private var finger = 0
    @exclusivity(unchecked) var version: UInt64 = 0

    override init(type: PyType) {
        super.init(type: type)
    }

    public var count: Int { used }
    var mask: Int { slots.count - 1 }

    /// The elements in table order (what iteration and repr show).
    var elements: [Value] {
        var result: [Value] = []
        result.reserveCapacity(used)
        for slot in slots { if let key = slot.key { result.append(key) } }
        return result
    }

    private static func isEqual<H: KeyHashing>(_ stored: Value, _ key: Value, _ hashing: H) throws(PythonError) -> Bool {
        if stored.isIdentical(to: key) { return true }
        if let fast = PyDict.fastEquality(stored, key) { return fast }
        return try hashing.equal(stored, key)
    }

    /// The slot holding `key`, or nil.
    private func find<H: KeyHashing>(_ key: Value, hash: Int, _ hashing: H) throws(PythonError) -> Int? {
        restart: while true {
            let startVersion = version
            var perturb = UInt(bitPattern: hash)
            var index = Int(UInt(bitPattern: hash) & UInt(mask))
            while true {
                var probes = index + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                var position = index
                while true {
                    let slot = slots[position]
                    if slot.key == nil && slot.hash == 0 { return nil }
                    if slot.hash == hash, let stored = slot.key {
                        if try PySet.isEqual(stored, key, hashing) { return position }
                        if version != startVersion { continue restart }
                    }
                    if probes == 0 { break }
                    probes -= 1
                    position += 1
                }
                perturb >>= UInt(PySet.perturbShift)
                index = Int((UInt(index) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }

    func contains<H: KeyHashing>(_ value: Value, _ hashing: H) throws(PythonError) -> Bool {
        try find(value, hash: hashing.hash(value), hashing) != nil
    }

    func add<H: KeyHashing>(_ value: Value, _ hashing: H) throws(PythonError) {
        try add(value, hash: hashing.hash(value), hashing)
    }

    func add<H: KeyHashing>(_ key: Value, hash: Int, _ hashing: H) throws(PythonError) {
        restart: while true {
            let startVersion = version
            var perturb = UInt(bitPattern: hash)
            var index = Int(UInt(bitPattern: hash) & UInt(mask))
            var freeSlot: Int?
            while true {
                var probes = index + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                var position = index
                while true {
                    let slot = slots[position]
                    if slot.key == nil && slot.hash == 0 {
                        if let freeSlot {
                            slots[freeSlot] = Slot(key: key, hash: hash)
                            used += 1
                            version &+= 1
                            return
                        }
                        slots[position] = Slot(key: key, hash: hash)
                        fill += 1
                        used += 1
                        version &+= 1
                        if fill * 5 >= mask * 3 { resize(minimumUsed: used > 50_000 ? used * 2 : used * 4) }
                        return
                    }
                    if slot.hash == hash, let stored = slot.key {
                        if try PySet.isEqual(stored, key, hashing) { return }
                        if version != startVersion { continue restart }
                    } else if slot.isDummy && freeSlot == nil {
                        freeSlot = position
                    }
                    if probes == 0 { break }
                    probes -= 1
                    position += 1
                }
                perturb >>= UInt(PySet.perturbShift)
                index = Int((UInt(index) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }

    /// Removes `value`; whether it was there.
    @discardableResult
    func remove<H: KeyHashing>(_ value: Value, _ hashing: H) throws(PythonError) -> Bool {
        guard let position = try find(value, hash: hashing.hash(value), hashing) else { return false }
        slots[position] = Slot(key: nil, hash: -1)
        used -= 1
        version &+= 1
        return true
    }

    /// `set.pop()`: the next element from where the last pop stopped.
    func popAny() -> Value? {
        guard used > 0 else { return nil }
        var position = finger & mask
        while slots[position].key == nil { position = (position + 1) & mask }
        let key = slots[position].key
        slots[position] = Slot(key: nil, hash: -1)
        used -= 1
        version &+= 1
        finger = position + 1
        return key
    }

    func removeAll() {
        var values: [Value] = []
        for slot in slots { if let key = slot.key { values.append(key) } }
        slots = [Slot](repeating: Slot(key: nil, hash: 0), count: PySet.minimumSize)
        used = 0
        fill = 0
        version &+= 1
        Trashcan.releaseChildren(&values)
    }

    /// Takes over `other`'s table (CPython's `set_swap_bodies`, for `intersection_update`).
    func replaceContents(with other: PySet) {
        slots = other.slots
        used = other.used
        fill = other.fill
        version &+= 1
    }

    /// Adds every element of `other` as CPython's `set_merge` does (so the
    /// resulting table, and the iteration order, are CPython's).
    func merge<H: KeyHashing>(_ other: PySet, _ hashing: H) throws(PythonError) {
        if other.used == 0 { return }
        if (fill + other.used) * 5 >= mask * 3 { resize(minimumUsed: (used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            slots = other.slots
            fill = other.fill
            used = other.used
            version &+= 1
            return
        }
        if fill == 0 {
            for slot in other.slots {
                guard let key = slot.key else { continue }
                insertClean(key, hash: slot.hash)
                fill += 1
                used += 1
            }
            version &+= 1
            return
        }
        for slot in other.slots {
            guard let key = slot.key else { continue }
            try add(key, hash: slot.hash, hashing)
        }
    }

    /// Adds a dict's keys, after one resize for all of them (CPython's `set_update` of a dict).
    func merge<H: KeyHashing>(keysOf dict: PyDict, _ hashing: H) throws(PythonError) {
        if (fill + dict.count) * 5 >= mask * 3 { resize(minimumUsed: (used + dict.count) * 2) }
        for entry in dict.orderedEntries { try add(entry.key, hash: entry.hash, hashing) }
    }

    private func resize(minimumUsed: Int) {
        var size = PySet.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = slots
        slots = [Slot](repeating: Slot(key: nil, hash: 0), count: size)
        fill = used
        for slot in old {
            guard let key = slot.key else { continue }
            insertClean(key, hash: slot.hash)
        }
        version &+= 1
    }

    /// Places a key known to be absent into a table without dummies.
    private func insertClean(_ key: Value, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var index = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if slots[index].key == nil {
                slots[index] = Slot(key: key, hash: hash)
                return
            }
            if index + PySet.linearProbes <= mask {
                for offset in 1...PySet.linearProbes where slots[index + offset].key == nil {
                    slots[index + offset] = Slot(key: key, hash: hash)
                    return
                }
            }
            perturb >>= UInt(PySet.perturbShift)
            index = Int((UInt(index) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        for slot in slots { if case .object(let object)? = slot.key { body(object) } }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        for slot in slots { if case .object(let object)? = slot.key { references.append(object) } }
        slots = [Slot](repeating: Slot(key: nil, hash: 0), count: PySet.minimumSize)
        used = 0
        fill = 0
    }
}

extension Runtime {
    /// A new set (or frozenset) of an iterable's elements, built as CPython builds it.
    func makeSet(_ type: PyType, from iterable: Value?) throws(PythonError) -> PySet {
        let set = PySet(type: type)
        if let iterable { try update(set, from: iterable) }
        return set
    }

    /// `set.update(iterable)` (and SET_UPDATE), with CPython's paths for sets and dicts.
    func update(_ set: PySet, from iterable: Value) throws(PythonError) {
        if let other = iterable.object as? PySet {
            try set.merge(other, self)
        } else if let dict = iterable.object as? PyDict, dict.type === types.dict {
            try set.merge(keysOf: dict, self)
        } else {
            for item in try collect(iterable) { try set.add(item, self) }
        }
    }
}

enum SetSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in (a.object as? PySet)?.count ?? 0 }
        slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
            guard let set = a.object as? PySet else { return false }
            do throws(PythonError) {
                return try set.contains(b, rt)
            } catch {
                // `[1] in {1}`: an unhashable set element is looked up as a frozenset in CPython; here just False for sets.
                if let inner = b.object as? PySet, inner.type === rt.types.set {
                    let frozen = PySet(type: rt.types.frozenset)
                    for item in inner.elements { try frozen.add(item, rt) }
                    return try set.contains(.object(frozen), rt)
                }
                throw error
            }
        }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let set = a.object as? PySet else { return a }
            return .object(PyIterator(type: rt.types.setIterator, source: .tuple(set.elements)))
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let set = a.object as? PySet else { return rt.emptyString }
            let name = set.type.name
            if set.count == 0 { return rt.makeStr(name + "()") }
            let identity = ObjectIdentifier(set)
            if rt.reprInProgress.contains(identity) { return rt.makeStr(name + "(...)") }
            rt.reprInProgress.append(identity)
            defer { rt.reprInProgress.removeLast() }
            var text = ""
            for (index, item) in set.elements.enumerated() {
                if index > 0 { text += ", " }
                text += try rt.repr(item).string
            }
            return rt.makeStr(set.type === rt.types.set ? "{" + text + "}" : name + "({" + text + "})")
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let x = a.object as? PySet, let y = b.object as? PySet else { return .notImplemented }
            func isSubset(_ p: PySet, _ q: PySet) throws(PythonError) -> Bool {
                if p.count > q.count { return false }
                for item in p.elements where try !q.contains(item, rt) { return false }
                return true
            }
            switch op {
            case .equal: return .bool(x.count == y.count ? try isSubset(x, y) : false)
            case .notEqual: return .bool(x.count == y.count ? try !isSubset(x, y) : true)
            case .lessOrEqual: return .bool(try isSubset(x, y))
            case .lessThan: return .bool(x.count < y.count ? try isSubset(x, y) : false)
            case .greaterOrEqual: return .bool(try isSubset(y, x))
            case .greaterThan: return .bool(y.count < x.count ? try isSubset(y, x) : false)
            }
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let set = a.object as? PySet, set.type !== rt.types.set else {
                throw PythonError(.typeError, "unhashable type: 'set'")
            }
            // CPython's frozenset hash: shuffled item hashes combined by xor, order-independent.
            var hash: UInt = 0
            for slot in set.slots where slot.key != nil {
                let h = UInt(bitPattern: slot.hash)
                hash ^= ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167
            }
            hash ^= (UInt(set.count) &+ 1) &* 1_927_868_237
            hash ^= (hash >> 11) ^ (hash >> 25)
            hash = hash &* 69069 &+ 907_133_923
            var result = Int(bitPattern: hash)
            if result == -1 { result = 590_923_713 }
            return result
        }
        slots.bitOr = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                try result.merge(x, rt)
                try result.merge(y, rt)
            }
        }
        slots.bitAnd = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                try intersect(rt, x, y, into: result)
            }
        }
        slots.subtract = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                for item in x.elements where try !y.contains(item, rt) { try result.add(item, rt) }
            }
        }
        slots.bitXor = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            try combine(rt, a, b) { (x: PySet, y: PySet, result: PySet) throws(PythonError) in
                for item in x.elements where try !y.contains(item, rt) { try result.add(item, rt) }
                for item in y.elements where try !x.contains(item, rt) { try result.add(item, rt) }
            }
        }
        return slots
    }

    /// CPython's `set_intersection`: the smaller set's elements, in its table order, that the other has.
    static func intersect(_ rt: Runtime, _ x: PySet, _ y: PySet, into result: PySet) throws(PythonError) {
        let (small, large) = y.count > x.count ? (x, y) : (y, x)
        for slot in small.slots {
            guard let key = slot.key else { continue }
            if try large.contains(key, rt) { try result.add(key, hash: slot.hash, rt) }
        }
    }

    /// A binary set operation: the result has the left operand's type (set or frozenset).
    private static func combine(_ rt: Runtime, _ a: Value, _ b: Value,
                                _ body: (PySet, PySet, PySet) throws(PythonError) -> Void) throws(PythonError) -> Value {
        guard let x = a.object as? PySet, let y = b.object as? PySet else { return .notImplemented }
        let result = PySet(type: x.type.isSubtype(of: rt.types.frozenset) ? rt.types.frozenset : rt.types.set)
        try body(x, y, result)
        return .object(result)
    }
}
