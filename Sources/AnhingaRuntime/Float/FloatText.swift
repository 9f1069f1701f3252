import AnhingaSyntax

/// `float(text)` and `repr(float)` (which is also `str(float)` in Python 3).
enum FloatText {
    /// `repr(d)`: the shortest digits that read back as `d`, laid out as CPython does.
    static func repr(_ d: Double) -> String { pythonFloatRepr(d) }

    /// `float(text)` on the code points of a str: Python's grammar (underscores
    /// between digits, `inf`/`infinity`/`nan` in any case, digits of any script),
    /// then the correctly rounded conversion of Swift's parser on the cleaned text.
    static func parse(_ text: [UInt32]) throws(PythonError) -> Double {
        func invalid() -> PythonError {
            PythonError(.valueError, "could not convert string to float: " + pythonStringRepr(text))
        }
        let range = TextScanning.strippedRange(text)
        var ascii: [UInt8] = []
        ascii.reserveCapacity(range.count)
        var index = range.lowerBound
        if index < range.upperBound && (text[index] == 0x2B || text[index] == 0x2D) {
            ascii.append(UInt8(text[index]))
            index += 1
        }
        // Special values, case-insensitively.
        var word: [UInt8] = []
        for codePoint in text[index..<range.upperBound] {
            guard codePoint < 0x80 else { break }
            word.append(UInt8(codePoint) | 0x20)
        }
        if word.count == range.upperBound - index {
            let negative = ascii.first == 0x2D
            switch String(decoding: word, as: UTF8.self) {
            case "inf", "infinity": return negative ? -.infinity : .infinity
            case "nan": return negative ? -.nan : .nan
            default: break
            }
        }
        // digitpart ["." [digitpart]] | "." digitpart, then [e [sign] digitpart].
        func scanDigitPart() -> Bool {
            var sawDigit = false
            while index < range.upperBound {
                let codePoint = text[index]
                if let value = TextScanning.decimalValue(codePoint) {
                    ascii.append(0x30 + UInt8(value))
                    sawDigit = true
                    index += 1
                } else if codePoint == 0x5F && sawDigit && index + 1 < range.upperBound
                            && TextScanning.decimalValue(text[index + 1]) != nil {
                    index += 1
                } else {
                    break
                }
            }
            return sawDigit
        }
        let integerDigits = scanDigitPart()
        var fractionDigits = false
        if index < range.upperBound && text[index] == 0x2E {  // .
            ascii.append(0x2E)
            index += 1
            fractionDigits = scanDigitPart()
        }
        guard integerDigits || fractionDigits else { throw invalid() }
        if index < range.upperBound && (text[index] | 0x20) == 0x65 {  // e E
            ascii.append(0x65)
            index += 1
            if index < range.upperBound && (text[index] == 0x2B || text[index] == 0x2D) {
                ascii.append(UInt8(text[index]))
                index += 1
            }
            guard scanDigitPart() else { throw invalid() }
        }
        guard index == range.upperBound, let value = Double(String(decoding: ascii, as: UTF8.self)) else {
            throw invalid()
        }
        return value
    }
}
