/// An instance of a subclass of `float` (plain floats are `Value.float`, never
/// objects): the value, and the instance's `__dict__` and slot values.
public final class PyFloat: PyObject, SubclassInstanceStorage {
    public let value: Double
    @exclusivity(unchecked) var extras: SubclassExtras?

    init(type: PyType, value: Double) {
        self.value = value
        super.init(type: type)
    }
}

extension Value {
    /// The double of a float: plain, or an instance of a float subclass.
    @inline(__always)
    var floatPayload: Double? {
        switch self {
        case .float(let d): return d
        case .object(let object): return (object as? PyFloat)?.value
        default: return nil
        }
    }

    /// A float subclass's instance as the plain float it holds (other values unchanged).
    var plainFloat: Value {
        if case .object(let object) = self, let boxed = object as? PyFloat { return .float(boxed.value) }
        return self
    }
}
