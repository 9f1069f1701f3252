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
    /// An integer literal too large for `Int`: its digits in `radix` (2, 8, 10 or 16),
    /// without prefix or underscores. Literals are never negative. Kept in the
    /// literal's own radix because converting a huge hexadecimal literal to decimal
    /// is quadratic; `decimalDigits` does it on demand.
    case bigInt(digits: String, radix: Int)
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

extension ConstantValue {
    /// The decimal digits of an integer given as `digits` in `radix` (2...16),
    /// through base-10^9 limbs, least significant first. Quadratic in the length.
    public static func decimalDigits(of digits: String, radix: Int) -> String {
        if radix == 10 { return digits }
        let limbBase: UInt64 = 1_000_000_000
        var limbs: [UInt32] = [0]
        for byte in digits.utf8 {
            var carry = UInt64(hexDigitValue(byte))
            for index in limbs.indices {
                let value = UInt64(limbs[index]) * UInt64(radix) + carry
                limbs[index] = UInt32(value % limbBase)
                carry = value / limbBase
            }
            while carry > 0 {
                limbs.append(UInt32(carry % limbBase))
                carry /= limbBase
            }
        }
        var text = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    static func hexDigitValue(_ byte: UInt8) -> UInt32 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return 0
        }
    }
}
