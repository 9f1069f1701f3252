/// Python's `repr()` of floats and of imaginary numbers.
///
/// Both Python and Swift print the shortest decimal digits that read back as the
/// same double; they differ only in layout. This takes the digits from Swift's
/// `description` and lays them out as Python does:
/// * fixed notation when the decimal exponent is between -4 and 16
///   (`0.0001`, `1234567890123456.0`), scientific otherwise (`1e-05`, `1e+16`),
///   with a signed exponent of at least two digits;
/// * a float always shows a fractional part (`1.0`); an imaginary number does not (`1j`).

/// `repr(float)`: `1.5`, `1e+16`, `-0.0`, `inf`, `nan`.
public func pythonFloatRepr(_ value: Double) -> String {
    formatShortest(value, alwaysShowFraction: true)
}

/// `repr()` of the complex number `value * 1j` (an imaginary literal): `1j`, `1.5j`, `infj`.
public func pythonImaginaryRepr(_ value: Double) -> String {
    formatShortest(value, alwaysShowFraction: false) + "j"
}

private func formatShortest(_ value: Double, alwaysShowFraction: Bool) -> String {
    if value.isNaN { return "nan" }
    let sign = value.sign == .minus ? "-" : ""
    if value.isInfinite { return sign + "inf" }
    if value == 0 { return sign + (alwaysShowFraction ? "0.0" : "0") }
    let (digits, pointPosition) = shortestDigits(of: value.magnitude)
    return sign + layOut(digits: digits, pointPosition: pointPosition, alwaysShowFraction: alwaysShowFraction)
}

/// The shortest round-trip digits of a positive finite value, without leading or
/// trailing zeros, and where the decimal point goes: the value is `0.<digits> × 10^pointPosition`.
private func shortestDigits(of value: Double) -> (digits: [UInt8], pointPosition: Int) {
    var digits: [UInt8] = []
    var pointPosition = 0
    var seenPoint = false
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for byte in value.description.utf8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if inExponent {
                // Double exponents have at most three digits: no overflow.
                exponent = exponent &* 10 &+ Int(byte &- UInt8(ascii: "0"))
            } else {
                digits.append(byte)
                if !seenPoint { pointPosition += 1 }
            }
        case UInt8(ascii: "."): seenPoint = true
        case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
        case UInt8(ascii: "-"): exponentSign = -1
        default: break  // "+"
        }
    }
    pointPosition += exponentSign * exponent
    // Normalise: drop leading zeros (each moves the point left) and trailing zeros.
    var firstNonZero = 0
    while firstNonZero < digits.count && digits[firstNonZero] == UInt8(ascii: "0") {
        firstNonZero += 1
    }
    pointPosition -= firstNonZero
    var end = digits.count
    while end > firstNonZero && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
    return (Array(digits[firstNonZero..<end]), pointPosition)
}

private func layOut(digits: [UInt8], pointPosition: Int, alwaysShowFraction: Bool) -> String {
    var text: [UInt8] = []
    let zero = UInt8(ascii: "0")
    if pointPosition > -4 && pointPosition <= 16 {
        if pointPosition <= 0 {
            text.append(zero)
            text.append(UInt8(ascii: "."))
            text.append(contentsOf: repeatElement(zero, count: -pointPosition))
            text.append(contentsOf: digits)
        } else if pointPosition < digits.count {
            text.append(contentsOf: digits[0..<pointPosition])
            text.append(UInt8(ascii: "."))
            text.append(contentsOf: digits[pointPosition...])
        } else {
            text.append(contentsOf: digits)
            text.append(contentsOf: repeatElement(zero, count: pointPosition - digits.count))
            if alwaysShowFraction {
                text.append(UInt8(ascii: "."))
                text.append(zero)
            }
        }
    } else {
        text.append(contentsOf: digits.prefix(1))
        if digits.count > 1 {
            text.append(UInt8(ascii: "."))
            text.append(contentsOf: digits.dropFirst())
        }
        let exponent = pointPosition - 1
        text.append(UInt8(ascii: "e"))
        text.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let exponentDigits = String(exponent.magnitude)
        if exponentDigits.utf8.count < 2 { text.append(zero) }
        text.append(contentsOf: exponentDigits.utf8)
    }
    return String(decoding: text, as: UTF8.self)
}
