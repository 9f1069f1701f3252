/// `obj.__class__ = C`: an object may change its class for another whose
/// instances are laid out the same, as CPython's `object.__class__` setter allows.
extension Runtime {
    func assignClass(of value: Value, to newValue: Value) throws(PythonError) {
        guard let new = newValue.object as? PyType else {
            throw PythonError(.typeError, "__class__ must be set to a class, not '\(typeName(newValue))' object")
        }
        let old = typeOf(value)
        let modules = old.isSubtype(of: types.module) && new.isSubtype(of: types.module)
        guard case .object(let object) = value, modules || (old.isHeapType && new.isHeapType) else {
            throw PythonError(.typeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        guard instanceLayoutsMatch(old, new, bothModules: modules) else {
            throw PythonError(.typeError, "__class__ assignment: '\(new.name)' object layout differs from '\(old.name)'")
        }
        // Inline attributes are named by the old class's layout, which the new class
        // does not share: they move into the instance's dict first.
        if let instance = object as? PyInstance, old.instancesHaveDict { _ = instance.dict }
        object.assignClass(new)
    }

    /// Whether instances of `old` may become instances of `new`: the same builtin
    /// storage under them (the same exception class, since an exception keeps its
    /// builtin kind), the same slots in the same places, and a dict for both or
    /// neither (a module always has its own).
    private func instanceLayoutsMatch(_ old: PyType, _ new: PyType, bothModules: Bool) -> Bool {
        func slotNames(_ type: PyType) -> [String] {
            type.mro.reversed().flatMap { owner in
                owner.dict?.orderedEntries.compactMap { ($0.value.object as? PySlotMember)?.name } ?? []
            }
        }
        return builtinBase(of: old) === builtinBase(of: new) && (bothModules || old.instancesHaveDict == new.instancesHaveDict)
            && old.slotCount == new.slotCount && slotNames(old) == slotNames(new)
    }

    /// The nearest builtin class in the MRO: what stores the builtin part of an
    /// instance (`object` for a plain class).
    func builtinBase(of type: PyType) -> PyType {
        type.mro.first { !$0.isHeapType } ?? types.object
    }
}
