/// A type's operations as function references, resolved once when the type is
/// made (CPython's `tp_` and `nb_` slots). `a + b` on two heap objects reads
/// `type.slots.add` and calls it: no look-up by name, no dynamic cast.
///
/// Conventions, as in CPython:
/// * binary slots take the operands in source order whichever side owns the
///   slot (`int.add(1, x)` and `int.add(x, 1)` both reach int's slot), and
///   return `.notImplemented` when they do not handle the pair, so the other
///   operand's slot is tried;
/// * a nil slot means the type does not support the operation;
/// * every slot may raise: `throws(PythonError)`, a plain value, no box.
///
/// The call and attribute slots take provisional signatures until the
/// evaluation loop fixes its calling convention.
public typealias UnarySlot = (Runtime, Value) throws(PythonError) -> Value
public typealias BinarySlot = (Runtime, Value, Value) throws(PythonError) -> Value
public typealias TernarySlot = (Runtime, Value, Value, Value) throws(PythonError) -> Value
public typealias RichCompareSlot = (Runtime, Value, Value, CompareOperator) throws(PythonError) -> Value
public typealias HashSlot = (Runtime, Value) throws(PythonError) -> Int
public typealias StringSlot = (Runtime, Value) throws(PythonError) -> PyStr
public typealias LengthSlot = (Runtime, Value) throws(PythonError) -> Int
public typealias PredicateSlot = (Runtime, Value) throws(PythonError) -> Bool
public typealias ContainsSlot = (Runtime, Value, Value) throws(PythonError) -> Bool
/// `container[key] = value`, or `del container[key]` when `value` is nil.
public typealias SetItemSlot = (Runtime, Value, Value, Value?) throws(PythonError) -> Void
/// The next item of an iterator, or nil when it is exhausted (no StopIteration object).
public typealias NextSlot = (Runtime, Value) throws(PythonError) -> Value?
public typealias GetAttributeSlot = (Runtime, Value, PyStr) throws(PythonError) -> Value
public typealias RepeatSlot = (Runtime, Value, Int) throws(PythonError) -> Value
public typealias CallSlot = (Runtime, Value, [Value]) throws(PythonError) -> Value

/// The six rich comparisons.
public enum CompareOperator: UInt8, Sendable {
    case lessThan, lessOrEqual, equal, notEqual, greaterThan, greaterOrEqual

    /// The operator to try on the right operand: `a < b` is `b > a`.
    public var swapped: CompareOperator {
        switch self {
        case .lessThan: return .greaterThan
        case .lessOrEqual: return .greaterOrEqual
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .greaterThan: return .lessThan
        case .greaterOrEqual: return .lessOrEqual
        }
    }

    /// The operator's spelling in error messages (`'<' not supported between ...`).
    public var symbol: String {
        switch self {
        case .lessThan: return "<"
        case .lessOrEqual: return "<="
        case .equal: return "=="
        case .notEqual: return "!="
        case .greaterThan: return ">"
        case .greaterOrEqual: return ">="
        }
    }

    /// The answer for a comparison whose three-way result is known.
    @inlinable
    public func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
        switch self {
        case .lessThan: return left < right
        case .lessOrEqual: return left <= right
        case .equal: return left == right
        case .notEqual: return left != right
        case .greaterThan: return left > right
        case .greaterOrEqual: return left >= right
        }
    }
}

/// The operations of one type. Every field is optional: nil is "not supported".
public struct TypeSlots {
    // Number protocol.
    public var add: BinarySlot?
    public var subtract: BinarySlot?
    public var multiply: BinarySlot?
    public var trueDivide: BinarySlot?
    public var floorDivide: BinarySlot?
    public var remainder: BinarySlot?
    public var divmod: BinarySlot?
    /// `pow(a, b, modulus)`; the binary operator passes `.none` as the modulus.
    public var power: TernarySlot?
    public var leftShift: BinarySlot?
    public var rightShift: BinarySlot?
    public var bitAnd: BinarySlot?
    public var bitOr: BinarySlot?
    public var bitXor: BinarySlot?
    public var negative: UnarySlot?
    public var positive: UnarySlot?
    public var absolute: UnarySlot?
    public var invert: UnarySlot?
    /// `bool(x)`; nil falls back to `len`, then to "always true".
    public var bool: PredicateSlot?
    /// `int(x)`, `float(x)`, `operator.index(x)`.
    public var int: UnarySlot?
    public var float: UnarySlot?
    public var index: UnarySlot?

    // Object protocol.
    public var richCompare: RichCompareSlot?
    /// nil means unhashable (`TypeError: unhashable type: 'list'`).
    public var hash: HashSlot?
    public var repr: StringSlot?
    /// nil falls back to `repr`.
    public var str: StringSlot?
    public var getAttribute: GetAttributeSlot?
    public var call: CallSlot?

    // Sequence and mapping protocol.
    public var length: LengthSlot?
    public var getItem: BinarySlot?
    public var setItem: SetItemSlot?
    public var contains: ContainsSlot?
    public var iterate: UnarySlot?
    public var next: NextSlot?
    /// `+` on sequences, tried after both operands' `add` declined (CPython's `sq_concat`):
    /// raises "can only concatenate list (not "int") to list" itself.
    public var concat: BinarySlot?
    /// `seq * n` and `n * seq`, tried after `multiply` declined; gets the count.
    public var repeatCount: RepeatSlot?

    public init() {}
}
