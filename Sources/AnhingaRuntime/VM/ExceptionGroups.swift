/// Exception groups (PEP 654): `BaseExceptionGroup` and `ExceptionGroup`, their
/// `split`/`subgroup`/`derive`, and the two instructions of `except*`.
///
/// A group is a `PyBaseException` whose `group` holds the message and the tuple
/// of sub-exceptions; only the `BaseExceptionGroup` constructor sets it, so
/// `group != nil` is what "is an exception group" means here.
extension Runtime {
    func installExceptionGroups() {
        let baseGroup = types.exceptionType(.baseExceptionGroup)
        baseGroup.constructor = { (rt, type, args) throws(PythonError) -> Value in try rt.newExceptionGroup(type, args) }
        let readonly = { (rt: Runtime, value: Value, newValue: Value) throws(PythonError) in
            throw PythonError(.attributeError, "readonly attribute")
        }
        defineClassAttribute(baseGroup, "message", .object(PyNativeAttribute(type: types.nativeAttribute, name: "message", getter: {
            (rt, value) throws(PythonError) -> Value in (value.object as? PyBaseException)?.group?.message ?? .none
        }, setter: readonly)))
        defineClassAttribute(baseGroup, "exceptions", .object(PyNativeAttribute(type: types.nativeAttribute, name: "exceptions", getter: {
            (rt, value) throws(PythonError) -> Value in ((value.object as? PyBaseException)?.group?.exceptions).map { .object($0) } ?? .none
        }, setter: readonly)))
        defineMethod(baseGroup, "derive") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "derive", 1, 1)
            let (_, group) = try rt.groupReceiver(args, "derive")
            return try rt.callValues(.object(rt.types.exceptionType(.baseExceptionGroup)), [group.message, args[1]])
        }
        defineMethod(baseGroup, "split") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "split", 1, 1)
            let (exception, _) = try rt.groupReceiver(args, "split")
            let parts = try rt.split(exception, by: try rt.groupCondition(args[1]), keepRest: true)
            return .object(rt.makeTuple([parts.match.map { .object($0) } ?? .none, parts.rest.map { .object($0) } ?? .none]))
        }
        defineMethod(baseGroup, "subgroup") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "subgroup", 1, 1)
            let (exception, _) = try rt.groupReceiver(args, "subgroup")
            return try rt.split(exception, by: try rt.groupCondition(args[1]), keepRest: false).match.map { .object($0) } ?? .none
        }
    }

    private func groupReceiver(_ args: Arguments, _ method: String) throws(PythonError) -> (PyBaseException, ExceptionGroupContents) {
        guard let exception = args[0].object as? PyBaseException, let group = exception.group else {
            throw PythonError(.typeError, "descriptor '\(method)' for 'BaseExceptionGroup' objects doesn't apply to a '\(typeName(args[0]))' object")
        }
        return (exception, group)
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)` (with `__init__`'s
    /// keyword check), CPython's messages; a BaseExceptionGroup of Exceptions only is
    /// made an ExceptionGroup.
    func newExceptionGroup(_ type: PyType, _ args: Arguments) throws(PythonError) -> Value {
        let given = args.positionalCount
        guard given == 2 else {
            throw PythonError(.typeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(given) given)")
        }
        let message = args[0]
        guard message.object is PyStr else {
            throw PythonError(.typeError, "BaseExceptionGroup.__new__() argument 1 must be str, not \(typeName(message))")
        }
        guard isSequence(args[1]) else { throw PythonError(.typeError, "second argument (exceptions) must be a sequence") }
        let items = try collect(args[1])
        if items.isEmpty { throw PythonError(.valueError, "second argument (exceptions) must be a non-empty sequence") }
        let exceptionType = types.exceptionType(.exception)
        var nestsBaseExceptions = false
        for (index, item) in items.enumerated() {
            guard let member = item.object as? PyBaseException else {
                throw PythonError(.valueError, "Item \(index) of second argument (exceptions) is not an exception")
            }
            if !member.type.isSubtype(of: exceptionType) { nestsBaseExceptions = true }
        }
        let exceptionGroup = types.exceptionType(.exceptionGroup)
        var made = type
        if type === exceptionGroup {
            if nestsBaseExceptions { throw PythonError(.typeError, "Cannot nest BaseExceptions in an ExceptionGroup") }
        } else if type === types.exceptionType(.baseExceptionGroup) {
            if !nestsBaseExceptions { made = exceptionGroup }
        } else if nestsBaseExceptions && type.isSubtype(of: exceptionType) {
            throw PythonError(.typeError, "Cannot nest BaseExceptions in '\(type.name)'")
        }
        if !args.keywordNames.isEmpty && heapDunder(made, names.initializer) == nil {
            throw PythonError(.typeError, "\(made.name)() takes no keyword arguments")
        }
        let group = PyBaseException(type: made, kind: builtinExceptionKind(made), args: [message, args[1]])
        group.group = ExceptionGroupContents(message: message, exceptions: makeTuple(items))
        return .object(group)
    }

    /// CPython's `PySequence_Check`: indexable, and not a mapping (dict).
    func isSequence(_ value: Value) -> Bool {
        let type = typeOf(value)
        return type.slots.getItem != nil && !type.isSubtype(of: types.dict)
    }

    /// A new group of `members` made as `BaseExceptionGroup("", members)` is
    /// (an ExceptionGroup when they are all Exceptions).
    private func combinedGroup(_ members: Value) throws(PythonError) -> PyBaseException {
        let made = try callValues(.object(types.exceptionType(.baseExceptionGroup)), [.object(emptyString), members])
        guard let group = made.object as? PyBaseException else { throw PythonError(.systemError, "exception group not made") }
        group.contextIsFinal = true
        return group
    }

    // MARK: split and subgroup

    /// What `split`/`subgroup` test each exception with: an exception class or tuple
    /// of them, a predicate function, or (for `except*`'s re-raise) the leaves to keep.
    enum GroupCondition {
        case types(Value)
        case predicate(Value)
        case leaves(Set<ObjectIdentifier>)
    }

    func groupCondition(_ value: Value) throws(PythonError) -> GroupCondition {
        if value.object is PyFunction { return .predicate(value) }
        if isExceptionClass(value) { return .types(value) }
        if let tuple = value.object as? PyTuple, tuple.type === types.tuple, tuple.items.allSatisfy(isExceptionClass) {
            return .types(value)
        }
        throw PythonError(.typeError, "expected a function, exception type or tuple of exception types")
    }

    private func isExceptionClass(_ value: Value) -> Bool {
        (value.object as? PyType)?.isSubtype(of: types.exceptionType(.baseException)) ?? false
    }

    private func satisfies(_ exception: PyBaseException, _ condition: GroupCondition) throws(PythonError) -> Bool {
        switch condition {
        case .types(let matchType): return try exceptionMatches(.object(exception), matchType)
        case .predicate(let function): return try isTrue(try callValues(function, [.object(exception)]))
        case .leaves(let kept): return kept.contains(ObjectIdentifier(exception))
        }
    }

    /// The part of `exception` that satisfies `condition` and (with `keepRest`) the
    /// part that does not, each nil when empty. An exception that satisfies it whole
    /// is its own match; otherwise a group is split member by member and each part
    /// rebuilt with `derive`, keeping the group's nesting.
    func split(_ exception: PyBaseException, by condition: GroupCondition,
               keepRest: Bool) throws(PythonError) -> (match: PyBaseException?, rest: PyBaseException?) {
        if try satisfies(exception, condition) { return (exception, nil) }
        guard let group = exception.group else { return (nil, keepRest ? exception : nil) }
        var matched: [Value] = []
        var rest: [Value] = []
        try withRecursionCheck(" in exceptiongroup_split_recursive") { () throws(PythonError) in
            for case .object(let object) in group.exceptions.items {
                guard let member = object as? PyBaseException else { continue }
                let parts = try split(member, by: condition, keepRest: keepRest)
                if let match = parts.match { matched.append(.object(match)) }
                if let other = parts.rest { rest.append(.object(other)) }
            }
        }
        let match = try derivedPart(of: exception, matched)
        return (match, keepRest ? try derivedPart(of: exception, rest) : nil)
    }

    /// `original.derive(members)` with the original's traceback, cause, context and
    /// (a copy of) its notes; nil for no members.
    private func derivedPart(of original: PyBaseException, _ members: [Value]) throws(PythonError) -> PyBaseException? {
        if members.isEmpty { return nil }
        let made = try callValues(try getAttribute(.object(original), intern("derive")), [.object(makeList(members))])
        guard let derived = made.object as? PyBaseException, derived.group != nil else {
            throw PythonError(.typeError, "derive must return an instance of BaseExceptionGroup")
        }
        if !original.traceback.isEmpty {
            derived.traceback = original.traceback
            derived.tracebackObject = tracebackObject(of: original)
        }
        derived.context = original.context
        derived.cause = original.cause
        derived.suppressContext = true  // as setting __cause__ does, even to None
        let notesName = intern("__notes__")
        var notes: Value?
        do throws(PythonError) {
            notes = try getAttribute(.object(original), notesName)
        } catch {
            if error.kind != .attributeError { throw error }
        }
        // Notes that are not a sequence are left out (printing reports them, not split).
        if let notes, isSequence(notes) {
            try setAttribute(.object(derived), notesName, .object(makeList(try collect(notes))))
        }
        return derived
    }

    /// `exception.__traceback__`: one object while the traceback is unchanged.
    func tracebackObject(of exception: PyBaseException) -> PyTracebackObject {
        if let cached = exception.tracebackObject, Self.sameTraceback(cached.entries, exception.traceback) { return cached }
        let made = PyTracebackObject(type: types.traceback, entries: exception.traceback)
        exception.tracebackObject = made
        return made
    }

    /// Whether two tracebacks are the same path (where CPython compares traceback objects).
    static func sameTraceback(_ a: [TracebackEntry], _ b: [TracebackEntry]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where x.code !== y.code || x.instruction != y.instruction { return false }
        return true
    }

    // MARK: except*

    /// CHECK_EG_MATCH: the part of the exception being handled that `matchType`
    /// catches (None when nothing does) and the rest still to handle. A naked
    /// exception that matches is wrapped in `ExceptionGroup("", (exc,))`.
    func exceptStarMatch(_ value: Value, _ matchType: Value) throws(PythonError) -> (rest: Value, match: Value) {
        try checkExceptStarType(matchType)
        guard let exception = value.object as? PyBaseException else { return (value, .none) }
        if try exceptionMatches(value, matchType) {
            if exception.group != nil { return (.none, value) }
            return (.none, .object(try combinedGroup(.object(makeTuple([value])))))
        }
        guard exception.group != nil else { return (value, .none) }
        let pair = try callValues(try getAttribute(value, intern("split")), [matchType])
        guard let tuple = pair.object as? PyTuple, tuple.type === types.tuple else {
            throw PythonError(.typeError, "\(exception.type.name).split must return a tuple, not \(typeName(pair))")
        }
        guard tuple.items.count == 2 else {
            throw PythonError(.typeError, "\(exception.type.name).split must return a 2-tuple, got tuple of size \(tuple.items.count)")
        }
        return (tuple.items[1], tuple.items[0])
    }

    private func checkExceptStarType(_ matchType: Value) throws(PythonError) {
        let classes = (matchType.object as? PyTuple)?.items ?? [matchType]
        for item in classes where !isExceptionClass(item) {
            throw PythonError(.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
        let baseGroup = types.exceptionType(.baseExceptionGroup)
        for case .object(let object) in classes {
            if let type = object as? PyType, type.isSubtype(of: baseGroup) {
                throw PythonError(.typeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
            }
        }
    }

    /// PREP_RERAISE_STAR: what leaves a `try/except*` once its clauses ran. `raised`
    /// lists what each clause's body raised, then the unhandled rest (None items are
    /// skipped). Exceptions with the original's traceback, cause and context are
    /// re-raised parts of it: they go back in the original's shape. Anything new is
    /// raised beside that, in a new group when there is more than one.
    func prepareReraiseStar(_ originalValue: Value, _ raisedValue: Value) throws(PythonError) -> Value {
        let items = ((raisedValue.object as? PyList)?.items ?? []).filter { !$0.isIdentical(to: .none) }
        guard let first = items.first else { return .none }
        // A naked exception: only one clause ran, so there is one thing to raise.
        guard let original = originalValue.object as? PyBaseException, original.group != nil else { return first }
        var raised: [Value] = []
        var kept = Set<ObjectIdentifier>()
        for item in items {
            guard let exception = item.object as? PyBaseException else {
                raised.append(item)
                continue
            }
            if Self.sameTraceback(exception.traceback, original.traceback)
                && exception.cause === original.cause && exception.context === original.context {
                try collectLeaves(exception, into: &kept)
            } else {
                raised.append(item)
            }
        }
        let reraised = try split(original, by: .leaves(kept), keepRest: false).match
        if raised.isEmpty { return reraised.map { .object($0) } ?? .none }
        if let reraised { raised.append(.object(reraised)) }
        if raised.count == 1 { return raised[0] }
        return .object(try combinedGroup(.object(makeList(raised))))
    }

    private func collectLeaves(_ exception: PyBaseException, into leaves: inout Set<ObjectIdentifier>) throws(PythonError) {
        guard let group = exception.group else {
            leaves.insert(ObjectIdentifier(exception))
            return
        }
        try withRecursionCheck(" in collect_exception_group_leaf_ids") { () throws(PythonError) in
            for case .object(let object) in group.exceptions.items {
                if let member = object as? PyBaseException { try collectLeaves(member, into: &leaves) }
            }
        }
    }
}
