/// Number literals, scanned as CPython scans them: the same bytes read and put
/// back, so that "invalid decimal literal" and friends point where CPython's do.
extension Tokenizer {
    @inline(__always)
    func isDigit(_ c: Int) -> Bool { c >= 0x30 && c <= 0x39 }

    @inline(__always)
    func isHexDigit(_ c: Int) -> Bool {
        isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    enum FloatEntry { case fraction, exponent, imaginary }

    /// A number literal; the cursor is on its first digit.
    mutating func lexNumber() throws(SyntaxError) {
        var c = nextc()
        guard c == 0x30 else {
            c = try decimalTail()
            if c == 0x2E {
                try lexFloatTail(nextc(), entry: .fraction)
            } else {
                try lexFloatTail(c, entry: .exponent)
            }
            return
        }
        c = nextc()
        switch c | 0x20 {
        case 0x78: // x
            try lexRadixDigits(name: "hexadecimal", isValid: isHexDigit, maxDigit: nil)
        case 0x6F: // o
            try lexRadixDigits(name: "octal", isValid: { $0 >= 0x30 && $0 <= 0x37 }, maxDigit: 0x37)
        case 0x62: // b
            try lexRadixDigits(name: "binary", isValid: { $0 == 0x30 || $0 == 0x31 }, maxDigit: 0x31)
        default:
            // Zeros, maybe followed by digits: only valid as a float or imaginary number.
            while true {
                if c == 0x5F {
                    c = nextc()
                    if !isDigit(c) {
                        backup(c)
                        throw cursorError("invalid decimal literal", cursor: pos)
                    }
                }
                if c != 0x30 { break }
                c = nextc()
            }
            let zerosEnd = pos
            var nonzero = false
            if isDigit(c) {
                nonzero = true
                c = try decimalTail()
            }
            if c == 0x2E {
                try lexFloatTail(nextc(), entry: .fraction)
            } else if c == 0x65 || c == 0x45 {
                try lexFloatTail(c, entry: .exponent)
            } else if c == 0x6A || c == 0x4A {
                try lexFloatTail(c, entry: .imaginary)
            } else if nonzero {
                backup(c)
                throw knownRangeError(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    startOffset: tokenStart - lineStart + 1, endOffset: zerosEnd - lineStart)
            } else {
                try verifyEndOfNumber(c, kind: "decimal")
                backup(c)
            }
        }
    }

    /// Digits after `0x`, `0o` or `0b` (the cursor is past the letter).
    private mutating func lexRadixDigits(name: String, isValid: (Int) -> Bool, maxDigit: Int?) throws(SyntaxError) {
        var c = nextc()
        repeat {
            if c == 0x5F { c = nextc() }
            if !isValid(c) {
                if maxDigit != nil, isDigit(c) {
                    throw cursorError("invalid digit '\(Character(UnicodeScalar(UInt8(c))))' in \(name) literal", cursor: pos)
                }
                backup(c)
                throw cursorError("invalid \(name) literal", cursor: pos)
            }
            repeat { c = nextc() } while isValid(c)
        } while c == 0x5F
        if maxDigit != nil, isDigit(c) {
            throw cursorError("invalid digit '\(Character(UnicodeScalar(UInt8(c))))' in \(name) literal", cursor: pos)
        }
        try verifyEndOfNumber(c, kind: name)
        backup(c)
    }

    /// Digits and single underscores; returns the first byte after them (already read).
    private mutating func decimalTail() throws(SyntaxError) -> Int {
        var c: Int
        while true {
            repeat { c = nextc() } while isDigit(c)
            if c != 0x5F { break }
            c = nextc()
            if !isDigit(c) {
                backup(c)
                throw cursorError("invalid decimal literal", cursor: pos)
            }
        }
        return c
    }

    /// The rest of a float or imaginary literal. `c` has been read: the byte
    /// after the `.` (fraction), the byte that may be `e` (exponent), or `j`.
    mutating func lexFloatTail(_ first: Int, entry: FloatEntry) throws(SyntaxError) {
        var c = first
        if entry == .fraction, isDigit(c) {
            c = try decimalTail()
        }
        if entry != .imaginary, c == 0x65 || c == 0x45 {
            let e = c
            c = nextc()
            if c == 0x2B || c == 0x2D {
                c = nextc()
                if !isDigit(c) {
                    backup(c)
                    throw cursorError("invalid decimal literal", cursor: pos)
                }
            } else if !isDigit(c) {
                backup(c)
                try verifyEndOfNumber(e, kind: "decimal")
                backup(e)
                return
            }
            c = try decimalTail()
        }
        if c == 0x6A || c == 0x4A {
            c = nextc()
            try verifyEndOfNumber(c, kind: "imaginary")
        } else {
            try verifyEndOfNumber(c, kind: "decimal")
        }
        backup(c)
    }

    /// A number may not run into a name, except into the keywords that can follow one
    /// (`1if x else y`), which CPython only warns about.
    private mutating func verifyEndOfNumber(_ c: Int, kind: String) throws(SyntaxError) {
        let followsKeyword: Bool
        switch c {
        case 0x61: followsKeyword = lookahead("nd")
        case 0x65: followsKeyword = lookahead("lse")
        case 0x66: followsKeyword = lookahead("or")
        case 0x69:
            let next = byte(at: pos)
            followsKeyword = next == UInt8(ascii: "f") || next == UInt8(ascii: "n") || next == UInt8(ascii: "s")
        case 0x6F: followsKeyword = lookahead("r")
        case 0x6E: followsKeyword = lookahead("ot")
        default: followsKeyword = false
        }
        if followsKeyword {
            warnings.append(TokenizerWarning(message: "invalid \(kind) literal", lineno: Int(lineno)))
            return
        }
        if isIdentifierByte(c) {
            backup(c)
            throw cursorError("invalid \(kind) literal", cursor: pos)
        }
    }

    private func lookahead(_ text: StaticString) -> Bool {
        var index = pos
        return text.withUTF8Buffer { expected in
            for byte in expected {
                guard index < end, bytes[index] == byte else { return false }
                index += 1
            }
            return true
        }
    }
}
