/// Hand-written matchers equivalent to the regular expressions of Python's
/// `tokenize` module (`PseudoToken`, the string end patterns, `Number`), over
/// one line of code points. Each function notes the pattern it stands for.
enum ListingScanner {
    enum StringEnd {
        case single(UInt32)
        case triple(UInt32)
    }

    enum Kind {
        case backslashContinuation, endOfLine, comment, number, newline, `operator`, name
        case tripleQuoteStart(UInt32)
        case singleQuoteString(UInt32, isContinued: Bool)
    }

    struct Match {
        var kind: Kind
        var start: Int
        var end: Int
    }

    /// `Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)`, tried in that order.
    static func pseudoToken(_ line: [UInt32], from position: Int) -> Match? {
        var p = position
        while p < line.count, line[p] == 0x20 || line[p] == 0x0C || line[p] == 0x09 { p += 1 }
        let start = p
        func at(_ index: Int) -> UInt32 { index < line.count ? line[index] : 0xFFFF_FFFF }
        // PseudoExtras: \\\r?\n | \Z | Comment | Triple
        if at(p) == 0x5C {
            if at(p + 1) == 0x0A { return Match(kind: .backslashContinuation, start: start, end: p + 2) }
            if at(p + 1) == 0x0D, at(p + 2) == 0x0A { return Match(kind: .backslashContinuation, start: start, end: p + 3) }
        }
        if p == line.count { return Match(kind: .endOfLine, start: start, end: p) }
        if line[p] == 0x23 {
            var end = p + 1
            while end < line.count, line[end] != 0x0A, line[end] != 0x0D { end += 1 }
            return Match(kind: .comment, start: start, end: end)
        }
        let prefixEnds = stringPrefixEnd(line, p)
        func tripleQuoteStart(_ candidate: Int) -> Match? {
            guard candidate >= 0 else { return nil }
            let quote = at(candidate)
            guard quote == 0x27 || quote == 0x22, at(candidate + 1) == quote, at(candidate + 2) == quote else { return nil }
            return Match(kind: .tripleQuoteStart(quote), start: start, end: candidate + 3)
        }
        if let match = tripleQuoteStart(prefixEnds.0) ?? tripleQuoteStart(prefixEnds.1) ?? tripleQuoteStart(prefixEnds.2) {
            return match
        }
        if let end = number(line, p) { return Match(kind: .number, start: start, end: end) }
        // Funny: \r?\n | Special
        if line[p] == 0x0A { return Match(kind: .newline, start: start, end: p + 1) }
        if line[p] == 0x0D, at(p + 1) == 0x0A { return Match(kind: .newline, start: start, end: p + 2) }
        if let end = operatorEnd(line, p) { return Match(kind: .operator, start: start, end: end) }
        func singleQuoteString(_ candidate: Int) -> Match? {
            guard candidate >= 0 else { return nil }
            let quote = at(candidate)
            guard quote == 0x27 || quote == 0x22, let (end, continued) = contString(line, candidate + 1, quote: quote)
            else { return nil }
            return Match(kind: .singleQuoteString(quote, isContinued: continued), start: start, end: end)
        }
        if let match = singleQuoteString(prefixEnds.0) ?? singleQuoteString(prefixEnds.1)
            ?? singleQuoteString(prefixEnds.2) {
            return match
        }
        var end = p
        while end < line.count, isWordCharacter(line[end]) { end += 1 }
        if end > p { return Match(kind: .name, start: start, end: end) }
        return nil
    }

    /// Positions just after each string prefix that can start at `p` (the empty prefix first);
    /// -1 marks a prefix that is not there. No allocation: this runs once per token.
    private static func stringPrefixEnd(_ line: [UInt32], _ p: Int) -> (Int, Int, Int) {
        func lower(_ index: Int) -> UInt32 { index < line.count && line[index] < 0x80 ? line[index] | 0x20 : 0 }
        let b: UInt32 = 0x62, r: UInt32 = 0x72, u: UInt32 = 0x75, f: UInt32 = 0x66
        let first = lower(p), second = lower(p + 1)
        let one = first == b || first == r || first == u || first == f ? p + 1 : -1
        let two = (first == b && second == r) || (first == r && second == b) || (first == f && second == r)
            || (first == r && second == f) ? p + 2 : -1
        return (p, one, two)
    }

    /// ContStr body after the opening quote: `[^\n'\\]*(?:\\.[^\n'\\]*)*('|\\\r?\n)`.
    private static func contString(_ line: [UInt32], _ from: Int, quote: UInt32) -> (Int, Bool)? {
        var p = from
        while p < line.count {
            let c = line[p]
            if c == quote { return (p + 1, false) }
            if c == 0x0A { return nil }
            if c == 0x5C {
                guard p + 1 < line.count else { return nil }
                let next = line[p + 1]
                if next == 0x0A { return (p + 2, true) }
                if next == 0x0D, p + 2 < line.count, line[p + 2] == 0x0A { return (p + 3, true) }
                p += 2
                continue
            }
            p += 1
        }
        return nil
    }

    /// The end patterns `Single`/`Double` and `Single3`/`Double3` (`.` does not match `\n`).
    static func matchStringEnd(_ line: [UInt32], from: Int, kind: StringEnd) -> Int? {
        var p = from
        switch kind {
        case .single(let quote):
            while p < line.count {
                let c = line[p]
                if c == quote { return p + 1 }
                if c == 0x5C {
                    guard p + 1 < line.count, line[p + 1] != 0x0A else { return nil }
                    p += 2
                    continue
                }
                p += 1
            }
        case .triple(let quote):
            while p < line.count {
                let c = line[p]
                if c == 0x5C {
                    guard p + 1 < line.count, line[p + 1] != 0x0A else { return nil }
                    p += 2
                    continue
                }
                if c == quote, p + 2 < line.count, line[p + 1] == quote, line[p + 2] == quote { return p + 3 }
                p += 1
            }
        }
        return nil
    }

    static func endsWithBackslashNewline(_ line: [UInt32]) -> Bool {
        let count = line.count
        if count >= 2, line[count - 2] == 0x5C, line[count - 1] == 0x0A { return true }
        return count >= 3 && line[count - 3] == 0x5C && line[count - 2] == 0x0D && line[count - 1] == 0x0A
    }

    static func strippedStartsWithHash(_ line: [UInt32]) -> Bool {
        for value in line {
            if let scalar = Unicode.Scalar(value), isPythonWhitespace(scalar) { continue }
            return value == 0x23
        }
        return false
    }

    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
            || scalar.value == 0x2028 || scalar.value == 0x2029
        }
    }

    /// `str.isidentifier()` of one character.
    static func isIdentifierStart(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return value == 0x5F || scalar.properties.isXIDStart
    }

    /// `\w` for str patterns: alphanumeric (letters and anything numeric) or `_`.
    static func isWordCharacter(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x30 && value <= 0x39) || value == 0x5F
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// Operators of `token.EXACT_TOKEN_TYPES` (3.11), longest first.
    private static func operatorEnd(_ line: [UInt32], _ p: Int) -> Int? {
        func at(_ index: Int) -> UInt32 { index < line.count ? line[index] : 0 }
        let c = line[p], next = at(p + 1)
        let equals: UInt32 = 0x3D
        switch c {
        case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x3B, 0x7E: return p + 1
        case 0x21: return next == equals ? p + 2 : nil // != only
        case 0x25, 0x26, 0x40, 0x5E, 0x7C, 0x2B, 0x3D, 0x3A: return next == equals ? p + 2 : p + 1
        case 0x2D: return next == equals || next == 0x3E ? p + 2 : p + 1
        case 0x2E: return next == 0x2E && at(p + 2) == 0x2E ? p + 3 : p + 1
        case 0x2A, 0x2F, 0x3C, 0x3E:
            if next == c { return at(p + 2) == equals ? p + 3 : p + 2 }
            return next == equals ? p + 2 : p + 1
        default: return nil
        }
    }

    // MARK: Number = group(Imagnumber, Floatnumber, Intnumber)

    @inline(__always)
    private static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    /// `[0-9](?:_?[0-9])*`
    private static func digitPart(_ line: [UInt32], _ p: Int, _ isValid: (UInt32) -> Bool = isDigit) -> Int? {
        guard p < line.count, isValid(line[p]) else { return nil }
        var end = p + 1
        while end < line.count {
            if isValid(line[end]) { end += 1 }
            else if line[end] == 0x5F, end + 1 < line.count, isValid(line[end + 1]) { end += 2 }
            else { break }
        }
        return end
    }

    /// `[eE][-+]?digitpart`
    private static func exponent(_ line: [UInt32], _ p: Int) -> Int? {
        guard p < line.count, line[p] | 0x20 == 0x65 else { return nil }
        var q = p + 1
        if q < line.count, line[q] == 0x2B || line[q] == 0x2D { q += 1 }
        return digitPart(line, q)
    }

    /// Pointfloat ends: with the optional exponent when present, and without it.
    private static func pointFloat(_ line: [UInt32], _ p: Int) -> [Int] {
        var mantissaEnd: Int?
        if let intEnd = digitPart(line, p), intEnd < line.count, line[intEnd] == 0x2E {
            mantissaEnd = digitPart(line, intEnd + 1) ?? intEnd + 1
        } else if p < line.count, line[p] == 0x2E, let fractionEnd = digitPart(line, p + 1) {
            mantissaEnd = fractionEnd
        }
        guard let end = mantissaEnd else { return [] }
        if let exponentEnd = exponent(line, end) { return [exponentEnd, end] }
        return [end]
    }

    private static func expFloat(_ line: [UInt32], _ p: Int) -> Int? {
        guard let intEnd = digitPart(line, p) else { return nil }
        return exponent(line, intEnd)
    }

    static func number(_ line: [UInt32], _ p: Int) -> Int? {
        guard p < line.count, isDigit(line[p]) || line[p] == 0x2E else { return nil }
        func isJ(_ index: Int) -> Bool { index < line.count && line[index] | 0x20 == 0x6A }
        // Imagnumber: digitpart [jJ] | Floatnumber [jJ]
        if let end = digitPart(line, p), isJ(end) { return end + 1 }
        for end in pointFloat(line, p) where isJ(end) { return end + 1 }
        if let end = expFloat(line, p), isJ(end) { return end + 1 }
        // Floatnumber
        if let end = pointFloat(line, p).first { return end }
        if let end = expFloat(line, p) { return end }
        // Intnumber: Hex, Bin, Oct, Dec
        guard isDigit(line[p]) else { return nil }
        if line[p] == 0x30, p + 1 < line.count {
            let letter = line[p + 1] | 0x20
            let validity: ((UInt32) -> Bool)?
            switch letter {
            case 0x78: validity = { isDigit($0) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
            case 0x62: validity = { $0 == 0x30 || $0 == 0x31 }
            case 0x6F: validity = { $0 >= 0x30 && $0 <= 0x37 }
            default: validity = nil
            }
            // (?:_?digit)+ : an optional underscore before the first digit too.
            if let isValid = validity {
                var q = p + 2
                if q < line.count, line[q] == 0x5F { q += 1 }
                if let end = digitPart(line, q, isValid) { return end }
            }
        }
        if line[p] == 0x30 {
            // 0(?:_?0)*
            var end = p + 1
            while end < line.count {
                if line[end] == 0x30 { end += 1 }
                else if line[end] == 0x5F, end + 1 < line.count, line[end + 1] == 0x30 { end += 2 }
                else { break }
            }
            return end
        }
        return digitPart(line, p)
    }
}
