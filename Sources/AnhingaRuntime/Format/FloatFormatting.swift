import AnhingaSyntax

/// `format(float, spec)`: the presentation types e E f F g G n % and "none".
///
/// The digits come from DecimalExpansion (exact, ties to even), except for the
/// none type without a precision, which is `repr`'s shortest round-trip digits.
/// `%` formatting (PercentConversions) and ints shown as floats come here too.

/// Formats `x` by a parsed spec (`FormatSpec.parse(..., defaultType: nil)`).
func formatFloat(_ x: Double, _ spec: FormatSpec, typeName: String) throws(FormatError) -> [UInt32] {
    let type = spec.type
    switch type {
    case nil, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25: break  // e E f F g G n %
    default: throw FormatSpec.unknownCode(type, typeName: typeName)
    }
    // CPython keeps precisions in a C int.
    if let precision = spec.precision, precision > Int(Int32.max) {
        throw FormatError("precision too big")
    }
    var parts = try FloatDigits.parts(of: x, spec)
    if type == 0x45 || type == 0x46 || type == 0x47 {  // E F G: E, INF, NAN
        parts.rest = parts.rest.map(NumberLayout.uppercased)
    }
    return try NumberLayout.layOut(parts, spec)
}

/// Formats `x` by a spec given as code points: `format(x, spec)` for a float.
func formatFloat(_ x: Double, spec: [UInt32], typeName: String) throws(FormatError) -> [UInt32] {
    try formatFloat(x, FormatSpec.parse(spec, typeName: typeName, defaultType: nil), typeName: typeName)
}

/// The text of a float for each presentation type, split for NumberLayout.
enum FloatDigits {
    static func parts(of x: Double, _ spec: FormatSpec) throws(FormatError) -> NumberParts {
        var parts = NumberParts()
        let isPercent = spec.type == 0x25
        if !x.isFinite {
            // nan never shows a sign, even with its sign bit set (CPython: '-nan' is 'nan').
            parts.negative = x.isInfinite && x < 0
            parts.rest = formatCodePoints(x.isNaN ? "nan" : "inf")
            if isPercent { parts.rest.append(0x25) }
            return parts
        }
        parts.negative = x.sign == .minus
        let alternate = spec.alternate
        var isZero: Bool
        switch spec.type {
        case 0x65, 0x45:  // e E
            let precision = spec.precision ?? 6
            try FormatLimits.check(length: precision)
            let (digits, exponent) = DecimalExpansion.significantDigits(x, precision + 1)
            scientific(digits, exponent: exponent, alternate: alternate, into: &parts)
            isZero = x == 0
        case 0x66, 0x46, 0x25:  // f F %
            let value = isPercent ? x * 100 : x
            if !value.isFinite {  // a huge x times 100
                parts.rest = formatCodePoints("inf%")
                return parts
            }
            let precision = spec.precision ?? 6
            try FormatLimits.check(length: precision + 310)  // a double has at most 309 integer digits
            let number = DecimalExpansion.scaledDigits(value, places: precision)
            fixed(number, places: precision, alternate: alternate, into: &parts)
            if isPercent { parts.rest.append(0x25) }
            isZero = number.allSatisfy { $0 == 0 }
        case nil where spec.precision == nil:
            shortest(x, alternate: alternate, into: &parts)
            isZero = x == 0
        default:  // g G n, and none with a precision
            let precision = max(spec.precision ?? 6, 1)
            // Without `#` the trailing zeros go, so digits past the exact expansion (767
            // significant digits at most) are never needed: `format(1.5, '.2147483647')`
            // is `1.5` without a 2 GB detour.
            let wanted = alternate ? precision : min(precision, 800)
            try FormatLimits.check(length: wanted)
            let (digits, exponent) = DecimalExpansion.significantDigits(x, wanted)
            // The none type switches to an exponent one place sooner, so that its
            // fixed form can always show a digit after the point (`12.0`, not `12`).
            let isNoneType = spec.type == nil
            let limit = isNoneType ? precision - 1 : precision
            if exponent >= -4 && exponent < limit {
                let places = wanted - 1 - exponent
                var number = digits
                if exponent < 0 { number.insert(contentsOf: repeatElement(0, count: -exponent - 1), at: 0) }
                fixed(number, places: places, alternate: true, into: &parts)
                if !alternate {
                    stripTrailingZeros(&parts.rest)
                    if isNoneType && parts.rest.isEmpty { parts.rest = [0x2E, 0x30] }  // .0
                }
            } else {
                scientific(digits, exponent: exponent, alternate: true, into: &parts)
                if !alternate { stripTrailingZerosBeforeExponent(&parts.rest) }
            }
            isZero = x == 0
        }
        if isZero && spec.coerceNegativeZero { parts.negative = false }
        return parts
    }

    /// `number` × 10^-places, in fixed notation: at least one integer digit.
    /// A negative `places` means that many zeros after `number` (g's digits of 1e20).
    private static func fixed(_ number: [UInt8], places: Int, alternate: Bool, into parts: inout NumberParts) {
        var number = number
        var places = places
        if places < 0 {
            number.append(contentsOf: repeatElement(0, count: -places))
            places = 0
        }
        let integerCount = number.count - places
        if integerCount > 0 {
            parts.digits = number[0..<integerCount].map { 0x30 + UInt32($0) }
        } else {
            parts.digits = [0x30]
        }
        if places > 0 || alternate { parts.rest.append(0x2E) }
        if integerCount < 0 { parts.rest.append(contentsOf: repeatElement(0x30, count: -integerCount)) }
        parts.rest.append(contentsOf: number[max(integerCount, 0)...].map { 0x30 + UInt32($0) })
    }

    /// d.ddd e±XX, with at least two exponent digits.
    private static func scientific(_ digits: [UInt8], exponent: Int, alternate: Bool, into parts: inout NumberParts) {
        parts.digits = [0x30 + UInt32(digits.first ?? 0)]
        if digits.count > 1 || alternate { parts.rest.append(0x2E) }
        parts.rest.append(contentsOf: digits.dropFirst().map { 0x30 + UInt32($0) })
        parts.rest.append(0x65)
        parts.rest.append(exponent < 0 ? 0x2D : 0x2B)
        let exponentDigits = formatCodePoints(String(exponent.magnitude))
        if exponentDigits.count < 2 { parts.rest.append(0x30) }
        parts.rest.append(contentsOf: exponentDigits)
    }

    /// `repr`'s digits, split at the first non-digit. `#` keeps a point: `1.e+16`.
    private static func shortest(_ x: Double, alternate: Bool, into parts: inout NumberParts) {
        let text = formatCodePoints(pythonFloatRepr(x.magnitude))
        let split = text.firstIndex { $0 < 0x30 || $0 > 0x39 } ?? text.count
        parts.digits = Array(text[0..<split])
        parts.rest = Array(text[split...])
        if alternate && !parts.rest.contains(0x2E) { parts.rest.insert(0x2E, at: 0) }
    }

    /// `.500` → `.5`, `.000` → (nothing): `g` drops the zeros `#` would keep.
    private static func stripTrailingZeros(_ rest: inout [UInt32]) {
        guard rest.first == 0x2E else { return }
        while rest.last == 0x30 { rest.removeLast() }
        if rest == [0x2E] { rest.removeAll() }
    }

    private static func stripTrailingZerosBeforeExponent(_ rest: inout [UInt32]) {
        guard let e = rest.firstIndex(of: 0x65) else { return }
        var mantissa = Array(rest[0..<e])
        stripTrailingZeros(&mantissa)
        rest = mantissa + rest[e...]
    }
}
