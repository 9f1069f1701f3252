/// An instance of a class defined in Python (or of a subclass of `object`
/// that adds nothing native).
///
/// Its attributes start out inline: up to `InstanceLayout.capacity` values in
/// the object itself, named by its class's `InstanceLayout` (CPython 3.11's
/// shared-key dicts play the same part). Such an instance is one allocation
/// instead of three (object, dict, entries), and an attribute that a site has
/// seen before is read at an index it remembers. Whatever needs the attributes
/// as a dict (`__dict__`, `vars()`, deleting an attribute, a thirteenth name)
/// reads `dict`, which moves them into a real `PyDict` for good.
///
/// Inline values keep the dict's insertion order as long as the instance sets
/// its attributes in the order of the layout's names: a new attribute may only
/// go after the last one set (`inlineEnd`); any other order takes the dict.
public final class PyInstance: PyObject, SlotValueStorage {
    /// The names of the inline values; nil once the attributes live in a dict
    /// (or when instances of the class have none). The class owns its layout.
    @exclusivity(unchecked) unowned(unsafe) private(set) var layout: InstanceLayout?
    /// The layout's name identities, set with `layout`: what the inline checks of
    /// the attribute instructions scan (a pointer, so reading it retains nothing).
    @exclusivity(unchecked) private(set) var inlineNames: UnsafePointer<ObjectIdentifier?>?
    /// Raw room for `InstanceLayout.capacity` values, initialized as `.null` by the
    /// initializers and released by `deinit` up to `inlineEnd` (raw bytes, so Swift
    /// does not destroy them a second time, element by element, when the object goes).
    @exclusivity(unchecked) private var inlineStorage: InstanceLayout.Storage = InstanceLayout.emptyStorage
    /// One past the highest index of an inline value set.
    @exclusivity(unchecked) private(set) var inlineEnd = 0
    @exclusivity(unchecked) private var storedDict: PyDict?
    /// The values of the class's `__slots__` (`.null` while unset); nil without slots.
    @exclusivity(unchecked) var slotValues: [Value]?

    init(type: PyType, dict: PyDict?) {
        storedDict = dict
        if type.slotCount > 0 { slotValues = Array(repeating: .null, count: type.slotCount) }
        super.init(type: type)
        initializeInlineValues()
    }

    /// An instance whose attributes start inline, named by `layout` (its class's).
    init(type: PyType, layout: InstanceLayout) {
        self.layout = layout
        inlineNames = layout.nameIdentities
        if type.slotCount > 0 { slotValues = Array(repeating: .null, count: type.slotCount) }
        super.init(type: type)
        initializeInlineValues()
    }

    deinit {
        // An instance of a class with `__del__` leaves its class and attributes behind,
        // for the method to run on a stand-in at the runtime's next safe point (a deinit
        // cannot run Python code); a stand-in that has had its `__del__` does not.
        if let finalizers = type.instanceFinalizers, finalizers.finalized.remove(ObjectIdentifier(self)) == nil {
            finalizers.pending.append(.instance(Finalizers.DeadInstance(type: type, dict: dict, slotValues: slotValues)))
            return
        }
        guard inlineEnd > 0 else { return }
        // Inline values may hold the rest of a long chain (`node.next`): free them
        // as a container's children, without unbounded recursion (see `Trashcan`).
        if Trashcan.freeNested(self, { clearInlineValues() }) { return }
        var children = takeInlineValues()
        Trashcan.releaseChildren(&children)
    }

    /// The attributes as a dict, made from the inline values on first use (after
    /// which they stay there); nil for an instance without a `__dict__`.
    var dict: PyDict? {
        get {
            if let layout { moveInlineValuesIntoDict(layout) }
            return storedDict
        }
        set {
            if layout != nil { clearInlineValues() }
            layout = nil
            inlineNames = nil
            storedDict = newValue
        }
    }

    /// The dict, when the attributes already live in one (never makes one).
    var existingDict: PyDict? { storedDict }

    private func moveInlineValuesIntoDict(_ layout: InstanceLayout) {
        let dict = PyDict(type: layout.dictType)
        withInlineValues { values in
            for index in 0..<inlineEnd {
                if case .null = values[index] { continue }
                let name = layout.names[index]
                _ = dict.quickStore(name, identity: ObjectIdentifier(name), values[index])
            }
        }
        clearInlineValues()
        self.layout = nil
        inlineNames = nil
        storedDict = dict
    }

    // MARK: Inline values

    @inline(__always)
    private func withInlineValues<Result>(_ body: (UnsafeMutablePointer<Value>) -> Result) -> Result {
        // Bound to Value by `initializeInlineValues`.
        withUnsafeMutablePointer(to: &inlineStorage) { storage in
            body(UnsafeMutableRawPointer(storage).assumingMemoryBound(to: Value.self))
        }
    }

    @inline(__always)
    private func initializeInlineValues() {
        withUnsafeMutablePointer(to: &inlineStorage) { storage in
            _ = UnsafeMutableRawPointer(storage).initializeMemory(as: Value.self, repeating: .null, count: InstanceLayout.capacity)
        }
    }

    /// Where the interned name with this identity is among the inline values, while
    /// the attributes are inline and the layout has the name.
    @inline(__always)
    func inlineIndex(of identity: ObjectIdentifier) -> Int? {
        guard let names = inlineNames else { return nil }
        return InstanceLayout.index(of: identity, in: names)
    }

    /// Whether the inline attributes include the interned name with this identity.
    @inline(__always)
    func hasInlineAttribute(_ identity: ObjectIdentifier) -> Bool {
        guard let index = inlineIndex(of: identity), index < inlineEnd else { return false }
        if case .null = inlineValue(at: index) { return false }
        return true
    }

    /// The inline value at `index` of the layout (`.null` when unset). Only while `layout` is set.
    @inline(__always)
    func inlineValue(at index: Int) -> Value {
        withInlineValues { $0[index] }
    }

    /// Whether the inline attribute at `index` may be set: false when that would
    /// break the insertion order (a new attribute before the last one set).
    @inline(__always)
    func canStoreInline(at index: Int) -> Bool {
        if index >= inlineEnd { return true }
        if case .null = inlineValue(at: index) { return false }
        return true
    }

    /// Sets the inline attribute at `index` (which `canStoreInline` allowed), taking the value.
    @inline(__always)
    func putInline(at index: Int, _ value: consuming Value) {
        withInlineValues { $0[index] = value }
        if index >= inlineEnd { inlineEnd = index &+ 1 }
    }

    /// Sets the inline attribute at `index` if `canStoreInline` allows.
    @inline(__always)
    func storeInline(at index: Int, _ value: Value) -> Bool {
        guard canStoreInline(at: index) else { return false }
        putInline(at: index, value)
        return true
    }

    /// The attribute `name` while the attributes are inline: `.found`, `.absent`,
    /// or `.unknown` when they live in a dict.
    func inlineAttribute(_ name: PyStr) -> InlineLookup {
        guard let layout else { return .unknown }
        guard let index = layout.index(of: name), index < inlineEnd else { return .absent }
        let value = inlineValue(at: index)
        if case .null = value { return .absent }
        return .found(value)
    }

    enum InlineLookup {
        case found(Value)
        case absent
        case unknown
    }

    /// Sets the attribute `name` inline, adding it to the class's layout if need
    /// be: false when the attributes live (or must now move) in a dict.
    func storeInline(_ name: PyStr, _ value: Value) -> Bool {
        guard let layout, let index = layout.index(of: name) ?? layout.add(name) else { return false }
        return storeInline(at: index, value)
    }

    private func clearInlineValues() {
        withInlineValues { values in
            for index in 0..<inlineEnd { values[index] = .null }
        }
        inlineEnd = 0
    }

    private func takeInlineValues() -> [Value] {
        var taken: [Value] = []
        withInlineValues { values in
            for index in 0..<inlineEnd {
                if case .null = values[index] { continue }
                taken.append(values[index])
                values[index] = .null
            }
        }
        inlineEnd = 0
        return taken
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if let storedDict { body(storedDict) }
        if layout != nil {
            withInlineValues { values in
                for index in 0..<inlineEnd { if case .object(let object) = values[index] { body(object) } }
            }
        }
        for case .object(let object) in slotValues ?? [] { body(object) }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        if let storedDict { references.append(storedDict) }
        storedDict = nil
        for case .object(let object) in takeInlineValues() { references.append(object) }
        for case .object(let object) in slotValues ?? [] { references.append(object) }
        if slotValues != nil { slotValues = Array(repeating: .null, count: slotValues?.count ?? 0) }
    }
}

/// The attribute names the instances of one class keep inline, in the order
/// they first appeared on any of them; shared by all its instances and only
/// ever appended to, so a name's index never changes (sites remember it).
final class InstanceLayout {
    /// Inline values an instance has room for.
    static let capacity = 12
    /// Bytes for `capacity` values (16 each); `PyInstance` keeps them as `Value`s.
    typealias Storage = ((UInt64, UInt64), (UInt64, UInt64), (UInt64, UInt64), (UInt64, UInt64),
                         (UInt64, UInt64), (UInt64, UInt64), (UInt64, UInt64), (UInt64, UInt64),
                         (UInt64, UInt64), (UInt64, UInt64), (UInt64, UInt64), (UInt64, UInt64))
    static var emptyStorage: Storage { ((0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)) }

    private(set) var names: [PyStr] = []
    /// The names' identities (they are interned), scanned without reference counting;
    /// nil after the last name.
    private let identities = UnsafeMutablePointer<ObjectIdentifier?>.allocate(capacity: InstanceLayout.capacity)
    var nameIdentities: UnsafePointer<ObjectIdentifier?> { UnsafePointer(identities) }
    private(set) var count = 0
    /// `dict`, for the dict an instance's attributes move into.
    let dictType: PyType

    init(dictType: PyType) {
        precondition(MemoryLayout<Value>.stride * Self.capacity <= MemoryLayout<Storage>.size
                     && MemoryLayout<Value>.alignment <= MemoryLayout<Storage>.alignment, "inline storage too small for Value")
        self.dictType = dictType
        identities.initialize(repeating: nil, count: Self.capacity)
    }

    deinit {
        identities.deallocate()
    }

    /// The index of the interned name with this identity.
    @inline(__always)
    func index(of identity: ObjectIdentifier) -> Int? {
        Self.index(of: identity, in: nameIdentities)
    }

    /// The scan both the layout and its instances use: the names end at the first nil.
    @inline(__always)
    static func index(of identity: ObjectIdentifier, in names: UnsafePointer<ObjectIdentifier?>) -> Int? {
        var index = 0
        while index < capacity, let name = names[index] {
            if name == identity { return index }
            index &+= 1
        }
        return nil
    }

    /// The index of `name`, interned or not.
    func index(of name: PyStr) -> Int? {
        if let index = index(of: ObjectIdentifier(name)) { return index }
        if name.isInterned { return nil }
        return names.firstIndex { $0.hasSameText(as: name) }
    }

    /// Adds an interned name: its index, or nil when the layout is full or the
    /// name is not interned (such attributes go to a dict).
    func add(_ name: PyStr) -> Int? {
        guard name.isInterned, count < Self.capacity else { return nil }
        names.append(name)
        identities[count] = ObjectIdentifier(name)
        count += 1
        return count - 1
    }
}

extension Runtime {
    /// A new instance of `type`, as `object.__new__` makes it.
    @inline(__always)
    func newInstance(of type: PyType) -> PyInstance {
        guard type.instancesHaveDict else { return PyInstance(type: type, dict: nil) }
        return PyInstance(type: type, layout: type.instanceLayout(dictType: types.dict))
    }
}

extension PyType {
    /// The layout of this class's instances' inline attributes, made on first use.
    func instanceLayout(dictType: PyType) -> InstanceLayout {
        if let layout = storedInstanceLayout { return layout }
        let layout = InstanceLayout(dictType: dictType)
        storedInstanceLayout = layout
        return layout
    }
}
