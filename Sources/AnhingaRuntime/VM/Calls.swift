/// Calling: the dispatch on what is called, and binding arguments to a
/// Python function's parameters with CPython's messages.
extension Runtime {
    /// `callable(*arguments)`.
    public func call(_ callable: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        guard case .object(let object) = callable else {
            throw PythonError(.typeError, "'\(typeName(callable))' object is not callable")
        }
        // Exact class checks, not casts: these classes are final, and a cast is a runtime call.
        if Swift.type(of: object) == PyFunction.self {
            return try callFunction(unsafeDowncast(object, to: PyFunction.self), arguments)
        }
        if Swift.type(of: object) == PyBuiltinFunction.self {
            let builtin = unsafeDowncast(object, to: PyBuiltinFunction.self)
            if let receiver = builtin.boundSelf {
                return try Arguments.with([receiver] + Array(arguments.values), keywordNames: arguments.keywordNames) {
                    (arguments) throws(PythonError) -> Value in try builtin.body(self, arguments)
                }
            }
            return try builtin.body(self, arguments)
        }
        if Swift.type(of: object) == PyBoundMethod.self {
            let method = unsafeDowncast(object, to: PyBoundMethod.self)
            if case .object(let function) = method.function, type(of: function) == PyFunction.self {
                return try callFunction(unsafeDowncast(function, to: PyFunction.self), receiver: method.receiver, arguments)
            }
            return try Arguments.with([method.receiver] + Array(arguments.values), keywordNames: arguments.keywordNames) {
                (arguments) throws(PythonError) -> Value in try call(method.function, arguments)
            }
        }
        if Swift.type(of: object) == PyType.self {
            return try callType(unsafeDowncast(object, to: PyType.self), arguments)
        }
        if let wrapper = object as? PyMethodWrapper, wrapper.kind == .staticMethod {
            return try call(wrapper.function, arguments)
        }
        if let alias = object as? PyGenericAlias { return try call(alias.origin, arguments) }
        let type = object.type
        if type.isHeapType, let dunder = lookupInType(type, names.call) {
            return try callMethodDescriptor(dunder, receiver: callable, arguments)
        }
        throw PythonError(.typeError, "'\(type.name)' object is not callable")
    }

    /// Calls a function found on a type with `receiver` as its first argument.
    func callMethodDescriptor(_ descriptor: Value, receiver: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        if case .object(let object) = descriptor, type(of: object) == PyFunction.self {
            return try callFunction(unsafeDowncast(object, to: PyFunction.self), receiver: receiver, arguments)
        }
        if let wrapper = descriptor.object as? PyMethodWrapper {
            if wrapper.kind == .staticMethod { return try call(wrapper.function, arguments) }
            return try callMethodDescriptor(wrapper.function, receiver: .object(typeOf(receiver)), arguments)
        }
        return try Arguments.with([receiver] + Array(arguments.values), keywordNames: arguments.keywordNames) {
            (arguments) throws(PythonError) -> Value in try call(descriptor, arguments)
        }
    }

    /// Calls a method found on a type with `receiver` and `values`.
    func invokeMethod(_ descriptor: Value, receiver: Value, _ values: [Value]) throws(PythonError) -> Value {
        if case .object(let object) = descriptor, type(of: object) == PyFunction.self {
            return try values.withUnsafeBufferPointer { (buffer) throws(PythonError) -> Value in
                try callFunction(unsafeDowncast(object, to: PyFunction.self), receiver: receiver, Arguments(buffer))
            }
        }
        if let wrapper = descriptor.object as? PyMethodWrapper {
            if wrapper.kind == .staticMethod { return try callValues(wrapper.function, values) }
            return try callValues(wrapper.function, [.object(typeOf(receiver))] + values)
        }
        return try callValues(descriptor, [receiver] + values)
    }

    /// `descriptor(receiver, argument)` for a method found on a type (binary dunders):
    /// a Python function with two positional parameters runs without an argument array.
    func invokeMethod(_ descriptor: Value, receiver: Value, argument: Value) throws(PythonError) -> Value {
        if let function = plainFunction(descriptor, taking: 2) {
            return try runPlain(function) { locals in
                locals[0] = receiver
                locals[1] = argument
            }
        }
        return try invokeMethod(descriptor, receiver: receiver, [argument])
    }

    /// `callable(argument)` from Swift (a sort key, a `filter` predicate, a property's
    /// getter): a Python function with one plain parameter runs without an argument array.
    func callOne(_ callable: Value, _ argument: Value) throws(PythonError) -> Value {
        if let function = plainFunction(callable, taking: 1) {
            return try runPlain(function) { locals in locals[0] = argument }
        }
        return try callValues(callable, [argument])
    }

    /// `value` as a Python function whose parameters are exactly `count` plain positional ones.
    @inline(__always)
    private func plainFunction(_ value: Value, taking count: Int) -> PyFunction? {
        guard case .object(let object) = value, type(of: object) == PyFunction.self else { return nil }
        let function = unsafeDowncast(object, to: PyFunction.self)
        return function.code.positionalFastCount == count ? function : nil
    }

    /// Runs a function from `plainFunction` in a pool frame whose parameters `bind` sets.
    @inline(__always)
    private func runPlain(_ function: PyFunction, _ bind: (UnsafeMutablePointer<Value>) -> Void) throws(PythonError) -> Value {
        let frame = acquireFrame(function)
        defer { releaseFrame(frame) }
        bind(frame.slots)
        if function.code.hasParameterCells { frame.moveParametersIntoCells() }
        return try evaluate(frame)
    }

    /// `callable(a, b, …)` with values built in Swift.
    public func callValues(_ callable: Value, _ values: [Value], keywordNames: [PyStr] = []) throws(PythonError) -> Value {
        try Arguments.with(values, keywordNames: keywordNames) { (arguments) throws(PythonError) -> Value in
            try call(callable, arguments)
        }
    }

    /// CALL_FUNCTION_EX: `f(*args, **kwargs)`.
    func callWithUnpacked(_ callable: Value, selfValue: Value, _ positional: Value, _ keywords: Value) throws(PythonError) -> Value {
        var values: [Value] = []
        if case .null = selfValue {} else { values.append(selfValue) }
        if let tuple = positional.object as? PyTuple {
            values += tuple.items
        } else {
            let type = typeOf(positional)
            guard type.slots.iterate != nil || type.slots.getItem != nil else {
                throw PythonError(.typeError, "\(functionDescription(callable)) argument after * must be an iterable, not \(type.name)")
            }
            values += try collect(positional)
        }
        var names: [PyStr] = []
        if let dict = keywords.object as? PyDict {
            for entry in dict.orderedEntries {
                guard let name = entry.key.object as? PyStr else {
                    throw PythonError(.typeError, "keywords must be strings")
                }
                names.append(name)
                values.append(entry.value)
            }
        }
        return try callValues(callable, values, keywordNames: names)
    }

    /// A call of a Python function: a frame, the arguments bound, run
    /// (or, for a generator function, a generator that will run it).
    func callFunction(_ function: PyFunction, _ arguments: Arguments) throws(PythonError) -> Value {
        let code = function.code
        if code.isGeneratorLike {
            let frame = Frame(code: code, globals: function.globals, builtins: builtins, locals: nil,
                              closure: function.closure, cellType: types.cell)
            try bindArguments(function, arguments, frame.slots)
            if code.hasParameterCells { frame.moveParametersIntoCells() }
            let flags = code.code.flags
            let type = flags.contains(.coroutine) ? types.coroutine : flags.contains(.asyncGenerator) ? types.asyncGenerator : types.generator
            return .object(PyGenerator(type: type, frame: frame, name: function.name, qualname: function.qualname,
                                       finalizer: finalizers))
        }
        let frame = acquireFrame(function)
        defer { releaseFrame(frame) }
        try bindArguments(function, arguments, frame.slots)
        if code.hasParameterCells { frame.moveParametersIntoCells() }
        return try evaluate(frame)
    }

    /// `function(receiver, *arguments)`: a method call without an argument array
    /// when the parameters are plain positional ones.
    func callFunction(_ function: PyFunction, receiver: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        let count = arguments.count
        guard function.code.positionalFastCount == count + 1, arguments.keywordNames.isEmpty else {
            return try Arguments.with([receiver] + Array(arguments.values), keywordNames: arguments.keywordNames) {
                (arguments) throws(PythonError) -> Value in try callFunction(function, arguments)
            }
        }
        let frame = acquireFrame(function)
        defer { releaseFrame(frame) }
        let slots = frame.slots
        slots[0] = receiver
        for index in 0..<count { slots[index + 1] = arguments.values[index] }
        if function.code.hasParameterCells { frame.moveParametersIntoCells() }
        return try evaluate(frame)
    }

    /// CALL of a function whose parameters are exactly `count` positional ones:
    /// the arguments move from the caller's stack into the new frame's locals
    /// (no copies, no argument binding), and the caller's slots are left `.null`.
    func callPositional(_ function: PyFunction, movingFrom arguments: UnsafeMutablePointer<Value>, count: Int) throws(PythonError) -> Value {
        let frame = acquireFrame(function)
        defer { releaseFrame(frame) }
        // Element by element: the generic bulk moves go through the runtime's
        // value witnesses. The frame's slots hold `.null`, which owns nothing.
        let slots = frame.slots
        for index in 0..<count {
            (slots + index).place((arguments + index).move())
            (arguments + index).place(.null)
        }
        if function.code.hasParameterCells { frame.moveParametersIntoCells() }
        return try evaluate(frame)
    }

    /// The frame for a call of `function`: the next one of `callFrames`, reused
    /// when there is one (a fresh frame costs two allocations); the array keeps it
    /// until `releaseFrame`. Returned strong: an unretained reference made strong
    /// again costs an atomic retain even in the non-atomic release build.
    @inline(__always)
    func acquireFrame(_ function: PyFunction) -> Frame {
        let index = framesInUse
        framesInUse = index + 1
        if index < callFrameCount {
            let frame = callFrames[index]
            frame.reuse(for: function, cellType: types.cell)
            return frame
        }
        let frame = Frame(code: function.code, globals: function.globals, builtins: builtins, locals: nil,
                          closure: function.closure, cellType: types.cell)
        callFrames.append(frame)
        callFrameCount += 1
        return frame
    }

    /// Ends the innermost call's use of its frame (the one `acquireFrame` gave last).
    @inline(__always)
    func releaseFrame(_ frame: Frame) {
        frame.recycle()
        framesInUse -= 1
        // Past the limit the frame is dropped: deep recursion keeps no memory after it.
        if framesInUse >= Self.spareFrameLimit {
            callFrames.removeLast()
            callFrameCount -= 1
        }
    }

    static let spareFrameLimit = 128

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func bindArguments(_ function: PyFunction, _ arguments: Arguments, _ slots: UnsafeMutablePointer<Value>) throws(PythonError) {
        let code = function.code
        let co = code.code
        let positionalParameters = co.argCount
        let keywordOnly = co.keywordOnlyArgCount
        let given = arguments.positionalCount
        // Fast path: exactly the positional parameters, nothing else.
        if given == positionalParameters && arguments.keywordNames.isEmpty && keywordOnly == 0
            && !co.flags.contains(.varargs) && !co.flags.contains(.varKeywords) {
            for index in 0..<given { slots[index] = arguments.values[index] }
            return
        }
        for index in 0..<min(given, positionalParameters) { slots[index] = arguments.values[index] }
        var nextSlot = positionalParameters + keywordOnly
        if co.flags.contains(.varargs) {
            let extra = given > positionalParameters ? Array(arguments.values[positionalParameters..<given]) : []
            slots[nextSlot] = .object(makeTuple(extra))
            nextSlot += 1
        }
        var keywordDict: PyDict?
        if co.flags.contains(.varKeywords) {
            let dict = makeDict()
            keywordDict = dict
            slots[nextSlot] = .object(dict)
        }
        let qualname = function.qualname.string
        var positionalOnlyPassedByKeyword: [String] = []
        for (offset, name) in arguments.keywordNames.enumerated() {
            let value = arguments.values[given + offset]
            var position: Int?
            for index in co.positionalOnlyArgCount..<(positionalParameters + keywordOnly)
                where code.varnames[index] === name || code.varnames[index].hasSameText(as: name) {
                position = index
                break
            }
            guard let position else {
                if let keywordDict {
                    try keywordDict.set(.object(name), value, self)
                    continue
                }
                if co.varnames.prefix(co.positionalOnlyArgCount).contains(name.string) {
                    positionalOnlyPassedByKeyword.append(name.string)
                    continue
                }
                throw PythonError(.typeError, "\(qualname)() got an unexpected keyword argument '\(name.string)'")
            }
            if case .null = slots[position] {
                slots[position] = value
            } else {
                throw PythonError(.typeError, "\(qualname)() got multiple values for argument '\(name.string)'")
            }
        }
        if !positionalOnlyPassedByKeyword.isEmpty {
            throw PythonError(.typeError, "\(qualname)() got some positional-only arguments passed as keyword arguments: '"
                              + positionalOnlyPassedByKeyword.joined(separator: ", ") + "'")
        }
        if given > positionalParameters && !co.flags.contains(.varargs) {
            throw tooManyPositional(function, given: given, slots: slots)
        }
        // Defaults for the last positional parameters, then the missing ones.
        let defaults = function.defaults
        let firstDefault = positionalParameters - defaults.count
        var missing: [String] = []
        for index in 0..<positionalParameters {
            guard case .null = slots[index] else { continue }
            if index >= firstDefault {
                slots[index] = defaults[index - firstDefault]
            } else {
                missing.append(co.varnames[index])
            }
        }
        if !missing.isEmpty { throw missingArguments(qualname, missing, kind: "positional") }
        if keywordOnly > 0 {
            for index in positionalParameters..<(positionalParameters + keywordOnly) {
                guard case .null = slots[index] else { continue }
                if let defaults = function.keywordDefaults, let value = try defaults.get(.object(code.varnames[index]), self) {
                    slots[index] = value
                } else {
                    missing.append(co.varnames[index])
                }
            }
            if !missing.isEmpty { throw missingArguments(qualname, missing, kind: "keyword-only") }
        }
    }

    private func tooManyPositional(_ function: PyFunction, given: Int, slots: UnsafeMutablePointer<Value>) -> PythonError {
        let co = function.code.code
        let count = co.argCount
        let defaults = function.defaults.count
        let signature = defaults > 0 ? "from \(count - defaults) to \(count)" : "\(count)"
        var keywordOnlyGiven = 0
        for index in count..<(count + co.keywordOnlyArgCount) {
            if case .null = slots[index] {} else { keywordOnlyGiven += 1 }
        }
        let keywordPart = keywordOnlyGiven > 0
            ? " positional argument\(given != 1 ? "s" : "") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven != 1 ? "s" : ""))"
            : ""
        let verb = given == 1 && keywordOnlyGiven == 0 ? "was" : "were"
        return PythonError(.typeError, "\(function.qualname.string)() takes \(signature) positional argument\(count != 1 ? "s" : "") "
                           + "but \(given)\(keywordPart) \(verb) given")
    }

    private func missingArguments(_ qualname: String, _ names: [String], kind: String) -> PythonError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = quoted[0] + " and " + quoted[1]
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
        return PythonError(.typeError, "\(qualname)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
    }

    /// MAKE_FUNCTION: the code and what the flags say was pushed before it
    /// (popped by the loop, so no closure over its stack pointer escapes).
    func makeFunction(_ frame: Frame, flags: Int, codeValue: Value, closureValue: Value, annotationsValue: Value,
                      keywordDefaultsValue: Value, defaultsValue: Value) throws(PythonError) -> Value {
        guard let code = codeValue.object as? PyCode else { throw PythonError(.systemError, "MAKE_FUNCTION without code") }
        var closure: [PyCell] = []
        if flags & 8 != 0 { closure = ((closureValue.object as? PyTuple)?.items ?? []).compactMap { $0.object as? PyCell } }
        var annotations: PyDict?
        if flags & 4 != 0 {
            let items = (annotationsValue.object as? PyTuple)?.items ?? []
            let dict = makeDict()
            var index = 0
            while index + 1 < items.count {
                try dict.set(items[index], items[index + 1], self)
                index += 2
            }
            annotations = dict
        }
        let keywordDefaults: PyDict? = flags & 2 != 0 ? keywordDefaultsValue.object as? PyDict : nil
        let defaults: [Value] = flags & 1 != 0 ? (defaultsValue.object as? PyTuple)?.items ?? [] : []
        let doc = code.constants.first ?? .none
        let module = try frame.globals.get(.object(names.name), self) ?? .none
        let function = PyFunction(type: types.function, code: code, globals: frame.globals, name: intern(code.code.name),
                                  qualname: intern(code.code.qualname), defaults: defaults, keywordDefaults: keywordDefaults,
                                  closure: closure, doc: doc.object is PyStr ? doc : .none, module: module)
        function.annotations = annotations
        return .object(function)
    }
}
