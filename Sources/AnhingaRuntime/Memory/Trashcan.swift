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
/// So the depth of `deinit` calls stays bounded whatever the nesting. The work
/// list costs allocations, so it is the fallback: while fewer than
/// `nestingLimit` frees of one interpreter are nested, a dying container drops
/// its children directly (ARC's own recursion, as cheap as freeing gets). The
/// count lives in a `FreeNesting` shared by that interpreter's types, so
/// nothing is shared between threads or interpreters.
enum Trashcan {
    /// Nested frees allowed before the work list takes over (each costs a few
    /// hundred bytes of native stack; CPython's trashcan allows 50).
    static let nestingLimit = 100

    /// Runs `dropChildren` (which lets go of the dying `owner`'s children, freeing
    /// them now) as a nested free, when the nesting allows: false when it does not
    /// and the caller must go through the work list instead.
    @inline(__always)
    static func freeNested(_ owner: PyObject, _ dropChildren: () -> Void) -> Bool {
        // Lent, not retained: an `unowned(unsafe)` local made strong again for each use
        // costs an atomic retain even in the non-atomic build.
        Unmanaged.passUnretained(owner.type.freeNesting)._withUnsafeGuaranteedRef { nesting in
            guard nesting.depth < nestingLimit else { return false }
            nesting.depth += 1
            dropChildren()
            nesting.depth -= 1
            return true
        }
    }

    /// `releaseChildren` for the children of `owner`: nested while the limit allows.
    @inline(__always)
    static func releaseChildren(_ children: inout [Value], of owner: PyObject) {
        if freeNested(owner, { children = [] }) { return }
        releaseChildren(&children)
    }

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

/// How many container frees are in progress, nested, in one interpreter (see
/// `Trashcan`). One per runtime, reached from any object through its type.
final class FreeNesting {
    var depth = 0
}
