import BigInt

/// Where ints meet floats: conversion (correctly rounded), true division, and
/// exact comparison (`2**53 + 1 > 2.0**53` is True in Python).
enum IntFloat {
    /// `float(a)`, rounded to nearest (ties to even).
    static func toDouble(_ a: IntegerOperand) throws(PythonError) -> Double {
        switch a {
        case .small(let x): return Double(x)  // Swift rounds Int -> Double to nearest even
        case .big(let big):
            let result = roundedDouble(magnitude: big.magnitude, exponent: 0, sticky: false, negative: big < 0)
            if result.isInfinite { throw PythonError(.overflowError, "int too large to convert to float") }
            return result
        }
    }

    /// `magnitude * 2^exponent` rounded once to a double, to nearest with ties to
    /// even. `sticky` says the true value is a little more than `magnitude`
    /// (a nonzero remainder was dropped), which breaks ties upward. Subnormal
    /// results keep fewer bits and are rounded the same single time. Returns an
    /// infinity when the result is too large.
    static func roundedDouble(magnitude: BigUInt, exponent: Int, sticky: Bool, negative: Bool) -> Double {
        let sign: FloatingPointSign = negative ? .minus : .plus
        let bitLength = magnitude.bitWidth
        if bitLength == 0 { return negative ? -0.0 : 0.0 }
        let significandBits = Double.significandBitCount + 1  // 53
        let smallestExponent = Double.leastNonzeroMagnitude.exponent  // -1074
        // Weight of the lowest bit kept: 53 bits, but none below the smallest subnormal.
        let lowestKept = max(bitLength - significandBits + exponent, Int(smallestExponent))
        let dropped = lowestKept - exponent
        if dropped <= 0 {
            return Double(sign: sign, exponent: exponent, significand: Double(UInt64(truncatingIfNeeded: magnitude)))
        }
        var kept = UInt64(truncatingIfNeeded: magnitude >> dropped)
        let halfBit = magnitude[bitAt: dropped - 1]
        let belowHalf = sticky || magnitude.trailingZeroBitCount < dropped - 1
        if halfBit && (belowHalf || kept & 1 == 1) { kept += 1 }
        return Double(sign: sign, exponent: lowestKept, significand: Double(kept))
    }

    /// `a / b` for ints: correctly rounded, however large the operands.
    static func trueDivide(_ a: IntegerOperand, _ b: IntegerOperand) throws(PythonError) -> Double {
        if b.isZero { throw PythonError(.zeroDivisionError, "division by zero") }
        let exactLimit: UInt = 1 << (Double.significandBitCount + 1)  // 2^53
        if case .small(let x) = a, case .small(let y) = b, x.magnitude <= exactLimit, y.magnitude <= exactLimit {
            // Both convert exactly, so one IEEE division rounds once.
            return Double(x) / Double(y)
        }
        let numerator = a.bigValue
        let denominator = b.bigValue
        let negative = (numerator < 0) != (denominator < 0)
        if numerator.isZero { return negative ? -0.0 : 0.0 }
        // Scale so that the integer quotient has 55 or 56 bits: two more than a
        // double keeps, so the rounding in `roundedDouble` sees the true half bit.
        let shift = 55 + denominator.magnitude.bitWidth - numerator.magnitude.bitWidth
        let scaledNumerator = shift >= 0 ? numerator.magnitude << shift : numerator.magnitude
        let scaledDenominator = shift >= 0 ? denominator.magnitude : denominator.magnitude << (-shift)
        let (quotient, remainder) = scaledNumerator.quotientAndRemainder(dividingBy: scaledDenominator)
        let result = roundedDouble(magnitude: quotient, exponent: -shift, sticky: !remainder.isZero, negative: negative)
        if result.isInfinite {
            throw PythonError(.overflowError, "integer division result too large for a float")
        }
        return result
    }

    /// Compares an int with a double exactly: -1, 0 or 1, or nil when `d` is NaN.
    static func compare(_ a: IntegerOperand, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        if case .small(let x) = a, x.magnitude <= 1 << 53 {
            let converted = Double(x)  // exact
            return converted < d ? -1 : (converted > d ? 1 : 0)
        }
        let whole = d.rounded(.towardZero)
        let fraction = d - whole
        let wholeInt = BigInt(exactly: whole) ?? 0  // finite, integral: always exact
        let big = a.bigValue
        if big < wholeInt { return -1 }
        if big > wholeInt { return 1 }
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    /// `int(d)`: truncates toward zero.
    static func fromDouble(_ rt: Runtime, _ d: Double) throws(PythonError) -> Value {
        if d.isNaN { throw PythonError(.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw PythonError(.overflowError, "cannot convert float infinity to integer") }
        let whole = d.rounded(.towardZero)
        if let small = Int(exactly: whole) { return .int(small) }
        return rt.makeInt(BigInt(exactly: whole) ?? 0)
    }
}
