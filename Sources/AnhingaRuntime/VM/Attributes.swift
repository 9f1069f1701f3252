/// Attribute access: `object.__getattribute__` with CPython's descriptor
/// precedence (data descriptors, then the instance dict, then other
/// attributes of the type), `LOAD_METHOD` without a bound method, and setting.
extension Runtime {
    /// The attribute `name` defined on `type` or the first of its MRO that has it.
    /// Answers come from a small per-type cache while no type dict has changed
    /// (CPython's method cache plays the same part).
    func lookupInType(_ type: PyType, _ name: PyStr) -> Value? {
        cachedLookup(type, name).value
    }

    /// The look-up cache's entry for `name` on `type`, filled on a miss.
    @inline(__always)
    func cachedLookup(_ type: PyType, _ name: PyStr) -> TypeLookupEntry {
        let slot = name.pythonHash & (Self.lookupCacheSize - 1)
        if !type.lookupCache.isEmpty, type.lookupCache[slot].generation == typeGeneration,
           type.lookupCache[slot].name === name {
            return type.lookupCache[slot]
        }
        return fillLookupCache(type, name, slot: slot)
    }

    @inline(never)
    private func fillLookupCache(_ type: PyType, _ name: PyStr, slot: Int) -> TypeLookupEntry {
        let key = Value.object(name)
        var entry = TypeLookupEntry(name: name, generation: typeGeneration, value: nil)
        for candidate in type.mro {
            if let dict = candidate.dict, let value = try? dict.get(key, self) {
                entry.value = value
                entry.foundOnHeapType = candidate.isHeapType
                if case .object(let object) = value, Swift.type(of: object) == PyFunction.self {
                    entry.kind = .function
                } else {
                    entry.kind = .other
                }
                break
            }
        }
        if type.lookupCache.isEmpty {
            type.lookupCache = Array(repeating: TypeLookupEntry(name: nil, generation: 0, value: nil), count: Self.lookupCacheSize)
        }
        type.lookupCache[slot] = entry
        return entry
    }

    static let lookupCacheSize = 32

    /// Called on every change to a type's dict (and new class), so no cache answers from before it.
    func typeDictChanged() {
        typeGeneration &+= 1
    }

    /// The instance dict of an object that has one.
    func instanceDict(_ object: PyObject) -> PyDict? {
        if let instance = object as? PyInstance { return instance.type.instancesHaveDict ? instance.dict : nil }
        if let function = object as? PyFunction { return function.attributes }
        if let exception = object as? PyBaseException { return exception.attributes }
        if let module = object as? PyModule { return module.dict }
        if let wrapper = object as? PyMethodWrapper { return methodWrapperAttributes(wrapper) }
        if object.type.isHeapType, let storage = object as? SubclassInstanceStorage { return storage.attributes }
        return nil
    }

    // MARK: The instructions, with their per-site caches

    /// The cache entry of `slot` in `code` that describes `instance`'s class under
    /// the current generation of the type dicts, made when none does. Each site has
    /// `PyCode.attributeCacheWays` entries (a method of a base class sees instances
    /// of its subclasses), the class seen last first; the inline checks search them
    /// all. Compares identities only: nothing is retained on a hit.
    @inline(__always)
    private func attributeSiteEntry(_ code: PyCode, _ slot: Int, _ instance: PyInstance) -> Int {
        let first = slot &* PyCode.attributeCacheWays
        let identity = instance.typeIdentity
        for entry in first..<(first + PyCode.attributeCacheWays)
            where code.attributeCache[entry].typeIdentity == identity && code.attributeCache[entry].generation == typeGeneration {
            return entry
        }
        return refillAttributeSite(code, slot, instance.type)
    }

    /// Describes `type` in the site's first entry; the others move down one, the oldest goes.
    @inline(never)
    private func refillAttributeSite(_ code: PyCode, _ slot: Int, _ type: PyType) -> Int {
        let first = slot * PyCode.attributeCacheWays
        for entry in stride(from: first + PyCode.attributeCacheWays - 1, to: first, by: -1) {
            code.attributeCache[entry] = code.attributeCache[entry - 1]
        }
        let found = cachedLookup(type, code.cacheNames[slot])
        code.attributeCache[first] = AttributeCacheEntry(
            typeIdentity: ObjectIdentifier(type), generation: typeGeneration, kind: found.kind, value: found.value ?? .null,
            plainGetAttribute: type.slots.getAttribute == nil,
            plainSetAttribute: type.instancesHaveDict && cachedLookup(type, names.setattr).kind != .function)
        return first
    }

    /// The entry of `slot` that describes `instance`'s class under the current
    /// type generation, with `kind`: what the inline hits look for before anything
    /// else. Compares identities only, and moves nothing (a site that sees several
    /// classes in turn finds each in its own way).
    @inline(__always)
    private func entryDescribing(_ code: PyCode, _ slot: Int, _ instance: PyInstance, _ kind: TypeLookupKind) -> Int? {
        let first = slot &* PyCode.attributeCacheWays
        let identity = instance.typeIdentity
        var entry = first
        while entry < first &+ PyCode.attributeCacheWays {
            if code.attributeCache[entry].typeIdentity == identity {
                guard code.attributeCache[entry].generation == typeGeneration && code.attributeCache[entry].kind == kind else { return nil }
                return entry
            }
            entry &+= 1
        }
        return nil
    }

    /// The instance's own attribute named by `code`'s cache slot, if it has one: by the
    /// name's identity when its dict allows, else by the general look-up.
    @inline(__always)
    private func ownAttribute(_ instance: PyInstance, _ code: PyCode, _ slot: Int) throws(PythonError) -> Value? {
        if instance.layout != nil { return try instanceOwnAttribute(instance, code.cacheNames[slot]) }
        guard let dict = instance.existingDict else { return nil }
        switch dict.quickLookup(code.cacheNameIdentities[slot]) {
        case .found(let found): return found
        case .absent: return nil
        case .unknown: return try dict.get(name: code.cacheNames[slot], self)
        }
    }

    /// The instance's own attribute `name`, wherever its attributes live (no dict is made).
    func instanceOwnAttribute(_ instance: PyInstance, _ name: PyStr) throws(PythonError) -> Value? {
        switch instance.inlineAttribute(name) {
        case .found(let value): return value
        case .absent: return nil
        case .unknown: return try instance.existingDict?.get(name: name, self)
        }
    }

    /// Remembers, in the site's entry, where the name is among the instance's inline values.
    @inline(__always)
    private func rememberInlineIndex(_ code: PyCode, _ slot: Int, entry: Int, _ instance: PyInstance) {
        guard let identity = code.cacheNameIdentities[slot], let index = instance.inlineIndex(of: identity) else { return }
        code.attributeCache[entry].inlineIndex = index
    }

    /// LOAD_ATTR on the value in `location` (a fast local or the top of the stack),
    /// read where it lies: the common case borrows the instance, so the look-up
    /// takes no reference to it.
    @inline(__always)
    func loadAttribute(at location: UnsafeMutablePointer<Value>, _ code: PyCode, slot: Int) throws(PythonError) -> Value {
        let found = location.withBorrowedObject { object -> Value? in
            guard Swift.type(of: object) == PyInstance.self else { return nil }
            return ownAttributeHit(unsafeDowncast(object, to: PyInstance.self), code, slot)
        }
        if let found { return found }
        return try loadAttributeSlowly(location.pointee, code, slot: slot)
    }

    /// LOAD_ATTR or LOAD_METHOD on a plain module (`math.sqrt`, `os.path`): a name the
    /// module type does not define is the module dict's, found by identity. nil leaves
    /// everything else (`__dict__`, a module `__getattr__`, errors) to the general protocol.
    @inline(__always)
    private func moduleAttributeHit(_ object: PyObject, _ code: PyCode, _ slot: Int) -> Value? {
        guard object.type === types.module else { return nil }
        let name = code.cacheNames[slot]
        guard cachedLookup(types.module, name).value == nil,
              case .found(let found) = unsafeDowncast(object, to: PyModule.self).dict.internedLookup(name) else { return nil }
        return found
    }

    /// The common case of LOAD_ATTR, kept free of calls and throws so that the
    /// compiler retains nothing: the site's cache says the class defines nothing of
    /// this name, and the instance's small dict of interned names has it.
    @inline(__always)
    private func ownAttributeHit(_ instance: PyInstance, _ code: PyCode, _ slot: Int) -> Value? {
        guard let entry = entryDescribing(code, slot, instance, .absent), code.attributeCache[entry].plainGetAttribute,
              let identity = code.cacheNameIdentities[slot] else { return nil }
        if instance.inlineNames != nil {
            let index = code.attributeCache[entry].inlineIndex
            guard index >= 0, index < instance.inlineEnd else { return nil }
            let value = instance.inlineValue(at: index)
            if case .null = value { return nil }
            return value
        }
        return instance.existingDict?.smallLookup(identity)
    }

    @inline(never)
    private func loadAttributeSlowly(_ value: Value, _ code: PyCode, slot: Int) throws(PythonError) -> Value {
        if case .object(let object) = value, Swift.type(of: object) == PyModule.self,
           let found = moduleAttributeHit(object, code, slot) {
            return found
        }
        if case .object(let object) = value, Swift.type(of: object) == PyInstance.self,
           let found = try instanceAttribute(unsafeDowncast(object, to: PyInstance.self), code, slot) {
            return found
        }
        return try getAttribute(value, code.cacheNames[slot])
    }

    /// LOAD_ATTR on an instance of a class defined in Python, answered through the
    /// site's cache: its own attribute, or a method bound to it. nil when the
    /// general protocol must decide (descriptors, class attributes, hooks, errors).
    @inline(__always)
    private func instanceAttribute(_ instance: PyInstance, _ code: PyCode, _ slot: Int) throws(PythonError) -> Value? {
        let entry = attributeSiteEntry(code, slot, instance)
        guard code.attributeCache[entry].plainGetAttribute else { return nil }
        switch code.attributeCache[entry].kind {
        case .absent:
            rememberInlineIndex(code, slot, entry: entry, instance)
            return try ownAttribute(instance, code, slot)
        case .function:
            if let found = try ownAttribute(instance, code, slot) { return found }
            return .object(PyBoundMethod(type: types.method, function: code.attributeValue(at: entry), receiver: .object(instance)))
        case .other:
            return nil
        }
    }

    /// LOAD_METHOD on the value in `location` (the top of the stack), read where it
    /// lies as `loadAttribute(at:_:slot:)` reads it: (the method, true) when the call
    /// may pass the value as `self`.
    @inline(__always)
    func loadMethod(at location: UnsafeMutablePointer<Value>, _ code: PyCode, slot: Int) throws(PythonError) -> (Value, isMethod: Bool) {
        let found = location.withBorrowedObject { object -> Value? in
            if Swift.type(of: object) == PyInstance.self { return methodHit(unsafeDowncast(object, to: PyInstance.self), code, slot) }
            return builtinMethodHit(object, code, slot)
        }
        if let found { return (found, true) }
        return try loadMethodSlowly(location.pointee, code, slot: slot)
    }

    /// LOAD_METHOD on a list, dict, str, set or tuple (`counts.get`, `items.append`):
    /// the type's method, remembered by the site like a class's. Objects of these
    /// builtin types never have an instance dict, so the type alone decides.
    @inline(__always)
    private func builtinMethodHit(_ object: PyObject, _ code: PyCode, _ slot: Int) -> Value? {
        let first = slot &* PyCode.attributeCacheWays
        guard code.attributeCache[first].isBuiltinMethod, code.attributeCache[first].typeIdentity == object.typeIdentity,
              code.attributeCache[first].generation == typeGeneration else { return nil }
        return code.attributeValue(at: first)
    }

    /// Remembers what LOAD_METHOD found on a builtin container for `builtinMethodHit`.
    private func rememberBuiltinMethod(_ code: PyCode, _ slot: Int, _ object: PyObject, _ method: Value) {
        guard !object.type.isHeapType, object is PyList || object is PyDict || object is PyStr || object is PySet || object is PyTuple
        else { return }
        let first = slot * PyCode.attributeCacheWays
        for entry in stride(from: first + PyCode.attributeCacheWays - 1, to: first, by: -1) {
            code.attributeCache[entry] = code.attributeCache[entry - 1]
        }
        code.attributeCache[first] = AttributeCacheEntry(typeIdentity: ObjectIdentifier(object.type), generation: typeGeneration,
                                                         kind: .other, value: method, isBuiltinMethod: true)
    }

    /// The common case of LOAD_METHOD, free of calls like `ownAttributeHit`: the
    /// class's function, when the instance's small dict of interned names lacks the name.
    @inline(__always)
    private func methodHit(_ instance: PyInstance, _ code: PyCode, _ slot: Int) -> Value? {
        guard let entry = entryDescribing(code, slot, instance, .function), code.attributeCache[entry].plainGetAttribute,
              let identity = code.cacheNameIdentities[slot] else { return nil }
        if instance.inlineNames != nil {
            if instance.hasInlineAttribute(identity) { return nil }
        } else if let dict = instance.existingDict, !dict.smallLacks(identity) {
            return nil
        }
        return code.attributeValue(at: entry)
    }

    @inline(never)
    private func loadMethodSlowly(_ value: Value, _ code: PyCode, slot: Int) throws(PythonError) -> (Value, isMethod: Bool) {
        if case .object(let object) = value, Swift.type(of: object) == PyModule.self,
           let found = moduleAttributeHit(object, code, slot) {
            return (found, false)
        }
        if case .object(let object) = value, Swift.type(of: object) == PyInstance.self {
            let instance = unsafeDowncast(object, to: PyInstance.self)
            let entry = attributeSiteEntry(code, slot, instance)
            if code.attributeCache[entry].kind == .function && code.attributeCache[entry].plainGetAttribute {
                if let shadow = try ownAttribute(instance, code, slot) { return (shadow, false) }
                return (code.attributeValue(at: entry), true)
            }
            return try loadMethod(value, code.cacheNames[slot])
        }
        let found = try loadMethod(value, code.cacheNames[slot])
        if found.isMethod, case .object(let object) = value { rememberBuiltinMethod(code, slot, object, found.0) }
        return found
    }

    /// STORE_ATTR on the object in `location` (a fast local or a stack slot), read
    /// where it lies: the common case borrows the instance as `loadAttribute(at:_:slot:)` does.
    @inline(__always)
    func storeAttribute(at location: UnsafeMutablePointer<Value>, _ code: PyCode, slot: Int, _ newValue: consuming Value) throws(PythonError) {
        var pending: Value? = consume newValue
        location.withBorrowedObject { object -> Void? in
            guard Swift.type(of: object) == PyInstance.self else { return nil }
            let instance = unsafeDowncast(object, to: PyInstance.self)
            if instance.inlineNames != nil {
                if let index = inlineStoreIndex(instance, code, slot), instance.canStoreInline(at: index), let value = pending.take() {
                    instance.putInline(at: index, value)
                }
            } else if let position = storeHitPosition(instance, code, slot), let value = pending.take() {
                instance.existingDict?.replaceValue(at: position, with: value)
            }
            return nil
        }
        if let value = pending.take() { try storeAttributeSlowly(location.pointee, code, slot: slot, value) }
    }

    /// The common case of STORE_ATTR on inline attributes: the index the site
    /// remembers for a class that leaves the name to the instance.
    @inline(__always)
    private func inlineStoreIndex(_ instance: PyInstance, _ code: PyCode, _ slot: Int) -> Int? {
        guard let entry = entryDescribing(code, slot, instance, .absent), code.attributeCache[entry].plainSetAttribute else { return nil }
        let index = code.attributeCache[entry].inlineIndex
        return index >= 0 ? index : nil
    }

    /// The common case of STORE_ATTR, found without calls like `ownAttributeHit`:
    /// where the instance's small dict of interned names has the attribute.
    @inline(__always)
    private func storeHitPosition(_ instance: PyInstance, _ code: PyCode, _ slot: Int) -> Int? {
        guard let entry = entryDescribing(code, slot, instance, .absent), code.attributeCache[entry].plainSetAttribute,
              let identity = code.cacheNameIdentities[slot] else { return nil }
        return instance.existingDict?.smallPosition(identity)
    }

    @inline(never)
    private func storeAttributeSlowly(_ value: Value, _ code: PyCode, slot: Int, _ newValue: Value) throws(PythonError) {
        if case .object(let object) = value, Swift.type(of: object) == PyInstance.self {
            let instance = unsafeDowncast(object, to: PyInstance.self)
            let entry = attributeSiteEntry(code, slot, instance)
            if code.attributeCache[entry].kind == .absent && code.attributeCache[entry].plainSetAttribute {
                if instance.layout != nil {
                    if instance.storeInline(code.cacheNames[slot], newValue) {
                        rememberInlineIndex(code, slot, entry: entry, instance)
                        return
                    }
                } else if instance.existingDict?.quickStore(code.cacheNames[slot], identity: code.cacheNameIdentities[slot], newValue) == true {
                    return
                }
                try storeInInstanceDict(instance, code.cacheNames[slot], newValue)
                return
            }
        }
        try setAttribute(value, code.cacheNames[slot], newValue)
    }

    /// An attribute no descriptor and no `__setattr__` intercepts: straight into the instance dict.
    private func storeInInstanceDict(_ instance: PyInstance, _ name: PyStr, _ newValue: Value) throws(PythonError) {
        if instance.layout != nil, instance.storeInline(name, newValue) { return }
        if let dict = instance.dict {
            try dict.set(.object(name), newValue, self)
        } else {
            let dict = makeDict()
            try dict.set(.object(name), newValue, self)
            instance.dict = dict
        }
    }

    // MARK: The general protocol

    /// `getattr(value, name)`.
    public func getAttribute(_ value: Value, _ name: PyStr) throws(PythonError) -> Value {
        if case .object(let object) = value, Swift.type(of: object) == PyInstance.self, object.type.slots.getAttribute == nil {
            // An instance of a class defined in Python: its own attributes and methods
            // without the general descriptor protocol (the look-up cache says which applies).
            let instance = unsafeDowncast(object, to: PyInstance.self)
            let entry = cachedLookup(object.type, name)
            switch entry.kind {
            case .absent:
                if let found = try instanceOwnAttribute(instance, name) { return found }
            case .function:
                if let found = try instanceOwnAttribute(instance, name) { return found }
                if let function = entry.value {
                    return .object(PyBoundMethod(type: types.method, function: function, receiver: value))
                }
            case .other:
                break
            }
        }
        if let slot = typeOf(value).slots.getAttribute { return try slot(self, value, name) }
        if let found = try findAttribute(value, name) { return found }
        throw attributeError(value, name)
    }

    /// `getattr(value, name, None)` without the exception: nil when missing.
    func findAttribute(_ value: Value, _ name: PyStr) throws(PythonError) -> Value? {
        let type = typeOf(value)
        if let slot = type.slots.getAttribute {
            do {
                return try slot(self, value, name)
            } catch {
                if error.kind == .attributeError { return nil }
                throw error
            }
        }
        guard type.isHeapType, let hook = lookupInType(type, names.getattr) else {
            if let found = try genericGetAttribute(value, name) { return found }
            return try moduleGetattrHook(value, name)
        }
        // `__getattr__` answers whatever the usual look-up does not, including an
        // AttributeError raised inside it (a property's getter, say).
        do throws(PythonError) {
            if let found = try genericGetAttribute(value, name) { return found }
            if let found = try moduleGetattrHook(value, name) { return found }
        } catch where error.kind == .attributeError {}
        return try invokeMethod(hook, receiver: value, [.object(name)])
    }

    /// A module's own `__getattr__` (PEP 562), asked for a name nothing else has.
    private func moduleGetattrHook(_ value: Value, _ name: PyStr) throws(PythonError) -> Value? {
        guard let module = value.object as? PyModule, let hook = try module.dict.get(name: names.getattr, self) else { return nil }
        return try callOne(hook, .object(name))
    }

    /// `object.__getattribute__`: descriptors of the type and the instance dict,
    /// without the class's hooks; nil when missing.
    func genericGetAttribute(_ value: Value, _ name: PyStr) throws(PythonError) -> Value? {
        if let object = value.object as? PyType { return try typeAttribute(object, name) }
        let descriptor = lookupInType(typeOf(value), name)
        if let descriptor, let data = try dataDescriptorGet(descriptor, value) { return data }
        if case .object(let object) = value {
            if let instance = object as? PyInstance, instance.layout != nil {
                if let found = try instanceOwnAttribute(instance, name) { return found }
            } else if let dict = instanceDict(object), let found = try dict.get(name: name, self) {
                return found
            }
        }
        if let descriptor { return try bind(descriptor, to: value) }
        return nil
    }

    /// The value of a data descriptor (property, native attribute, a Python class
    /// with `__set__` or `__delete__`), or nil for other attributes.
    private func dataDescriptorGet(_ descriptor: Value, _ value: Value) throws(PythonError) -> Value? {
        guard case .object(let object) = descriptor else { return nil }
        if let property = object as? PyProperty {
            if case .none = property.getter { throw propertyError(property, value, lacking: "getter") }
            return try callOne(property.getter, value)
        }
        if let native = object as? PyNativeAttribute { return try native.getter(self, value) }
        if let member = object as? PySlotMember { return try readSlot(member, of: value) }
        if object.type.isHeapType, isDataDescriptor(object.type), let get = heapDunder(object.type, names.get) {
            return try invokeMethod(get, receiver: descriptor, [value, .object(typeOf(value))])
        }
        return nil
    }

    /// The value of the slot `member` of `value` (AttributeError while unset).
    func readSlot(_ member: PySlotMember, of value: Value) throws(PythonError) -> Value {
        let slot = try slotHolder(value, member).slotValues?[member.index] ?? .null
        if case .null = slot { throw attributeError(value, intern(member.name)) }
        return slot
    }

    /// Sets the slot `member` of `value`, or deletes it when `newValue` is nil.
    func writeSlot(_ member: PySlotMember, of value: Value, _ newValue: Value?) throws(PythonError) {
        let holder = try slotHolder(value, member)
        if newValue == nil, case .null = holder.slotValues?[member.index] ?? .null {
            throw PythonError(.attributeError, member.name)
        }
        // Only instances of plain classes have their slot values from the start.
        if holder.slotValues == nil { holder.slotValues = Array(repeating: .null, count: holder.type.slotCount) }
        holder.slotValues?[member.index] = newValue ?? .null
    }

    /// The object whose slot `member` reads or writes: an instance of a class with
    /// that slot, be it a plain instance or one of a subclass of a builtin type or of
    /// an exception (TypeError for any other object).
    private func slotHolder(_ value: Value, _ member: PySlotMember) throws(PythonError) -> any SlotValueStorage {
        if let instance = value.object as? PyInstance, let count = instance.slotValues?.count, member.index < count { return instance }
        if let holder = value.object as? any SlotValueStorage, !(holder is PyInstance), member.index < holder.type.slotCount {
            return holder
        }
        throw PythonError(.typeError, "descriptor '\(member.name)' for '\(member.ownerName)' objects doesn't apply to a '\(typeName(value))' object")
    }

    /// A class defined in Python whose instances are data descriptors.
    private func isDataDescriptor(_ type: PyType) -> Bool {
        heapDunder(type, names.set) != nil || heapDunder(type, names.delete) != nil
    }

    /// `property 'x' of 'C' object has no setter` (`no getter`, `no deleter`).
    func propertyError(_ property: PyProperty, _ value: Value, lacking accessor: String) -> PythonError {
        let named = property.name.map { "property '\($0)'" } ?? "property"
        return PythonError(.attributeError, "\(named) of '\(typeName(value))' object has no \(accessor)")
    }

    /// A non-data attribute found on the type, as the instance sees it.
    func bind(_ descriptor: Value, to value: Value) throws(PythonError) -> Value {
        guard case .object(let object) = descriptor else { return descriptor }
        if object is PyFunction {
            return .object(PyBoundMethod(type: types.method, function: descriptor, receiver: value))
        }
        if let builtin = object as? PyBuiltinFunction, builtin.owner != nil, builtin.boundSelf == nil {
            // A slot wrapper binds to a method-wrapper, any other method to a built-in method.
            let boundType = builtin.type === types.wrapperDescriptor ? types.methodWrapper : types.builtinFunction
            return .object(PyBuiltinFunction(type: boundType, name: builtin.name, owner: builtin.owner,
                                             boundSelf: value, doc: builtin.doc, body: builtin.body))
        }
        if let wrapper = object as? PyMethodWrapper {
            if wrapper.kind == .staticMethod { return wrapper.function }
            return try classMethodBinding(wrapper, to: typeOf(value))
        }
        if object.type.isHeapType, let get = heapDunder(object.type, names.get) {
            return try invokeMethod(get, receiver: descriptor, [value, .object(typeOf(value))])
        }
        return descriptor
    }

    /// An attribute of a class: its own (and its bases') dict first, then the metatype's.
    private func typeAttribute(_ type: PyType, _ name: PyStr) throws(PythonError) -> Value? {
        let metaDescriptor = lookupInType(type.type, name)
        if let metaDescriptor, let data = try dataDescriptorGet(metaDescriptor, .object(type)) { return data }
        if let found = lookupInType(type, name) {
            if let wrapper = found.object as? PyMethodWrapper {
                if wrapper.kind == .staticMethod { return wrapper.function }
                return try classMethodBinding(wrapper, to: type)
            }
            if let property = found.object as? PyProperty { return .object(property) }
            if case .object(let object) = found, object.type.isHeapType, let get = heapDunder(object.type, names.get) {
                return try invokeMethod(get, receiver: found, [.none, .object(type)])
            }
            return found
        }
        if let metaDescriptor { return try bind(metaDescriptor, to: .object(type)) }
        return nil
    }

    /// LOAD_METHOD: a function found on the type comes back unbound with
    /// `isMethod` set, so the call passes the object as `self` without a bound method.
    func loadMethod(_ value: Value, _ name: PyStr) throws(PythonError) -> (Value, isMethod: Bool) {
        if case .object(let object) = value, Swift.type(of: object) == PyInstance.self, object.type.slots.getAttribute == nil {
            let entry = cachedLookup(object.type, name)
            if entry.kind == .function, let function = entry.value {
                let instance = unsafeDowncast(object, to: PyInstance.self)
                if let shadow = try instanceOwnAttribute(instance, name) { return (shadow, false) }
                return (function, true)
            }
        }
        if case .object(let object) = value, !(object is PyType), !(object is PyModule), object.type.slots.getAttribute == nil {
            let type = object.type
            if let descriptor = lookupInType(type, name) {
                let isPlainMethod: Bool
                switch descriptor {
                case .object(let candidate):
                    if candidate is PyFunction {
                        isPlainMethod = true
                    } else if let builtin = candidate as? PyBuiltinFunction {
                        isPlainMethod = builtin.owner != nil && builtin.boundSelf == nil
                    } else {
                        isPlainMethod = false
                    }
                default:
                    isPlainMethod = false
                }
                if isPlainMethod {
                    if let instance = object as? PyInstance, instance.layout != nil {
                        if let shadow = try instanceOwnAttribute(instance, name) { return (shadow, false) }
                    } else if let dict = instanceDict(object), let shadow = try dict.get(name: name, self) {
                        return (shadow, false)
                    }
                    return (descriptor, true)
                }
            }
        } else if case .object = value {} else {
            // Inline values (int, float, bool, None): their type's methods.
            if let descriptor = lookupInType(typeOf(value), name), let builtin = descriptor.object as? PyBuiltinFunction,
               builtin.owner != nil, builtin.boundSelf == nil {
                return (descriptor, true)
            }
        }
        return (try getAttribute(value, name), false)
    }

    /// `value.name = newValue`, or `del value.name` when `newValue` is nil.
    public func setAttribute(_ value: Value, _ name: PyStr, _ newValue: Value?) throws(PythonError) {
        if let newValue, case .object(let object) = value, Swift.type(of: object) == PyInstance.self,
           object.type.instancesHaveDict, cachedLookup(object.type, name).kind == .absent,
           cachedLookup(object.type, names.setattr).kind != .function {
            try storeInInstanceDict(unsafeDowncast(object, to: PyInstance.self), name, newValue)
            return
        }
        let type = typeOf(value)
        if type.isHeapType, let hook = heapDunder(type, newValue == nil ? names.delattr : names.setattr) {
            _ = try invokeMethod(hook, receiver: value, newValue.map { [.object(name), $0] } ?? [.object(name)])
            return
        }
        try genericSetAttribute(value, name, newValue)
    }

    /// `object.__setattr__` (and `__delattr__` when `newValue` is nil): a data
    /// descriptor of the type, else the instance's (or a class's own) dict.
    func genericSetAttribute(_ value: Value, _ name: PyStr, _ newValue: Value?) throws(PythonError) {
        let type = typeOf(value)
        if let descriptor = lookupInType(type, name), case .object(let object) = descriptor {
            if let property = object as? PyProperty {
                let accessor = newValue == nil ? property.deleter : property.setter
                if case .none = accessor { throw propertyError(property, value, lacking: newValue == nil ? "deleter" : "setter") }
                _ = try callValues(accessor, newValue.map { [value, $0] } ?? [value])
                return
            }
            if let native = object as? PyNativeAttribute {
                if let newValue, let setter = native.setter { return try setter(self, value, newValue) }
                if newValue == nil, let deleter = native.deleter { return try deleter(self, value) }
                throw PythonError(.attributeError, "attribute '\(name.string)' of '\(type.name)' objects is not writable")
            }
            if let member = object as? PySlotMember { return try writeSlot(member, of: value, newValue) }
            if object.type.isHeapType, isDataDescriptor(object.type) {
                let method = newValue == nil ? names.delete : names.set
                guard let accessor = heapDunder(object.type, method) else {
                    throw PythonError(.attributeError, method.string)
                }
                _ = try invokeMethod(accessor, receiver: descriptor, newValue.map { [value, $0] } ?? [value])
                return
            }
        }
        guard case .object(let object) = value else { throw attributeError(value, name) }
        if let type = object as? PyType, type.isHeapType, let dict = type.dict {
            typeDictChanged()
            if let newValue {
                try dict.set(.object(name), newValue, self)
            } else if try dict.remove(.object(name), self) == nil {
                throw PythonError(.attributeError, "type object '\(type.name)' has no attribute '\(name.string)'")
            }
            if name.string.hasPrefix("__") && name.string.hasSuffix("__") { dunderAssigned(on: type) }
            return
        }
        if let type = object as? PyType {
            throw PythonError(.typeError, "cannot set '\(name.string)' attribute of immutable type '\(type.name)'")
        }
        if let newValue, let instance = object as? PyInstance, instance.layout != nil, instance.storeInline(name, newValue) { return }
        var dict = instanceDict(object)
        if dict == nil, newValue != nil {
            let made = makeDict()
            if let instance = object as? PyInstance, instance.type.instancesHaveDict {
                instance.dict = made
                dict = made
            } else if let function = object as? PyFunction {
                function.attributes = made
                dict = made
            } else if let exception = object as? PyBaseException {
                exception.attributes = made
                dict = made
            } else if object.type.isHeapType, object.type.instancesHaveDict, let storage = object as? SubclassInstanceStorage {
                storage.attributes = made
                dict = made
            }
        }
        guard let dict else {
            if newValue != nil, lookupInType(type, name) != nil {
                throw PythonError(.attributeError, "'\(type.name)' object attribute '\(name.string)' is read-only")
            }
            throw attributeError(value, name)
        }
        if let newValue {
            try dict.set(.object(name), newValue, self)
        } else if try dict.remove(.object(name), self) == nil {
            throw attributeError(value, name)
        }
    }

    /// `AttributeError: 'int' object has no attribute 'x'`, carrying the object
    /// and name for the "Did you mean" hint.
    func attributeError(_ value: Value, _ name: PyStr) -> PythonError {
        let message: String
        if let module = value.object as? PyModule {
            message = "module '\(module.name)' has no attribute '\(name.string)'"
        } else if let type = value.object as? PyType {
            message = "type object '\(type.name)' has no attribute '\(name.string)'"
        } else {
            message = "'\(typeName(value))' object has no attribute '\(name.string)'"
        }
        let exception = makeException(.attributeError, message)
        exception.setAttribute("name", .object(name), self)
        exception.setAttribute("obj", value, self)
        return PythonError(exception)
    }
}
