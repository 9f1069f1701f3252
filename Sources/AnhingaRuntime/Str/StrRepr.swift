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
        case .latin1(let bytes): return makeStr(latin1: PyStr.reprUnits(bytes), asciiIf: text.isASCII)
        case .ucs4(let codePoints): return makeStr(codePoints: PyStr.reprUnits(codePoints))
        }
    }
}

extension PyStr {
    /// The repr's code units, in the width of the text's own (Latin-1 text needs
    /// no escape wider than `\xXX`).
    static func reprUnits<Unit: FixedWidthInteger & UnsignedInteger>(_ units: [Unit]) -> [Unit] {
        let quote = Unit(reprQuote(units))
        var result: [Unit] = []
        result.reserveCapacity(units.count + 2)
        result.append(quote)
        for unit in units {
            let codePoint = UInt32(truncatingIfNeeded: unit)
            if unit == quote || codePoint == 0x5C {
                result.append(0x5C)
                result.append(unit)
            } else if codePoint >= 0x20 && codePoint < 0x7F {
                result.append(unit)
            } else if let escape = controlEscape(codePoint) {
                result.append(0x5C)
                result.append(Unit(escape))
            } else if codePoint >= 0x80 && isPythonPrintable(codePoint) {
                result.append(unit)
            } else {
                let (marker, digits): (UInt32, Int) = codePoint < 0x100 ? (0x78, 2) : codePoint < 0x10000 ? (0x75, 4) : (0x55, 8)
                appendHexEscape(codePoint, marker: marker, digits: digits) { result.append(Unit(truncatingIfNeeded: $0)) }
            }
        }
        result.append(quote)
        return result
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
