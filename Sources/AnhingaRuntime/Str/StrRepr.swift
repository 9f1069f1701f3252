import AnhingaSyntax

/// `repr(s)` written straight into the new str's code units: CPython's choice of
/// quote (`'` unless the text holds `'` and no `"`), and its escapes (the quote,
/// the backslash, `\t \n \r`, and what `str.isprintable()` rejects as `\xXX`,
/// `\uXXXX` or `\UXXXXXXXX`). The front end's `pythonStringRepr` gives the same
/// text as a Swift `String`, a round trip through a generic the runtime cannot
/// specialize (some 2,000 instructions for a short str: every list of strs printed,
/// every `%r`, every `int("x")` error message paid it).
extension Runtime {
    func reprStr(_ text: PyStr) -> PyStr {
        switch text.storage {
        case .latin1(let bytes):
            let quote = Self.reprQuote(bytes)
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 2)
            result.append(quote)
            for byte in bytes {
                if byte == quote || byte == 0x5C {
                    result.append(0x5C)
                    result.append(byte)
                } else if byte >= 0x20 && byte < 0x7F {
                    result.append(byte)
                } else if let escape = Self.controlEscape(UInt32(byte)) {
                    result.append(0x5C)
                    result.append(escape)
                } else if byte >= 0x80 && isPythonPrintable(UInt32(byte)) {
                    result.append(byte)
                } else {
                    Self.appendHexEscape(UInt32(byte), marker: 0x78, digits: 2) { result.append(UInt8(truncatingIfNeeded: $0)) }
                }
            }
            result.append(quote)
            return makeStr(latin1: result, asciiIf: text.isASCII)
        case .ucs4(let codePoints):
            let quote = UInt32(Self.reprQuote(codePoints))
            var result: [UInt32] = []
            result.reserveCapacity(codePoints.count + 2)
            result.append(quote)
            for codePoint in codePoints {
                if codePoint == quote || codePoint == 0x5C {
                    result.append(0x5C)
                    result.append(codePoint)
                } else if codePoint >= 0x20 && codePoint < 0x7F {
                    result.append(codePoint)
                } else if let escape = Self.controlEscape(codePoint) {
                    result.append(0x5C)
                    result.append(UInt32(escape))
                } else if codePoint >= 0x80 && isPythonPrintable(codePoint) {
                    result.append(codePoint)
                } else {
                    let (marker, digits): (UInt32, Int) = codePoint < 0x100 ? (0x78, 2) : codePoint < 0x10000 ? (0x75, 4) : (0x55, 8)
                    Self.appendHexEscape(codePoint, marker: marker, digits: digits) { result.append($0) }
                }
            }
            result.append(quote)
            return makeStr(codePoints: result)
        }
    }

    /// `"` when the text holds `'` and no `"`, else `'`.
    private static func reprQuote<Units: Collection>(_ units: Units) -> UInt8 where Units.Element: BinaryInteger {
        var single = false
        for unit in units {
            if unit == 0x22 { return 0x27 }
            if unit == 0x27 { single = true }
        }
        return single ? 0x22 : 0x27
    }

    /// The letter of `\t`, `\n` or `\r`.
    private static func controlEscape(_ codePoint: UInt32) -> UInt8? {
        switch codePoint {
        case 0x09: return 0x74
        case 0x0A: return 0x6E
        case 0x0D: return 0x72
        default: return nil
        }
    }

    /// `\` `marker` and `digits` lowercase hex digits.
    private static func appendHexEscape(_ codePoint: UInt32, marker: UInt32, digits: Int, _ append: (UInt32) -> Void) {
        append(0x5C)
        append(marker)
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            let digit = (codePoint >> UInt32(shift)) & 0xF
            append(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
    }
}
