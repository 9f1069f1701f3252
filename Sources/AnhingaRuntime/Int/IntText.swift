import AnhingaSyntax
import BigInt

/// `int(text, base)` and `str(int)`, with CPython's rules and messages,
/// including the limit on decimal digits (`sys.set_int_max_str_digits`).
enum IntText {
    static let defaultMaximumDigits = 4300

    /// `str(a)` / `repr(a)`.
    static func format(_ a: IntegerOperand, maximumDigits: Int) throws(PythonError) -> String {
        switch a {
        case .small(let x): return String(x)
        case .big(let big):
            // log10(2) < 0.30103: past this many bits there are surely too many digits.
            if maximumDigits > 0 && Double(big.magnitude.bitWidth - 1) * 0.30103 >= Double(maximumDigits) {
                throw limitError(maximumDigits)
            }
            let text = String(big)
            let digits = text.utf8.count - (big < 0 ? 1 : 0)
            if maximumDigits > 0 && digits > maximumDigits { throw limitError(maximumDigits) }
            return text
        }
    }

    private static func limitError(_ limit: Int) -> PythonError {
        PythonError(.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit")
    }

    /// `int(text, base)` on the code points of a str.
    static func parse(_ rt: Runtime, _ text: [UInt32], base requestedBase: Int,
                      maximumDigits: Int) throws(PythonError) -> Value
    {
        guard requestedBase == 0 || (2...36).contains(requestedBase) else {
            throw PythonError(.valueError, "int() base must be >= 2 and <= 36, or 0")
        }
        // CPython cuts the repr (not the text) to 200 characters.
        func invalid() -> PythonError {
            let shown = rt.reprStr(rt.makeStr(codePoints: text))
            let cut = shown.count <= 200 ? shown.string : String(String.UnicodeScalarView(shown.string.unicodeScalars.prefix(200)))
            return PythonError(.valueError, "invalid literal for int() with base \(requestedBase): " + cut)
        }
        let range = TextScanning.strippedRange(text)
        var index = range.lowerBound
        let end = range.upperBound
        var negative = false
        if index < end && (text[index] == 0x2B || text[index] == 0x2D) {  // + -
            negative = text[index] == 0x2D
            index += 1
        }
        var base = requestedBase
        var hadPrefix = false
        if index + 1 < end && text[index] == 0x30 {  // '0'
            let marker = text[index + 1] | 0x20  // lower-case an ASCII letter
            let prefixBase = marker == 0x78 ? 16 : (marker == 0x6F ? 8 : (marker == 0x62 ? 2 : 0))
            if prefixBase != 0 && (base == 0 || base == prefixBase) {
                base = prefixBase
                hadPrefix = true
                index += 2
            }
        }
        let decimalWithoutPrefix = base == 0
        if base == 0 { base = 10 }

        // Digits with single underscores between them (or right after a prefix).
        var digits: [UInt8] = []
        // One underscore may follow a prefix: "0x_1f".
        if hadPrefix && index < end && text[index] == 0x5F { index += 1 }
        var previousWasUnderscore = false
        while index < end {
            let codePoint = text[index]
            if codePoint == 0x5F {
                if previousWasUnderscore || digits.isEmpty { throw invalid() }
                previousWasUnderscore = true
            } else {
                guard let value = TextScanning.digitValue(codePoint), value < base else { throw invalid() }
                digits.append(UInt8(value))
                previousWasUnderscore = false
            }
            index += 1
        }
        if digits.isEmpty || previousWasUnderscore { throw invalid() }
        // Base 0 reads a decimal like a literal: no leading zeros unless all are zeros.
        if decimalWithoutPrefix && digits.count > 1 && digits[0] == 0 && digits.contains(where: { $0 != 0 }) {
            throw invalid()
        }
        if maximumDigits > 0 && base & (base - 1) != 0 && digits.count > maximumDigits {
            throw PythonError(.valueError, "Exceeds the limit (\(maximumDigits) digits) for integer string "
                              + "conversion: value has \(digits.count) digits; "
                              + "use sys.set_int_max_str_digits() to increase the limit")
        }
        return rt.makeInt(bigValue(digits: digits, base: base, negative: negative))
    }

    /// The value of digit values in `base`, converted in chunks that fit in a `UInt`.
    private static func bigValue(digits: [UInt8], base: Int, negative: Bool) -> BigInt {
        var chunkSize = 0
        var chunkScale: UInt = 1
        while true {
            let (next, overflow) = chunkScale.multipliedReportingOverflow(by: UInt(base))
            if overflow { break }
            chunkScale = next
            chunkSize += 1
        }
        var magnitude = BigUInt(0)
        var index = 0
        while index < digits.count {
            let stop = min(index + chunkSize, digits.count)
            var chunk: UInt = 0
            var scale: UInt = 1
            for digit in digits[index..<stop] {
                chunk = chunk &* UInt(base) &+ UInt(digit)  // stays below base^chunkSize
                scale = scale &* UInt(base)
            }
            magnitude = magnitude * BigUInt(scale) + BigUInt(chunk)
            index = stop
        }
        return BigInt(sign: negative ? .minus : .plus, magnitude: magnitude)
    }
}
