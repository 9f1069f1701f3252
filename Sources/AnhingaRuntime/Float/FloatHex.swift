import BigInt

/// `float.hex()` and `float.fromhex()`: a double written exactly in base 16.
enum FloatHex {
    /// `0x1.8000000000000p+0`: a leading digit 1 (0 for subnormals), 13 hex digits, the
    /// binary exponent; `inf`, `-inf`, `nan`, `0x0.0p+0` as CPython writes them.
    static func text(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        let bits = d.magnitude.bitPattern
        let fraction = bits & ((1 << 52) - 1)
        let biased = Int(bits >> 52)
        // A subnormal is 0.fraction * 2^-1022; a normal number 1.fraction * 2^(biased - 1023).
        let leading = biased == 0 ? "0" : "1"
        let exponent = biased == 0 ? -1022 : biased - 1023
        var digits = String(fraction, radix: 16)
        digits = String(repeating: "0", count: 13 - digits.count) + digits
        return "\(sign)0x\(leading).\(digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }

    /// The double a hexadecimal string names, correctly rounded (half to even).
    static func parse(_ codePoints: [UInt32]) throws(PythonError) -> Double {
        let invalid = PythonError(.valueError, "invalid hexadecimal floating-point string")
        var start = 0
        var end = codePoints.count
        while start < end, TextScanning.isSpace(codePoints[start]) { start += 1 }
        while end > start, TextScanning.isSpace(codePoints[end - 1]) { end -= 1 }
        var index = start
        var negative = false
        if index < end, codePoints[index] == 0x2D || codePoints[index] == 0x2B {
            negative = codePoints[index] == 0x2D
            index += 1
        }
        let rest = String(String.UnicodeScalarView(codePoints[index..<end].compactMap(Unicode.Scalar.init))).lowercased()
        if rest == "inf" || rest == "infinity" { return negative ? -.infinity : .infinity }
        if rest == "nan" { return .nan }
        if index + 1 < end, codePoints[index] == 0x30, codePoints[index + 1] == 0x78 || codePoints[index + 1] == 0x58 { index += 2 }

        // Up to 30 significant hex digits are kept exactly; later ones only say "not exact".
        var mantissa = BigUInt(0)
        var kept = 0
        var sticky = false
        var scale = 0          // binary exponent adjustment for the digits read
        var sawDigit = false
        var sawPoint = false
        while index < end {
            let c = codePoints[index]
            if c == 0x2E {
                if sawPoint { throw invalid }
                sawPoint = true
                index += 1
                continue
            }
            guard let digit = hexDigit(c) else { break }
            sawDigit = true
            if kept < 30 {
                if kept > 0 || digit != 0 {
                    mantissa = mantissa * 16 + BigUInt(digit)
                    kept += 1
                }
                if sawPoint { scale -= 4 }
            } else {
                if digit != 0 { sticky = true }
                if !sawPoint { scale += 4 }
            }
            index += 1
        }
        if !sawDigit { throw invalid }
        var exponent = 0
        if index < end, codePoints[index] == 0x70 || codePoints[index] == 0x50 {
            index += 1
            var exponentNegative = false
            if index < end, codePoints[index] == 0x2D || codePoints[index] == 0x2B {
                exponentNegative = codePoints[index] == 0x2D
                index += 1
            }
            var sawExponentDigit = false
            while index < end, codePoints[index] >= 0x30 && codePoints[index] <= 0x39 {
                // Saturate: anything this large overflows or underflows whatever the digits.
                exponent = min(exponent * 10 + Int(codePoints[index] - 0x30), 1 << 40)
                sawExponentDigit = true
                index += 1
            }
            if !sawExponentDigit { throw invalid }
            if exponentNegative { exponent = -exponent }
        }
        if index != end { throw invalid }
        let magnitude = try rounded(mantissa, exponent: exponent + scale, sticky: sticky)
        return negative ? -magnitude : magnitude
    }

    private static func hexDigit(_ c: UInt32) -> Int? {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x61...0x66: return Int(c - 0x61 + 10)
        case 0x41...0x46: return Int(c - 0x41 + 10)
        default: return nil
        }
    }

    /// `mantissa * 2^exponent` (plus a little more when `sticky`) rounded to a double.
    private static func rounded(_ mantissa: BigUInt, exponent: Int, sticky: Bool) throws(PythonError) -> Double {
        if mantissa == 0 { return 0 }
        let width = mantissa.bitWidth
        let top = width - 1 + exponent          // the exponent of the leading bit
        let tooLarge = PythonError(.overflowError, "hexadecimal value too large to represent as a float")
        if top > 1023 { throw tooLarge }
        // Bits kept: 53, fewer for a subnormal result (none below 2^-1074).
        let precision = top >= -1022 ? 53 : 53 - (-1022 - top)
        if precision < 0 { return 0 }
        let dropped = width - precision
        var kept: BigUInt
        if dropped <= 0 {
            kept = mantissa
        } else {
            kept = mantissa >> dropped
            let remainder = mantissa - (kept << dropped)
            let half = BigUInt(1) << (dropped - 1)
            if remainder > half || (remainder == half && (sticky || kept & 1 == 1)) {
                kept += 1
            }
        }
        let keptExponent = exponent + max(dropped, 0)
        let value = Double(sign: .plus, exponent: keptExponent, significand: Double(kept))
        if value.isInfinite { throw tooLarge }
        return value
    }
}
