import BigInt

/// An `int` outside the range of `Int`, or an instance of a subclass of `int`
/// (of any value). Plain ints inside the range are `Value.int` and never
/// objects; `IntegerOperand` reads both forms.
public final class PyInt: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    public let value: BigInt

    /// Callers go through `Runtime.makeInt`, which keeps the invariant.
    init(type: PyType, value: BigInt) {
        self.value = value
        super.init(type: type)
    }
}

/// An int operand of arithmetic: inline or big. `bool` arrives as 0 or 1.
enum IntegerOperand {
    case small(Int)
    case big(BigInt)

    /// The int a value holds, or nil when it is not an int (nor a bool).
    @inline(__always)
    init?(_ value: Value) {
        switch value {
        case .int(let small): self = .small(small)
        case .bool(let flag): self = .small(flag ? 1 : 0)
        case .object(let object):
            guard let big = object as? PyInt else { return nil }
            // An instance of an int subclass is a PyInt whatever its size.
            if let small = Int(exactly: big.value) {
                self = .small(small)
            } else {
                self = .big(big.value)
            }
        default: return nil
        }
    }

    var bigValue: BigInt {
        switch self {
        case .small(let small): return BigInt(small)
        case .big(let big): return big
        }
    }

    var isNegative: Bool {
        switch self {
        case .small(let small): return small < 0
        case .big(let big): return big.sign == .minus && !big.isZero
        }
    }

    var isZero: Bool {
        switch self {
        case .small(let small): return small == 0
        case .big: return false  // big values lie outside Int, so are never zero
        }
    }
}

extension Runtime {
    /// The `int` value of `big`: inline when it fits in `Int`.
    @inline(__always)
    public func makeInt(_ big: BigInt) -> Value {
        if let small = Int(exactly: big) { return .int(small) }
        return .object(PyInt(type: types.int, value: big))
    }
}
