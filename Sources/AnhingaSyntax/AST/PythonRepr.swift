/// Python's `repr()` of the constants the parser produces, as `ast.dump` and
/// `python3 -m tokenize` show them.

/// The Python `repr` of a constant: `'text'`, `b'\x00'`, `1.5`, `1e+16`, `2j`, `True`, `None`, ...
public func pythonRepr(_ value: ConstantValue) -> String {
    switch value {
    case .none: return "None"
    case .bool(let flag): return flag ? "True" : "False"
    case .ellipsis: return "Ellipsis"
    case .int(let number): return String(number)
    case .bigInt(let digits, let radix): return ConstantValue.decimalDigits(of: digits, radix: radix)
    case .float(let number): return pythonFloatRepr(number)
    case .imaginary(let number): return pythonImaginaryRepr(number)
    case .str(let string): return pythonStringRepr(string.codePoints)
    case .bytes(let bytes): return pythonBytesRepr(bytes)
    }
}

/// `repr(str)` of a string given as code points (lone surrogates allowed).
///
/// Python quotes with `'` unless the text holds `'` and no `"`; it escapes the quote,
/// the backslash, `\t \n \r`, and every code point `str.isprintable()` rejects, as
/// `\xXX`, `\uXXXX` or `\UXXXXXXXX` (the shortest that fits).
public func pythonStringRepr(_ codePoints: some Collection<UInt32>) -> String {
    let singleQuote = UInt32(UInt8(ascii: "'"))
    let doubleQuote = UInt32(UInt8(ascii: "\""))
    let quote = codePoints.contains(singleQuote) && !codePoints.contains(doubleQuote)
        ? doubleQuote : singleQuote
    var result = String.UnicodeScalarView()
    result.append(quoteScalar(quote))
    for codePoint in codePoints {
        switch codePoint {
        case quote, 0x5C:  // the quote in use, backslash
            result.append("\\")
            result.append(quoteScalar(codePoint))
        case 0x09: result.append(contentsOf: "\\t".unicodeScalars)
        case 0x0A: result.append(contentsOf: "\\n".unicodeScalars)
        case 0x0D: result.append(contentsOf: "\\r".unicodeScalars)
        default:
            if isPythonPrintable(codePoint), let scalar = Unicode.Scalar(codePoint) {
                result.append(scalar)
            } else if codePoint < 0x100 {
                appendHexEscape(codePoint, marker: "x", digits: 2, to: &result)
            } else if codePoint < 0x10000 {
                appendHexEscape(codePoint, marker: "u", digits: 4, to: &result)
            } else {
                appendHexEscape(codePoint, marker: "U", digits: 8, to: &result)
            }
        }
    }
    result.append(quoteScalar(quote))
    return String(result)
}

/// `repr(str)` of a Swift string.
public func pythonStringRepr(_ string: String) -> String {
    pythonStringRepr(string.unicodeScalars.lazy.map { $0.value })
}

/// `repr(bytes)`: `b'...'` with the same quote rule as `str`, and every byte
/// outside printable ASCII escaped as `\xXX`.
public func pythonBytesRepr(_ bytes: some Collection<UInt8>) -> String {
    let quote: UInt8 = bytes.contains(UInt8(ascii: "'")) && !bytes.contains(UInt8(ascii: "\""))
        ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    var result = String.UnicodeScalarView()
    result.append("b")
    result.append(Unicode.Scalar(quote))
    for byte in bytes {
        switch byte {
        case quote, UInt8(ascii: "\\"):
            result.append("\\")
            result.append(Unicode.Scalar(byte))
        case 0x09: result.append(contentsOf: "\\t".unicodeScalars)
        case 0x0A: result.append(contentsOf: "\\n".unicodeScalars)
        case 0x0D: result.append(contentsOf: "\\r".unicodeScalars)
        case 0x20..<0x7F: result.append(Unicode.Scalar(byte))
        default: appendHexEscape(UInt32(byte), marker: "x", digits: 2, to: &result)
        }
    }
    result.append(Unicode.Scalar(quote))
    return String(result)
}

/// Whether Python 3.11's `str.isprintable()` accepts the code point.
public func isPythonPrintable(_ codePoint: UInt32) -> Bool {
    if codePoint >= 0x20 && codePoint < 0x7F { return true }
    // Binary search for the last range starting at or before the code point.
    let bounds = nonPrintableRangeBounds
    var low = 0
    var high = bounds.count / 2  // number of ranges
    while low < high {
        let middle = (low + high) / 2
        if bounds[2 * middle] <= codePoint {
            low = middle + 1
        } else {
            high = middle
        }
    }
    guard low > 0 else { return true }
    return codePoint > bounds[2 * (low - 1) + 1]
}

private func quoteScalar(_ codePoint: UInt32) -> Unicode.Scalar {
    Unicode.Scalar(UInt8(truncatingIfNeeded: codePoint))
}

private func appendHexEscape(_ value: UInt32, marker: Unicode.Scalar, digits: Int,
                             to result: inout String.UnicodeScalarView) {
    result.append("\\")
    result.append(marker)
    let hex = String(value, radix: 16)
    for _ in hex.count..<max(hex.count, digits) { result.append("0") }
    result.append(contentsOf: hex.unicodeScalars)
}
