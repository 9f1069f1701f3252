import AnhingaCompiler

/// The operations the evaluation loop performs on values, each dispatched
/// through the type's slots: subscripts, `in`, binary operators, iteration
/// and unpacking.
extension Runtime {
    public func getItem(_ container: Value, _ key: Value) throws(PythonError) -> Value {
        let type = typeOf(container)
        if let slot = type.slots.getItem {
            let result = try slot(self, container, key)
            if case .notImplemented = result {} else { return result }
        }
        if let classType = container.object as? PyType {
            if let hook = lookupInType(classType, intern("__class_getitem__")) {
                let function = (hook.object as? PyMethodWrapper)?.function ?? hook
                return try callValues(function, [container, key])
            }
            throw PythonError(.typeError, "type '\(classType.name)' is not subscriptable")
        }
        throw PythonError(.typeError, "'\(type.name)' object is not subscriptable")
    }

    /// `list[i]` and `tuple[i]` of the exact builtin types with an int index in range,
    /// the container read where it lies in `location` (a fast local or a stack slot):
    /// borrowed, not retained. nil for everything else (including the errors).
    @inline(__always)
    func quickSubscript(at location: UnsafeMutablePointer<Value>, _ key: Value) -> Value? {
        guard case .int(var index) = key else { return nil }
        // Types compared by identity: reading `object.type` would retain it inside the closure.
        let list = ObjectIdentifier(types.list), tuple = ObjectIdentifier(types.tuple)
        return location.withBorrowedObject { object -> Value? in
            if Swift.type(of: object) == PyList.self, object.typeIdentity == list {
                let items = unsafeDowncast(object, to: PyList.self)
                if index < 0 { index &+= items.items.count }
                return index >= 0 && index < items.items.count ? items.items[index] : nil
            }
            if Swift.type(of: object) == PyTuple.self, object.typeIdentity == tuple {
                let items = unsafeDowncast(object, to: PyTuple.self)
                if index < 0 { index &+= items.items.count }
                return index >= 0 && index < items.items.count ? items.items[index] : nil
            }
            return nil
        }
    }

    /// `list[i] = value` for an exact list and an int index in range; false when not done.
    @inline(__always)
    func quickStoreSubscript(_ container: Value, _ key: Value, _ value: Value) -> Bool {
        guard case .int(var index) = key, case .object(let object) = container,
              Swift.type(of: object) == PyList.self, object.type === types.list else { return false }
        let list = unsafeDowncast(object, to: PyList.self)
        if index < 0 { index += list.items.count }
        guard index >= 0 && index < list.items.count else { return false }
        list.items[index] = value
        return true
    }

    /// `container[key] = value`, or `del container[key]` when value is nil.
    public func setItem(_ container: Value, _ key: Value, _ value: Value?) throws(PythonError) {
        let type = typeOf(container)
        guard let slot = type.slots.setItem else {
            if value == nil { throw PythonError(.typeError, "'\(type.name)' object doesn't support item deletion") }
            throw PythonError(.typeError, "'\(type.name)' object does not support item assignment")
        }
        try slot(self, container, key, value)
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws(PythonError) -> Bool {
        let type = typeOf(container)
        if let slot = type.slots.contains { return try slot(self, container, item) }
        // `__iter__ = None` refuses iteration, whatever `__getitem__` there is.
        let refusesIteration: Bool = { if type.isHeapType, case .none? = heapDunder(type, "__iter__") { true } else { false } }()
        if !refusesIteration && (type.slots.iterate != nil || type.slots.getItem != nil) {
            let iterator = try iterate(container)
            while let candidate = try nextItem(iterator) {
                if try sameOrEqual(candidate, item) { return true }
            }
            return false
        }
        throw PythonError(.typeError, "argument of type '\(type.name)' is not iterable")
    }

    /// For `left op right` where `left` is an instance of a class defined in Python:
    /// the dunder that decides alone, a Python function of the class, when the right
    /// operand is of the same class (no reflected method is tried then) or an int,
    /// float or bool (whose reflected methods never take an instance). nil sends
    /// the operation through `binary`'s full protocol.
    func instanceBinaryDunder(_ arg: Int, _ instance: PyInstance, _ right: Value) -> Value? {
        switch right {
        case .int, .float, .bool: break
        case .object(let other) where other.typeIdentity == instance.typeIdentity: break
        default: return nil
        }
        guard arg < 13, let name = names.binaryDunders[arg] else { return nil }
        let entry = cachedLookup(instance.type, name)
        guard entry.foundOnHeapType, entry.kind == .function else { return nil }
        return entry.value
    }

    /// The TypeError of a BINARY_OP (argument below 13) that no operand supports.
    func unsupportedOperands(_ arg: Int, _ left: PyType, _ right: PyType) -> PythonError {
        let symbol = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"][arg % 13]
        return PythonError(.typeError, "unsupported operand type(s) for \(symbol): '\(left.name)' and '\(right.name)'")
    }

    /// BINARY_OP's argument is the operator, +13 for the in-place form.
    ///
    /// BINARY_OP on two ints, two floats or an int and a float, when the answer
    /// is an int or a float computed here (no overflow, no division by zero):
    /// inlined into the evaluation loop; nil sends it to `binaryOperation`.
    @inline(__always)
    func quickBinary(_ arg: Int, _ left: Value, _ right: Value) -> Value? {
        let op = arg >= 13 ? arg &- 13 : arg  // the in-place forms compute the same
        if case .int(let x) = left {
            if case .int(let y) = right { return Self.intArithmetic(op, x, y) }
            if case .float(let y) = right { return Self.floatArithmetic(op, Double(x), y) }
            return nil
        }
        if case .float(let x) = left {
            if case .float(let y) = right { return Self.floatArithmetic(op, x, y) }
            // An int operand converts to the nearest float (ties to even), as CPython's does.
            if case .int(let y) = right { return Self.floatArithmetic(op, x, Double(y)) }
        }
        return nil
    }

    @inline(__always)
    private static func intArithmetic(_ op: Int, _ x: Int, _ y: Int) -> Value? {
        switch op {
        case 0:
            let (sum, overflow) = x.addingReportingOverflow(y)
            return overflow ? nil : .int(sum)
        case 1:
            let (difference, overflow) = x.subtractingReportingOverflow(y)
            return overflow ? nil : .int(difference)
        case 2:
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            return overflow ? nil : .int(product)
        case 5 where y != 0 && x != Int.min:
            // Python's modulo takes the divisor's sign.
            let remainder = x % y
            return .int(remainder != 0 && (remainder < 0) != (y < 0) ? remainder + y : remainder)
        case 7 where y >= 0 && y < 63 && x >= 0:
            return x <= Int.max >> y ? .int(x << y) : nil
        case 8 where y >= 0:
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case 9: return .int(x | y)
        case 10: return .int(x ^ y)
        case 11: return .int(x & y)
        case 12 where y != 0 && x != Int.min:
            // Floor division: round toward negative infinity.
            let quotient = x / y
            return .int((x % y != 0) && ((x < 0) != (y < 0)) ? quotient - 1 : quotient)
        default: return nil
        }
    }

    @inline(__always)
    private static func floatArithmetic(_ op: Int, _ x: Double, _ y: Double) -> Value? {
        switch op {
        case 0: return .float(x + y)
        case 1: return .float(x - y)
        case 2: return .float(x * y)
        case 4 where y != 0: return .float(x / y)
        default: return nil
        }
    }

    @inline(never)
    func binaryOperation(_ arg: Int, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        if let result = quickBinary(arg, left, right) { return result }
        if case .object(let a) = left, type(of: a) == PyInstance.self,
           let method = instanceBinaryDunder(arg, unsafeDowncast(a, to: PyInstance.self), right) {
            let result = try invokeMethod(method, receiver: left, argument: right)
            if case .notImplemented = result { throw unsupportedOperands(arg, a.type, typeOf(right)) }
            return result
        }
        if arg % 13 == 0, case .object(let a) = left, case .object(let b) = right, type(of: a) == PyStr.self, type(of: b) == PyStr.self,
           a.type === types.str, b.type === types.str {
            return .object(concatenate(unsafeDowncast(a, to: PyStr.self), unsafeDowncast(b, to: PyStr.self)))
        }
        let inPlace = arg >= 13
        let op: BinaryOperator
        switch arg % 13 {
        case 0: op = .add
        case 1: op = .subtract
        case 2: op = .multiply
        case 3: return try matrixMultiply(left, right, inPlace: inPlace)
        case 4: op = .trueDivide
        case 5: op = .remainder
        case 6: op = .power
        case 7: op = .leftShift
        case 8: op = .rightShift
        case 9: op = .bitOr
        case 10: op = .bitXor
        case 11: op = .bitAnd
        default: op = .floorDivide
        }
        if inPlace {
            if let list = left.object as? PyList, op == .add, left.object?.type === types.list {
                try listExtend(list, right, forUnpacking: false)
                return left
            }
            if let result = try inPlaceOperation(op, left, right) { return result }
            // list's own `+=` and `*=`, for a subclass that does not define its own.
            if let list = left.object as? PyList, op == .add || op == .multiply {
                if op == .add {
                    try listExtend(list, right, forUnpacking: false)
                    return left
                }
                if let count = IntegerOperand(right), case .small(let times) = count {
                    let items = list.items
                    list.items = times > 0 ? Array(repeating: items, count: times).flatMap { $0 } : []
                    return left
                }
            }
            do throws(PythonError) {
                return try binary(op, left, right)
            } catch {
                throw inPlaceMessage(error, op)
            }
        }
        return try binary(op, left, right)
    }

    /// The operators' in-place dunders on classes (`__iadd__`), when defined.
    private func inPlaceOperation(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
        let type = typeOf(left)
        guard type.isHeapType || type === types.set || type === types.dict else { return nil }
        let name: String
        switch op {
        case .add: name = "__iadd__"
        case .subtract: name = "__isub__"
        case .multiply: name = "__imul__"
        case .trueDivide: name = "__itruediv__"
        case .floorDivide: name = "__ifloordiv__"
        case .remainder: name = "__imod__"
        case .power: name = "__ipow__"
        case .leftShift: name = "__ilshift__"
        case .rightShift: name = "__irshift__"
        case .bitAnd: name = "__iand__"
        case .bitOr: name = "__ior__"
        case .bitXor: name = "__ixor__"
        case .divmod: return nil
        }
        guard let method = lookupInType(type, intern(name)) else { return nil }
        let result = try invokeMethod(method, receiver: left, [right])
        if case .notImplemented = result { return nil }
        return result
    }

    /// `a += b` reports "unsupported operand type(s) for +=".
    private func inPlaceMessage(_ error: PythonError, _ op: BinaryOperator) -> PythonError {
        guard case .pending(.typeError, let message?) = error.payload,
              message.hasPrefix("unsupported operand type(s) for \(op.symbol):") else { return error }
        let symbol = op == .power ? "**=" : op.symbol + "="
        let rest = message.dropFirst("unsupported operand type(s) for \(op.symbol)".count)
        return PythonError(.typeError, "unsupported operand type(s) for \(symbol)" + rest)
    }

    private func matrixMultiply(_ left: Value, _ right: Value, inPlace: Bool) throws(PythonError) -> Value {
        if inPlace, typeOf(left).isHeapType, let method = lookupInType(typeOf(left), intern("__imatmul__")) {
            let result = try invokeMethod(method, receiver: left, [right])
            if case .notImplemented = result {} else { return result }
        }
        for (value, other, name) in [(left, right, "__matmul__"), (right, left, "__rmatmul__")] {
            let type = typeOf(value)
            if type.isHeapType, let method = lookupInType(type, intern(name)) {
                let result = try invokeMethod(method, receiver: value, [other])
                if case .notImplemented = result {} else { return result }
            }
        }
        throw PythonError(.typeError, "unsupported operand type(s) for @\(inPlace ? "=" : ""): "
                          + "'\(typeName(left))' and '\(typeName(right))'")
    }

    // MARK: Iteration

    /// `iter(value)`.
    public func iterate(_ value: Value) throws(PythonError) -> Value {
        let type = typeOf(value)
        if let slot = type.slots.iterate { return try slot(self, value) }
        if type.slots.getItem != nil {
            return .object(PyIterator(type: types.iterator, source: .sequence(value)))
        }
        throw PythonError(.typeError, "'\(type.name)' object is not iterable")
    }

    /// `next(iterator)`, nil when it is exhausted.
    public func nextItem(_ iterator: Value) throws(PythonError) -> Value? {
        if let native = iterator.object as? PyIterator { return try native.next(self) }
        let type = typeOf(iterator)
        guard let slot = type.slots.next else {
            throw PythonError(.typeError, "'\(type.name)' object is not an iterator")
        }
        return try slot(self, iterator)
    }

    /// Every item of an iterable, in order.
    public func collect(_ iterable: Value) throws(PythonError) -> [Value] {
        // Exact lists and tuples only: a subclass may iterate its own way (`__iter__`).
        if let list = iterable.object as? PyList, list.type === types.list { return list.items }
        if let tuple = iterable.object as? PyTuple, tuple.type === types.tuple { return tuple.items }
        // As CPython's length hint: a range longer than any list fails at once.
        if let range = iterable.object as? PyRange {
            if range.big != nil, Int(exactly: range.exact.count) == nil {
                throw PythonError(.overflowError, "Python int too large to convert to C ssize_t")
            }
            // Where CPython's preallocation fails, before filling memory item by item.
            if range.count > 1 << 32 { throw PythonError(.memoryError) }
        }
        let iterator = try iterate(iterable)
        var items: [Value] = []
        while let item = try nextItem(iterator) {
            items.append(item)
            if items.count > 1 << 40 { throw PythonError(.memoryError) }
        }
        return items
    }

    /// `list.extend(iterable)`; for `[*x]` the error names the value's type as CPython does.
    func listExtend(_ list: PyList, _ iterable: Value, forUnpacking: Bool) throws(PythonError) {
        let type = typeOf(iterable)
        if forUnpacking && type.slots.iterate == nil && type.slots.getItem == nil {
            throw PythonError(.typeError, "Value after * must be an iterable, not \(type.name)")
        }
        // Collected first: Python code run by the iteration may change the list.
        let items = try collect(iterable)
        list.items.append(contentsOf: items)
    }

    /// UNPACK_SEQUENCE: exactly `count` items.
    func unpack(_ sequence: Value, count: Int) throws(PythonError) -> [Value] {
        if let tuple = sequence.object as? PyTuple, tuple.count == count { return tuple.items }
        if let list = sequence.object as? PyList, list.count == count { return list.items }
        if let items = (sequence.object as? PyTuple)?.items ?? (sequence.object as? PyList)?.items {
            throw PythonError(.valueError, items.count < count
                              ? "not enough values to unpack (expected \(count), got \(items.count))"
                              : "too many values to unpack (expected \(count))")
        }
        let type = typeOf(sequence)
        guard type.slots.iterate != nil || type.slots.getItem != nil else {
            throw PythonError(.typeError, "cannot unpack non-iterable \(type.name) object")
        }
        let iterator = try iterate(sequence)
        var items: [Value] = []
        while items.count < count, let item = try nextItem(iterator) { items.append(item) }
        if items.count < count {
            throw PythonError(.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        if try nextItem(iterator) != nil {
            throw PythonError(.valueError, "too many values to unpack (expected \(count))")
        }
        return items
    }

    /// UNPACK_EX: `before` items, a list of the middle, `after` items.
    func unpackStarred(_ sequence: Value, before: Int, after: Int) throws(PythonError) -> [Value] {
        let type = typeOf(sequence)
        guard type.slots.iterate != nil || type.slots.getItem != nil else {
            throw PythonError(.typeError, "cannot unpack non-iterable \(type.name) object")
        }
        let items = try collect(sequence)
        guard items.count >= before + after else {
            throw PythonError(.valueError, "not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        var result = Array(items[0..<before])
        result.append(.object(makeList(Array(items[before..<(items.count - after)]))))
        result.append(contentsOf: items[(items.count - after)...])
        return result
    }

    /// DICT_UPDATE / DICT_MERGE (`{**a}`, `f(**a)`).
    func dictUpdate(_ dict: PyDict, _ mapping: Value, merging: Bool, calleeFor callee: Value?) throws(PythonError) {
        guard let source = mapping.object as? PyDict else {
            if let keysMethod = try findAttribute(mapping, intern("keys")) {
                for key in try collect(try callValues(keysMethod, [])) {
                    try dict.set(key, try getItem(mapping, key), self)
                }
                return
            }
            if merging, let callee {
                throw PythonError(.typeError, "\(functionDescription(callee)) argument after ** must be a mapping, not \(typeName(mapping))")
            }
            throw PythonError(.typeError, "'\(typeName(mapping))' object is not a mapping")
        }
        for entry in source.orderedEntries {
            if merging, try dict.get(entry.key, self) != nil, let callee {
                throw PythonError(.typeError, "\(functionDescription(callee)) got multiple values for keyword argument '\(try str(entry.key).string)'")
            }
            try dict.set(entry.key, entry.value, self)
        }
    }

    /// How CPython names a callable in call errors: `__main__.f()`, `print()`, `list.append()`.
    func functionDescription(_ callable: Value) -> String {
        if let method = callable.object as? PyBoundMethod { return functionDescription(method.function) }
        if let function = callable.object as? PyFunction {
            if let module = function.module.object as? PyStr, module.string != "builtins" {
                return module.string + "." + function.qualname.string + "()"
            }
            return function.qualname.string + "()"
        }
        if let builtin = callable.object as? PyBuiltinFunction {
            return (builtin.owner.map { $0.name + "." } ?? "") + builtin.name + "()"
        }
        if let type = callable.object as? PyType {
            return (type.moduleName == "builtins" ? "" : type.moduleName + ".") + type.qualname + "()"
        }
        return typeName(callable) + " object"
    }

    /// BUILD_STRING.
    func joinStrings(_ pieces: [PyStr]) -> PyStr {
        if pieces.count == 1 { return pieces[0] }
        var wide = false
        var isASCII = true
        var total = 0
        for piece in pieces {
            if case .ucs4 = piece.storage { wide = true; break }
            isASCII = isASCII && piece.isASCII
            total &+= piece.count
        }
        if !wide {
            if total <= 1 { return pieces.first { $0.count == 1 }.map { character($0, at: 0) } ?? emptyString }
            var latin1: [UInt8] = []
            latin1.reserveCapacity(total)
            for piece in pieces { if case .latin1(let bytes) = piece.storage { latin1.append(contentsOf: bytes) } }
            return PyStr(type: types.str, latin1: latin1, isASCII: isASCII)
        }
        var codePoints: [UInt32] = []
        for piece in pieces { codePoints.append(contentsOf: piece.codePoints) }
        return makeStr(codePoints: codePoints)
    }
}
