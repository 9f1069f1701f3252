#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// `float` arithmetic with Python's semantics: floor division and modulo take
/// the divisor's sign, division by zero raises, and `**` raises where C's
/// `pow` would report a domain or range error.
enum FloatArithmetic {
    static func trueDivide(_ x: Double, _ y: Double) throws(PythonError) -> Double {
        if y == 0 { throw PythonError(.zeroDivisionError, "float division by zero") }
        return x / y
    }

    static func remainder(_ x: Double, _ y: Double) throws(PythonError) -> Double {
        if y == 0 { throw PythonError(.zeroDivisionError, "float modulo") }
        return flooredRemainder(x, y)
    }

    static func floorDivide(_ x: Double, _ y: Double) throws(PythonError) -> Double {
        if y == 0 { throw PythonError(.zeroDivisionError, "float floor division by zero") }
        return flooredDivMod(x, y).quotient
    }

    static func divmod(_ x: Double, _ y: Double) throws(PythonError) -> (quotient: Double, remainder: Double) {
        if y == 0 { throw PythonError(.zeroDivisionError, "float divmod()") }
        return flooredDivMod(x, y)
    }

    /// `x % y` with the result's sign that of `y` (a zero result too: `-0.0` for negative `y`).
    private static func flooredRemainder(_ x: Double, _ y: Double) -> Double {
        var remainder = fmod(x, y)
        if remainder != 0 {
            if (y < 0) != (remainder < 0) { remainder += y }
        } else {
            remainder = copysign(0, y)
        }
        return remainder
    }

    /// Floored quotient and remainder. The quotient is computed from the exact
    /// `fmod` remainder, so `q * y + r` reproduces `x` as closely as doubles allow.
    private static func flooredDivMod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
        var remainder = fmod(x, y)
        var division = (x - remainder) / y
        if remainder != 0 {
            if (y < 0) != (remainder < 0) {
                remainder += y
                division -= 1
            }
        } else {
            remainder = copysign(0, y)
        }
        var quotient: Double
        if division != 0 {
            quotient = division.rounded(.down)
            if division - quotient > 0.5 { quotient += 1 }
        } else {
            quotient = copysign(0, x / y)
        }
        return (quotient, remainder)
    }

    /// `x ** y` for floats.
    static func power(_ x: Double, _ y: Double) throws(PythonError) -> Double {
        if y == 0 { return 1 }  // even nan ** 0
        if x.isNaN { return x }
        if y.isNaN { return x == 1 ? 1 : y }
        if x == 0 && y < 0 && y.isFinite {
            throw PythonError(.zeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        if x < 0 && y.isFinite && y.rounded(.towardZero) != y {
            // CPython returns a complex number here; Anhinga has no complex type yet.
            throw PythonError(.valueError, "negative number cannot be raised to a fractional power")
        }
        let result = pow(x, y)
        if result.isInfinite && x.isFinite && y.isFinite {
            throw PythonError(.overflowError, "(34, 'Numerical result out of range')")
        }
        return result
    }
}
