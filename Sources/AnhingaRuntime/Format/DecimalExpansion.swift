/// Correctly rounded decimal digits of a double, at any digit.
///
/// Every finite double is m × 2^e, and so has a finite decimal expansion: m × 2^e
/// when e ≥ 0, and m × 5^k / 10^k when e = -k < 0. Rounding that exact value half
/// to even gives what C's printf (and so CPython's `%.17f`, `format(x, '.3e')`)
/// prints: `format(2.675, '.2f')` is `2.67`, since 2.675 is stored as 2.67499999….
///
/// `scaledDigits` computes round(|x| × 10^s) with a small bignum, only as large as
/// the digits asked for: m × 5^s / 2^(k−s) shifted right with the tie checked on the
/// bits shifted out, so `format(1e-300, '.3e')` never builds the 750-digit expansion.
/// `DecimalExpansion`, the whole exact expansion, is left for rounding to tens and
/// beyond (s < 0), where the value is an integer or nearly one and small enough.

/// value = digits × 10^(point − digits.count): the decimal point falls after
/// `point` digits (`point` ≤ 0 means leading zeros after the point).
struct DecimalExpansion {
    /// Values 0...9, no leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    var point: Int

    /// The exact expansion of `|x|`; `x` must be finite.
    init(_ x: Double) {
        let (significand, exponent) = Self.decompose(x)
        guard significand != 0 else {
            digits = []
            point = 0
            return
        }
        var number = LimbNumber(significand)
        if exponent >= 0 {
            number.shiftLeft(exponent)
            digits = number.decimalDigits()
            point = digits.count
        } else {
            let k = -exponent
            number.multiply(byPowerOfFive: k)
            digits = number.decimalDigits()
            point = digits.count - k
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
    }

    var isZero: Bool { digits.isEmpty }

    /// m and e with |x| = m × 2^e and m odd (m = 0 for zero); `x` finite.
    static func decompose(_ x: Double) -> (significand: UInt64, exponent: Int) {
        let bits = x.bitPattern
        let exponentField = Int((bits >> 52) & 0x7FF)
        var significand = bits & ((1 << 52) - 1)
        var exponent = -1074  // subnormal
        if exponentField != 0 {
            significand |= 1 << 52
            exponent = exponentField - 1075
        }
        guard significand != 0 else { return (0, 0) }
        let zeros = significand.trailingZeroBitCount
        return (significand >> UInt64(zeros), exponent + zeros)
    }

    /// The digits (values 0...9, no leading zeros, empty for 0) of the integer nearest to
    /// |x| × 10^places, ties to even. `x` finite. Callers bound `places` (FormatLimits):
    /// places past the exact expansion come back as zeros.
    static func scaledDigits(_ x: Double, places: Int) -> [UInt8] {
        let (significand, exponent) = decompose(x)
        if significand == 0 { return [] }
        var number = LimbNumber(significand)
        if exponent >= 0 {
            guard places >= 0 else { return DecimalExpansion(x).rounded(places: places) }
            number.shiftLeft(exponent)
            return number.decimalDigits() + repeatElement(0, count: places)
        }
        let k = -exponent
        if places >= k {  // exact: m × 5^k × 10^(places − k)
            number.multiply(byPowerOfFive: k)
            return number.decimalDigits() + repeatElement(0, count: places - k)
        }
        guard places >= 0 else { return DecimalExpansion(x).rounded(places: places) }
        // m × 10^s / 2^k = m × 5^s / 2^(k − s).
        if let small = scaledInWord(significand, places: places, shift: k - places) {
            return LimbNumber.decimalDigits(of: small)
        }
        number.multiply(byPowerOfFive: places)
        number.shiftRightRoundingHalfEven(k - places)
        return number.decimalDigits()
    }

    /// The common case (`'%.2f' % 3.14159`) in one word: round(m × 5^places / 2^shift),
    /// or nil when m × 5^places does not fit in 64 bits.
    private static func scaledInWord(_ significand: UInt64, places: Int, shift: Int) -> UInt64? {
        guard places <= 27, shift < 64 else { return nil }  // 5^27 < 2^64
        var power: UInt64 = 1
        for _ in 0..<places { power &*= 5 }
        let (product, overflow) = significand.multipliedReportingOverflow(by: power)
        if overflow { return nil }
        let quotient = product >> UInt64(shift)
        let remainder = product & ((1 << UInt64(shift)) &- 1)
        let half: UInt64 = shift == 0 ? 0 : 1 << UInt64(shift - 1)
        if shift > 0 && (remainder > half || (remainder == half && quotient & 1 == 1)) { return quotient + 1 }
        return quotient
    }

    /// `count` digits (≥ 1), correctly rounded, and the decimal exponent of the first:
    /// |x| ≈ d.ddd × 10^exponent. Zero gives zeros with exponent 0.
    static func significantDigits(_ x: Double, _ count: Int) -> (digits: [UInt8], exponent: Int) {
        if x == 0 { return (Array(repeating: 0, count: count), 0) }
        // floor(log2 |x| × log10 2), which is floor(log10 |x|) or one less; 78913 / 2^18 is
        // log10 2 from below, close enough for every double's exponent.
        var exponent = (Int(x.exponent) * 78913) >> 18
        for _ in 0..<4 {
            let digits = scaledDigits(x, places: count - 1 - exponent)
            if digits.count == count { return (digits, exponent) }
            if digits.count < count {
                exponent -= 1
                continue
            }
            // One digit too many: the exponent was one too small, or 9.99… rounded up
            // to 10.0…; either way a 1 and zeros come out, one place higher.
            if digits.count == count + 1 && digits[0] == 1 && !digits.dropFirst().contains(where: { $0 != 0 }) {
                return (Array(digits.prefix(count)), exponent + 1)
            }
            exponent += 1
        }
        return DecimalExpansion(x).significantDigits(count)  // not reached: the estimate is within one
    }

    /// The integer nearest to value × 10^places (ties to even), as its digits
    /// without leading zeros (empty for 0). `places` may be negative (round to tens, ...).
    /// Asking for more digits than the expansion has appends zeros: callers bound
    /// `places` (FormatLimits) before they ask.
    func rounded(places: Int) -> [UInt8] {
        let keep = point + places  // how many of `digits` stay
        if keep >= digits.count {
            return digits + repeatElement(0, count: keep - digits.count)
        }
        // Below half a unit of the last place kept: rounds to zero.
        if keep < 0 { return [] }
        var kept = Array(digits[0..<keep])
        let next = digits[keep]
        // `digits` has no trailing zeros, so anything after `next` makes it more than a tie.
        let beyondTie = keep + 1 < digits.count
        let lastIsOdd = (kept.last ?? 0) % 2 == 1
        if next > 5 || (next == 5 && (beyondTie || lastIsOdd)) {
            var index = kept.count - 1
            while index >= 0 && kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 {
                kept[index] += 1
            } else {
                kept.insert(1, at: 0)
            }
        }
        return kept
    }

    /// `significant` digits (≥ 1), correctly rounded, and the decimal exponent of the
    /// first: value ≈ d.ddd × 10^exponent. Zero gives zeros with exponent 0.
    func significantDigits(_ significant: Int) -> (digits: [UInt8], exponent: Int) {
        if isZero { return (Array(repeating: 0, count: significant), 0) }
        var result = rounded(places: significant - point)
        var exponent = point - 1
        if result.count > significant {  // 9.99… rounded up to 10.0…
            result.removeLast()
            exponent += 1
        }
        return (result, exponent)
    }
}
