/// The slots of `NoneType`, `NotImplementedType`, `ellipsis` and the minimal
/// exception classes.
enum SingletonSlots {
    static func none() -> TypeSlots { named("None") }
    static func notImplemented() -> TypeSlots { named("NotImplemented") }
    static func ellipsis() -> TypeSlots { named("Ellipsis") }

    private static func named(_ name: String) -> TypeSlots {
        var slots = TypeSlots()
        slots.repr = { (rt: Runtime, _: Value) throws(PythonError) -> PyStr in rt.makeStr(name) }
        return slots
    }
}

enum ExceptionSlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        slots.str = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let exception = a.object as? PyBaseException else { return rt.emptyString }
            return rt.makeStr(exception.messageText(in: rt))
        }
        // Exceptions hash by identity, as objects do (sets of exceptions, dict keys).
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in rt.identity(of: a) >> 4 }
        // `ValueError('x')`, as CPython writes it.
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let exception = a.object as? PyBaseException else { return rt.emptyString }
            let arguments: String
            if exception.args.count == 1 {
                arguments = try rt.repr(exception.args[0]).string
            } else {
                let tuple = try rt.repr(.object(rt.makeTuple(exception.args))).string
                arguments = String(tuple.dropFirst().dropLast())
            }
            return rt.makeStr(exception.type.name + "(" + arguments + ")")
        }
        return slots
    }
}
