/// The slots of a class defined in Python: each reaches the dunder method the
/// class (or a base class defined in Python) defines, so the evaluation loop
/// keeps dispatching through slots whatever the type.
extension Runtime {
    /// Each binary slot with its dunder and reflected dunder (classes' slots call
    /// them; the builtin types' dunder methods call the slots).
    static var binaryDunders: [(WritableKeyPath<TypeSlots, BinarySlot?>, String, String)] {
        [(\.add, "__add__", "__radd__"), (\.subtract, "__sub__", "__rsub__"), (\.multiply, "__mul__", "__rmul__"),
         (\.trueDivide, "__truediv__", "__rtruediv__"), (\.floorDivide, "__floordiv__", "__rfloordiv__"),
         (\.remainder, "__mod__", "__rmod__"), (\.divmod, "__divmod__", "__rdivmod__"),
         (\.leftShift, "__lshift__", "__rlshift__"), (\.rightShift, "__rshift__", "__rrshift__"),
         (\.bitAnd, "__and__", "__rand__"), (\.bitOr, "__or__", "__ror__"), (\.bitXor, "__xor__", "__rxor__")]
    }

    /// `creating`: the class is being made (rather than a dunder assigned later),
    /// when an `__eq__` without `__hash__` makes its instances unhashable.
    func installDunderSlots(_ type: PyType, creating: Bool) {
        // The dunders the Python classes of the MRO define, read once from their dicts
        // (cheaper than a look-up per protocol, which start-up's classes felt).
        var defined = Set<String>()
        for candidate in type.mro where candidate.isHeapType {
            for entry in candidate.dict?.orderedEntries ?? [] {
                if let key = entry.key.object as? PyStr, key.string.hasPrefix("__") { defined.insert(key.string) }
            }
        }
        func has(_ name: String) -> Bool { defined.contains(name) }
        type.instanceFinalizers = has("__del__") ? finalizers : nil
        if has("__del__") { finalizers.delClassesExist = true }
        // The closures below live in the type's slots: they take the runtime as an
        // argument (capturing `self` would keep it alive), and names interned here, once.
        let boolName = intern("__bool__")
        let containsName = intern("__contains__")
        let delitemName = intern("__delitem__")
        let eqName = intern("__eq__")
        let getitemName = intern("__getitem__")
        let hashName = intern("__hash__")
        let iterName = intern("__iter__")
        let lenName = intern("__len__")
        let nextName = intern("__next__")
        let powName = intern("__pow__")
        let reprName = intern("__repr__")
        let rpowName = intern("__rpow__")
        let setitemName = intern("__setitem__")
        let strName = intern("__str__")
        // A dunder may be a builtin that comes back to the slot (`__hash__ = object.__hash__`
        // once did; `__repr__ = lambda s: repr(s)` does): the native stack is checked here.
        func callDunder(_ name: PyStr, _ receiver: Value, _ values: [Value], _ rt: Runtime) throws(PythonError) -> Value? {
            guard let method = rt.heapDunder(rt.typeOf(receiver), name) else { return nil }
            if rt.nativeStackExhausted() { throw PythonError(.recursionError, "maximum recursion depth exceeded") }
            return try rt.invokeMethod(method, receiver: receiver, values)
        }
        func callDunder(_ name: PyStr, _ receiver: Value, argument: Value, _ rt: Runtime) throws(PythonError) -> Value? {
            guard let method = rt.heapDunder(rt.typeOf(receiver), name) else { return nil }
            if rt.nativeStackExhausted() { throw PythonError(.recursionError, "maximum recursion depth exceeded") }
            return try rt.invokeMethod(method, receiver: receiver, argument: argument)
        }
        if has("__getattribute__") {
            let getattributeName = names.getattribute
            let getattrName = names.getattr
            type.slots.getAttribute = { (rt: Runtime, a: Value, name: PyStr) throws(PythonError) -> Value in
                do throws(PythonError) {
                    return try callDunder(getattributeName, a, argument: .object(name), rt) ?? .none
                } catch where error.kind == .attributeError {
                    guard let hook = rt.heapDunder(rt.typeOf(a), getattrName) else { throw error }
                    return try rt.invokeMethod(hook, receiver: a, [.object(name)])
                }
            }
        }
        if has("__repr__") {
            type.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
                let result = try callDunder(reprName, a, [], rt) ?? .none
                guard let text = result.object as? PyStr else {
                    throw PythonError(.typeError, "__repr__ returned non-string (type \(rt.typeName(result)))")
                }
                return text
            }
        }
        if has("__str__") {
            type.slots.str = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
                let result = try callDunder(strName, a, [], rt) ?? .none
                guard let text = result.object as? PyStr else {
                    throw PythonError(.typeError, "__str__ returned non-string (type \(rt.typeName(result)))")
                }
                return text
            }
        }
        let comparisons = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        if comparisons.contains(where: has) {
            let comparisonNames = comparisons.map { intern($0) }
            let inherited = type.slots.richCompare
            type.slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
                let name = comparisonNames[Int(op.rawValue)]
                if let result = try callDunder(name, a, argument: b, rt) { return result }
                if op == .notEqual, let result = try callDunder(eqName, a, argument: b, rt) {
                    if case .notImplemented = result { return result }
                    return .bool(!(try rt.isTrue(result)))
                }
                return try inherited?(rt, a, b, op) ?? .notImplemented
            }
        }
        if let dict = type.dict {
            let ownEq = (try? dict.get(.object(intern("__eq__")), self)) ?? nil
            let ownHash = (try? dict.get(.object(intern("__hash__")), self)) ?? nil
            if case .none? = ownHash {
                type.slots.hash = nil
            } else if ownHash != nil {
                type.slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
                    let result = try callDunder(hashName, a, [], rt) ?? .none
                    guard case .int(let hash) = result else {
                        if let big = result.object as? PyInt { return try rt.hash(.object(big)) }
                        throw PythonError(.typeError, "__hash__ method should return an integer")
                    }
                    return hash == -1 ? -2 : hash
                }
            } else if ownEq != nil && creating {
                type.slots.hash = nil
                try? dict.set(.object(intern("__hash__")), .none, self)
            }
        }
        if has("__bool__") {
            type.slots.bool = { (rt: Runtime, a: Value) throws(PythonError) -> Bool in
                let result = try callDunder(boolName, a, [], rt) ?? .none
                guard case .bool(let flag) = result else {
                    throw PythonError(.typeError, "__bool__ should return bool, returned \(rt.typeName(result))")
                }
                return flag
            }
        }
        if has("__len__") {
            type.slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
                let result = try callDunder(lenName, a, [], rt) ?? .none
                guard case .int(let count) = result else {
                    if case .bool(let flag) = result { return flag ? 1 : 0 }
                    if let operand = try rt.indexOperand(result) {
                        guard case .small(let count) = operand else {
                            throw PythonError(.overflowError, "cannot fit 'int' into an index-sized integer")
                        }
                        if count < 0 { throw PythonError(.valueError, "__len__() should return >= 0") }
                        return count
                    }
                    throw PythonError(.typeError, "'\(rt.typeName(result))' object cannot be interpreted as an integer")
                }
                if count < 0 { throw PythonError(.valueError, "__len__() should return >= 0") }
                return count
            }
        }
        if has("__getitem__") {
            type.slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in
                try callDunder(getitemName, a, argument: key, rt) ?? .notImplemented
            }
        }
        if has("__setitem__") || has("__delitem__") {
            type.slots.setItem = { (rt: Runtime, a: Value, key: Value, value: Value?) throws(PythonError) in
                if let value {
                    guard try callDunder(setitemName, a, [key, value], rt) != nil else {
                        throw PythonError(.typeError, "'\(rt.typeName(a))' object does not support item assignment")
                    }
                } else if try callDunder(delitemName, a, argument: key, rt) == nil {
                    throw PythonError(.attributeError, "__delitem__")
                }
            }
        }
        if has("__contains__") {
            type.slots.contains = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Bool in
                if case .none? = rt.heapDunder(rt.typeOf(a), containsName) {
                    throw PythonError(.typeError, "'\(rt.typeName(a))' object is not a container")
                }
                return try rt.isTrue(try callDunder(containsName, a, argument: b, rt) ?? .bool(false))
            }
        }
        if has("__iter__") {
            type.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
                // `__iter__ = None` declares the class not iterable (no `__getitem__` fallback).
                if case .none? = rt.heapDunder(rt.typeOf(a), iterName) {
                    throw PythonError(.typeError, "'\(rt.typeName(a))' object is not iterable")
                }
                let result = try callDunder(iterName, a, [], rt) ?? .none
                let resultType = rt.typeOf(result)
                if resultType.slots.next == nil && !(result.object is PyIterator) && !(result.object is PyGenerator) {
                    throw PythonError(.typeError, "iter() returned non-iterator of type '\(resultType.name)'")
                }
                return result
            }
        }
        if has("__next__") {
            type.slots.next = { (rt: Runtime, a: Value) throws(PythonError) -> Value? in
                do throws(PythonError) {
                    return try callDunder(nextName, a, [], rt)
                } catch {
                    if error.kind == .stopIteration { return nil }
                    throw error
                }
            }
        }
        for (path, nameText, reflectedText) in Self.binaryDunders where has(nameText) || has(reflectedText) {
            let name = intern(nameText)
            let reflected = intern(reflectedText)
            let inherited = type.slots[keyPath: path]
            type.slots[keyPath: path] = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
                let leftType = rt.typeOf(a)
                let rightType = rt.typeOf(b)
                var reflectedPending = rightType !== leftType && rightType.isHeapType
                // As CPython: a subclass on the right that overrides the reflected method goes first.
                if reflectedPending, rightType.isSubtype(of: leftType), let own = rt.heapDunder(rightType, reflected),
                   !(rt.heapDunder(leftType, reflected).map { $0.isIdentical(to: own) } ?? false) {
                    reflectedPending = false
                    if let result = try callDunder(reflected, b, argument: a, rt) {
                        if case .notImplemented = result {} else { return result }
                    }
                }
                if leftType.isHeapType, let result = try callDunder(name, a, argument: b, rt) {
                    if case .notImplemented = result {} else { return result }
                }
                if reflectedPending, let result = try callDunder(reflected, b, argument: a, rt) {
                    if case .notImplemented = result {} else { return result }
                }
                return try inherited?(rt, a, b) ?? .notImplemented
            }
        }
        if has("__pow__") || has("__rpow__") {
            type.slots.power = { (rt: Runtime, a: Value, b: Value, modulus: Value) throws(PythonError) -> Value in
                let extra: [Value] = modulus.isIdentical(to: .none) ? [b] : [b, modulus]
                if rt.typeOf(a).isHeapType, let result = try callDunder(powName, a, extra, rt) {
                    if case .notImplemented = result {} else { return result }
                }
                if rt.typeOf(b) !== rt.typeOf(a), rt.typeOf(b).isHeapType, let result = try callDunder(rpowName, b, argument: a, rt) {
                    return result
                }
                return .notImplemented
            }
        }
        let unaryDunders: [(WritableKeyPath<TypeSlots, UnarySlot?>, String)] = [
            (\.negative, "__neg__"), (\.positive, "__pos__"), (\.absolute, "__abs__"), (\.invert, "__invert__"),
            (\.int, "__int__"), (\.float, "__float__"), (\.index, "__index__"),
        ]
        for (path, nameText) in unaryDunders where has(nameText) {
            let name = intern(nameText)
            type.slots[keyPath: path] = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
                try callDunder(name, a, [], rt) ?? .notImplemented
            }
        }
    }
}
