/// Character classes that number parsing shares (`int()`, `float()`), over code points.
enum TextScanning {
    /// `isSpace` of each Latin-1 code point, for the scan of `split()`.
    static let latin1Spaces: [Bool] = (0..<0x100).map { isSpace(UInt32($0)) }

    /// Python's `str.isspace()`.
    static func isSpace(_ codePoint: UInt32) -> Bool {
        switch codePoint {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        case 0..<0x100: return false
        default: return Unicode.Scalar(codePoint)?.properties.isWhitespace ?? false
        }
    }

    /// The value of a decimal digit in any script (`'٣'` is 3), or nil.
    static func decimalValue(_ codePoint: UInt32) -> Int? {
        if codePoint >= 0x30 && codePoint <= 0x39 { return Int(codePoint - 0x30) }
        if codePoint < 0x80 { return nil }
        guard let scalar = Unicode.Scalar(codePoint), scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// The digit's value in bases up to 36 (`'z'` is 35), or nil.
    static func digitValue(_ codePoint: UInt32) -> Int? {
        switch codePoint {
        case 0x30...0x39: return Int(codePoint - 0x30)
        case 0x41...0x5A: return Int(codePoint - 0x41 + 10)
        case 0x61...0x7A: return Int(codePoint - 0x61 + 10)
        default: return decimalValue(codePoint)
        }
    }

    /// The range left after stripping Python whitespace from both ends.
    static func strippedRange(_ codePoints: [UInt32]) -> Range<Int> {
        var start = 0
        var end = codePoints.count
        while start < end && isSpace(codePoints[start]) { start += 1 }
        while end > start && isSpace(codePoints[end - 1]) { end -= 1 }
        return start..<end
    }
}
