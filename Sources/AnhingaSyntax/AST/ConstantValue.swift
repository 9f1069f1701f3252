/// The value of a `Constant` node or a `MatchSingleton` pattern.
///
/// The syntax stage knows nothing of runtime objects: this small enum is what the
/// compiler later turns into objects.
public enum ConstantValue: Hashable, Sendable {
    case none
    case bool(Bool)
    case ellipsis
    /// An integer literal that fits in `Int`.
    case int(Int)
    /// An integer literal too large for `Int`, as its decimal digits (literals are never negative).
    case bigInt(decimalDigits: String)
    case float(Double)
    /// An imaginary literal such as `2j` (the real part is always zero).
    case imaginary(Double)
    case str(PyStringValue)
    case bytes([UInt8])
}

/// The text of a Python `str` constant as a sequence of code points.
///
/// Unlike Swift's `String`, it can hold lone surrogates (`"\ud800"` is a valid
/// Python literal), so escapes decode into it without loss.
public struct PyStringValue: Hashable, Sendable {
    public var codePoints: [UInt32]

    @inlinable
    public init(codePoints: [UInt32]) { self.codePoints = codePoints }

    public init(_ string: String) {
        codePoints = string.unicodeScalars.map { $0.value }
    }

    /// The value as a Swift string, or nil when it holds a lone surrogate.
    public var string: String? {
        var result = String.UnicodeScalarView()
        for value in codePoints {
            guard let scalar = Unicode.Scalar(value) else { return nil }
            result.append(scalar)
        }
        return String(result)
    }
}
