/// The value of a NUMBER token, whose shape the tokenizer has already checked.
enum NumberLiteral {
    /// `text` is the token's text: `0x_ff`, `1_000`, `1.5e-3`, `2j`, ...
    static func value(of text: Substring.UTF8View) -> ConstantValue {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count)
        for byte in text where byte != UInt8(ascii: "_") { digits.append(byte) }
        guard let last = digits.last else { return .int(0) }

        if last == UInt8(ascii: "j") || last == UInt8(ascii: "J") {
            digits.removeLast()
            return .imaginary(parseDouble(digits))
        }
        if digits.count >= 2 && digits[0] == UInt8(ascii: "0") {
            switch digits[1] | 0x20 {
            case UInt8(ascii: "x"): return integer(digits.dropFirst(2), radix: 16)
            case UInt8(ascii: "o"): return integer(digits.dropFirst(2), radix: 8)
            case UInt8(ascii: "b"): return integer(digits.dropFirst(2), radix: 2)
            default: break
            }
        }
        let isFloat = digits.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
        if isFloat { return .float(parseDouble(digits)) }
        return integer(digits[...], radix: 10)
    }

    private static func parseDouble(_ digits: [UInt8]) -> Double {
        // Swift's parser accepts every form Python's float literal grammar allows
        // (after underscores are removed) and rounds correctly; too-large values
        // become infinity as in CPython.
        Double(String(decoding: digits, as: UTF8.self)) ?? 0
    }

    /// CPython refuses to convert decimal text longer than this (`sys.int_info.default_max_str_digits`).
    static let maximumDecimalDigits = 4300

    private static func integer(_ digits: ArraySlice<UInt8>, radix: UInt32) -> ConstantValue {
        var small = 0
        for byte in digits {
            let (scaled, overflow1) = small.multipliedReportingOverflow(by: Int(radix))
            let (sum, overflow2) = scaled.addingReportingOverflow(Int(ConstantValue.hexDigitValue(byte)))
            if overflow1 || overflow2 {
                var significant = digits.drop { $0 == UInt8(ascii: "0") }
                if significant.isEmpty { significant = digits.suffix(1) }
                return .bigInt(digits: String(decoding: significant, as: UTF8.self), radix: Int(radix))
            }
            small = sum
        }
        return .int(small)
    }
}

extension Parser {
    /// The text CPython attaches to this error: it comes from its tokenizer's
    /// buffer, which holds only the last 999-byte piece of a long line read
    /// from a file (it reads lines in pieces of that size).
    private func numberErrorText(line: Int) -> String {
        let text = source.lineText(line)
        guard source.origin == .file else { return text }
        let bytes = Array(text.utf8)
        let length = bytes.count + 1  // with its newline
        let pieceStart = 999 * ((length - 1) / 999)
        return String(decoding: bytes[min(pieceStart, bytes.count)...], as: UTF8.self)
    }

    func numberValue(_ token: Token) throws(SyntaxError) -> ConstantValue {
        let start = Int(token.start), end = Int(token.end)
        guard start >= 0, start <= end, end <= source.bytes.count else { return .int(0) }
        let text = String(decoding: source.bytes[start..<end], as: UTF8.self)
        let value = NumberLiteral.value(of: Substring(text).utf8)
        if case .bigInt(let digits, 10) = value, digits.utf8.count > NumberLiteral.maximumDecimalDigits {
            throw SyntaxError(.syntaxError,
                              "Exceeds the limit (\(NumberLiteral.maximumDecimalDigits) digits) for integer string conversion: "
                              + "value has \(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit "
                              + "- Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                              lineno: Int(token.range.lineno), offset: 0, text: numberErrorText(line: Int(token.range.lineno)))
        }
        return value
    }
}
