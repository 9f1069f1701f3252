import BigInt

/// The exact decimal value of a double (every binary fraction has a finite
/// decimal expansion), for correctly rounded `round(x, n)`.
enum ExactDecimal {
    /// `d`'s exact value as plain decimal text: `-0.1000000000000000055511151231257827…`.
    static func digits(of d: Double) -> String {
        let magnitude = d.magnitude
        let exponent = Int(magnitude.exponent) - 52
        let significand = BigInt(UInt64(magnitude.significand * 0x1p52))
        var text: String
        if exponent >= 0 {
            text = String(significand << exponent)
        } else {
            // m / 2^k = m * 5^k / 10^k.
            let scaled = String(significand * BigInt(5).power(-exponent))
            let places = -exponent
            let padded = String(repeating: "0", count: max(0, places + 1 - scaled.count)) + scaled
            let split = padded.index(padded.endIndex, offsetBy: -places)
            text = String(padded[..<split]) + "." + String(padded[split...])
        }
        return (d.sign == .minus ? "-" : "") + text
    }

    /// Rounds decimal text half to even, keeping `places` digits after the point
    /// (negative: to tens, hundreds, …). Returns text `Double(_:)` reads.
    static func roundHalfEven(_ text: String, places: Int) -> String {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = Array(parts[0].utf8)
        let fractionPart = parts.count > 1 ? Array(parts[1].utf8) : []
        var digits = integerPart + fractionPart
        let pointPosition = integerPart.count
        let keep = pointPosition + places
        if keep >= digits.count { return text }
        if keep < 0 { return negative ? "-0.0" : "0.0" }
        let next = digits[keep]
        let rest = digits[(keep + 1)...]
        let lastKept = keep > 0 ? digits[keep - 1] : UInt8(ascii: "0")
        var roundUp = next > UInt8(ascii: "5")
        if next == UInt8(ascii: "5") {
            roundUp = rest.contains { $0 != UInt8(ascii: "0") } || (lastKept - UInt8(ascii: "0")) % 2 == 1
        }
        digits = Array(digits[0..<keep])
        var carry = roundUp
        var index = digits.count - 1
        while carry && index >= 0 {
            if digits[index] == UInt8(ascii: "9") {
                digits[index] = UInt8(ascii: "0")
                index -= 1
            } else {
                digits[index] += 1
                carry = false
            }
        }
        var integerDigits = String(decoding: digits.prefix(max(0, pointPosition)), as: UTF8.self)
        var fractionDigits = String(decoding: digits.dropFirst(max(0, pointPosition)), as: UTF8.self)
        if carry { integerDigits = "1" + integerDigits }
        if integerDigits.isEmpty { integerDigits = "0" }
        if places < 0 { integerDigits += String(repeating: "0", count: -places) }
        if fractionDigits.isEmpty { fractionDigits = "0" }
        return (negative ? "-" : "") + integerDigits + "." + fractionDigits
    }
}
