import BigInt

/// Python's hash of numbers, exactly as CPython computes it on 64-bit
/// machines: a number's hash is its value modulo the prime P = 2^61 - 1, so
/// equal ints and floats (`hash(2) == hash(2.0)`) hash alike. The sign is kept,
/// and -1 (the C API's error marker) becomes -2.
enum NumericHash {
    static let modulus: UInt64 = (1 << 61) - 1
    static let infinity = 314_159

    static func hash(_ x: Int) -> Int {
        let reduced = Int(UInt64(x.magnitude) % modulus)
        return finish(x < 0 ? -reduced : reduced)
    }

    static func hash(_ big: BigInt) -> Int {
        // Horner's rule over 64-bit words, most significant first; 2^64 ≡ 2^3 (mod P).
        var accumulator: UInt64 = 0
        for word in big.magnitude.words.reversed() {
            accumulator = reduce(accumulator << 3)  // accumulator < 2^61, so << 3 fits
            accumulator = reduce(accumulator &+ reduce(UInt64(word)))
        }
        let reduced = Int(accumulator)
        return finish(big < 0 ? -reduced : reduced)
    }

    static func hash(_ d: Double) -> Int {
        if d.isNaN { return 0 }  // CPython hashes a NaN by identity; inline floats have none.
        if d.isInfinite { return d > 0 ? infinity : -infinity }
        if d == 0 { return 0 }
        // |d| = m * 2^e with m an integer below 2^53; multiplying by 2^k mod P is
        // a rotation of the 61-bit residue, and 2^61 ≡ 1 lets k be taken mod 61.
        let magnitude = d.magnitude
        let mantissa = UInt64(magnitude.significand * 0x1p52)  // exact: significand in [1, 2)
        let exponent = Int(magnitude.exponent) - 52
        var k = exponent % 61
        if k < 0 { k += 61 }
        let residue = reduce(mantissa)
        let rotated = k == 0 ? residue : reduce(((residue << UInt64(k)) & modulus) | (residue >> UInt64(61 - k)))
        let reduced = Int(rotated)
        return finish(d < 0 ? -reduced : reduced)
    }

    /// `x mod P` for any 64-bit `x`.
    @inline(__always)
    private static func reduce(_ x: UInt64) -> UInt64 {
        var folded = (x & modulus) &+ (x >> 61)
        if folded >= modulus { folded -= modulus }
        return folded
    }

    @inline(__always)
    private static func finish(_ h: Int) -> Int { h == -1 ? -2 : h }
}
