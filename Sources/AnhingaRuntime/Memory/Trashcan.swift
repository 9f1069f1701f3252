/// Freeing deep structures without deep recursion (brief decision 6).
///
/// ARC frees an object's children from its `deinit`; a list nested a million
/// levels deep would free itself through a million nested `deinit` calls and
/// overflow the native stack. Instead, a dying container hands its children to
/// `releaseChildren`, which frees them with a loop and an explicit work list:
///
/// * children that cannot hold references (ints, strs) are released at once;
/// * a child container that is still referenced elsewhere only loses a count;
/// * a child container held by nothing else (`isKnownUniquelyReferenced`) is
///   emptied first, its own children moving onto the work list, and then
///   released: its `deinit` finds nothing left to free and returns at once.
///
/// So the depth of `deinit` calls stays at two whatever the nesting, and no
/// state outlives the call: nothing is shared between threads or interpreters.
enum Trashcan {
    /// Releases the values a dying container held. Cheap when none of them is a container.
    @inline(__always)
    static func releaseChildren(_ children: inout [Value]) {
        guard children.contains(where: holdsReferences) else { return }
        var pending: [PyObject] = []
        for case .object(let object) in children where object.type.flags.contains(.holdsReferences) {
            pending.append(object)
        }
        children = []
        drain(&pending)
    }

    /// The same for a container whose children are already objects.
    static func releaseChildren(_ children: inout [PyObject]) {
        var pending = children
        children = []
        drain(&pending)
    }

    @inline(__always)
    private static func holdsReferences(_ value: Value) -> Bool {
        if case .object(let object) = value { return object.type.flags.contains(.holdsReferences) }
        return false
    }

    private static func drain(_ pending: inout [PyObject]) {
        while var object = pending.popLast() {
            if isKnownUniquelyReferenced(&object) {
                var children: [PyObject] = []
                object.moveReferences(into: &children)
                for child in children where child.type.flags.contains(.holdsReferences) {
                    pending.append(child)
                }
            }
            // `object` is released here; if it was the last reference, its
            // deinit runs now and finds the object already empty.
        }
    }
}
