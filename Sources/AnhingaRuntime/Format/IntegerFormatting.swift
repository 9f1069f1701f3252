/// `format(int, spec)`: the presentation types b c d o x X n (and none, which is d),
/// and e E f F g G % through the int's float value.
///
/// An int of any size is described by its sign and a function giving the digits of
/// its magnitude in a radix, so this file needs no bignum of its own (the runtime
/// passes BigInt's `String(_:radix:)`); an `Int` takes the direct path.

/// Formats an int that fits in `Int` by a parsed spec (`FormatSpec.parse(..., defaultType: 0x64)`).
/// `typeName` is for messages: `int`, `bool`, or a subclass's name.
func formatInteger(_ value: Int, _ spec: FormatSpec, typeName: String) throws(FormatError) -> [UInt32] {
    try IntegerFormatting.format(
        negative: value < 0, small: value,
        digits: { radix in String(value.magnitude, radix: radix) },
        toDouble: { Double(value) }, spec, typeName: typeName)
}

/// Formats an int of any size: `digits(radix)` is the magnitude in radix 2, 8, 10 or 16
/// (lowercase, no sign; it may throw, as `str()` does past the int digit limit);
/// `toDouble()` is the value correctly rounded to a double, or nil when it is too large.
func formatInteger(negative: Bool, digits: (Int) throws(FormatError) -> String, toDouble: () -> Double?,
                   _ spec: FormatSpec, typeName: String) throws(FormatError) -> [UInt32] {
    try IntegerFormatting.format(negative: negative, small: nil, digits: digits, toDouble: toDouble,
                                 spec, typeName: typeName)
}

/// Formats an `Int` by a spec given as code points: `format(n, spec)`.
func formatInteger(_ value: Int, spec: [UInt32], typeName: String) throws(FormatError) -> [UInt32] {
    try formatInteger(value, FormatSpec.parse(spec, typeName: typeName, defaultType: 0x64), typeName: typeName)
}

enum IntegerFormatting {
    static let floatTooLarge = FormatError("int too large to convert to float", kind: .overflow)

    /// `small` is the value when the caller knows it fits in `Int` (for `c`).
    static func format(negative: Bool, small: Int?, digits: (Int) throws(FormatError) -> String,
                       toDouble: () -> Double?, _ spec: FormatSpec, typeName: String) throws(FormatError) -> [UInt32] {
        let type = spec.type ?? 0x64
        let radix: Int
        switch type {
        case 0x64, 0x6E: radix = 10  // d n
        case 0x62: radix = 2  // b
        case 0x6F: radix = 8  // o
        case 0x78, 0x58: radix = 16  // x X
        case 0x63: radix = 0  // c
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:  // e E f F g G %: as a float
            guard let double = toDouble() else { throw floatTooLarge }
            return try formatFloat(double, spec, typeName: typeName)
        default:
            throw FormatSpec.unknownCode(type, typeName: typeName)
        }
        // CPython's order of complaints.
        if spec.precision != nil {
            throw FormatError("Precision not allowed in integer format specifier")
        }
        if spec.coerceNegativeZero {
            throw FormatError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        var parts = NumberParts()
        if radix == 0 {
            parts.digits = [try character(negative: negative, small: small, digits: digits, spec)]
            return try NumberLayout.layOut(parts, spec)
        }
        parts.negative = negative
        parts.digits = formatCodePoints(try digits(radix))
        if type == 0x58 { parts.digits = parts.digits.map(NumberLayout.uppercased) }
        if spec.alternate {
            switch type {
            case 0x62: parts.prefix = [0x30, 0x62]  // 0b
            case 0x6F: parts.prefix = [0x30, 0x6F]  // 0o
            case 0x78: parts.prefix = [0x30, 0x78]  // 0x
            case 0x58: parts.prefix = [0x30, 0x58]  // 0X
            default: break
            }
        }
        return try NumberLayout.layOut(parts, spec, groupSize: radix == 10 ? 3 : 4)
    }

    /// `c`: the code point the int names.
    private static func character(negative: Bool, small: Int?, digits: (Int) throws(FormatError) -> String,
                                  _ spec: FormatSpec) throws(FormatError) -> UInt32 {
        if spec.sign != nil {
            throw FormatError("Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw FormatError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        var value = small
        if value == nil {
            // CPython converts to a C long first: past 64 bits that is its own OverflowError.
            let hex = try digits(16)
            if hex.utf8.count <= 16, let magnitude = UInt64(hex, radix: 16),
               magnitude <= (negative ? UInt64(1) << 63 : UInt64(Int.max)) {
                value = negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude)
            } else {
                throw FormatError("Python int too large to convert to C long", kind: .overflow)
            }
        }
        guard let value, value >= 0 && value <= 0x10FFFF else {
            throw FormatError("%c arg not in range(0x110000)", kind: .overflow)
        }
        return UInt32(value)
    }
}
