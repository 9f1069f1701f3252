/// Backslash escapes of non-raw string and bytes literals.
extension StringLiteralDecoder {
    struct Decoded {
        var text: [UInt32] = []
        var bytes: [UInt8] = []
    }

    /// Decodes `range` of the source; `bytesMode` gives bytes (no `\N`, `\u`, `\U`).
    func decodeEscapes(_ range: Range<Int>, bytesMode: Bool) throws(SyntaxError) -> Decoded {
        var out = Decoded()
        if bytesMode { out.bytes.reserveCapacity(range.count) } else { out.text.reserveCapacity(range.count) }
        func emit(_ value: UInt32) {
            if bytesMode { out.bytes.append(UInt8(truncatingIfNeeded: value)) } else { out.text.append(value) }
        }
        let start = range.lowerBound, end = range.upperBound
        var i = start
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\r") {
                emit(0x0A)
                i += (i + 1 < end && bytes[i + 1] == UInt8(ascii: "\n")) ? 2 : 1
                continue
            }
            if byte != UInt8(ascii: "\\") {
                if byte < 0x80 || bytesMode {
                    emit(UInt32(byte))
                    i += 1
                } else {
                    let (scalar, length) = decodeUTF8(at: i, end: end)
                    emit(scalar)
                    i += length
                }
                continue
            }
            let escapeStart = i - start
            guard i + 1 < end else {
                emit(UInt32(byte))
                i += 1
                continue
            }
            let next = bytes[i + 1]
            i += 2
            switch next {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\r"):
                if i < end, bytes[i] == UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "\\"): emit(0x5C)
            case UInt8(ascii: "'"): emit(0x27)
            case UInt8(ascii: "\""): emit(0x22)
            case UInt8(ascii: "a"): emit(0x07)
            case UInt8(ascii: "b"): emit(0x08)
            case UInt8(ascii: "f"): emit(0x0C)
            case UInt8(ascii: "n"): emit(0x0A)
            case UInt8(ascii: "r"): emit(0x0D)
            case UInt8(ascii: "t"): emit(0x09)
            case UInt8(ascii: "v"): emit(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(next - UInt8(ascii: "0"))
                var count = 1
                while count < 3, i < end, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(bytes[i] - UInt8(ascii: "0"))
                    i += 1
                    count += 1
                }
                emit(value)
            case UInt8(ascii: "x"):
                let (value, digits) = hexValue(at: i, end: end, count: 2)
                guard digits == 2 else {
                    if bytesMode {
                        throw errorAfterToken("(value error) invalid \\x escape at position \(escapeStart)")
                    }
                    throw unicodeEscapeError(escapeStart, escapeStart + 1 + digits, "truncated \\xXX escape")
                }
                i += 2
                emit(value)
            case UInt8(ascii: "u") where !bytesMode, UInt8(ascii: "U") where !bytesMode:
                let count = next == UInt8(ascii: "u") ? 4 : 8
                let (value, digits) = hexValue(at: i, end: end, count: count)
                guard digits == count else {
                    let what = count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                    throw unicodeEscapeError(escapeStart, escapeStart + 1 + digits, what)
                }
                i += count
                if value > 0x10FFFF {
                    throw unicodeEscapeError(escapeStart, escapeStart + 1 + count, "illegal Unicode character")
                }
                emit(value)
            case UInt8(ascii: "N") where !bytesMode:
                guard i < end, bytes[i] == UInt8(ascii: "{"),
                      let close = bytes[i..<end].firstIndex(of: UInt8(ascii: "}")), close > i + 1 else {
                    throw unicodeEscapeError(escapeStart, min(i, end) - start - 1, "malformed \\N character escape")
                }
                let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                guard let scalar = UnicodeNames.scalar(named: name) else {
                    throw unicodeEscapeError(escapeStart, close - start, "unknown Unicode character name")
                }
                i = close + 1
                emit(scalar)
            default:
                // Unknown escapes keep their backslash (CPython warns, then keeps it).
                emit(0x5C)
                i -= 1
            }
        }
        return out
    }

    private func unicodeEscapeError(_ start: Int, _ end: Int, _ reason: String) -> SyntaxError {
        errorAfterToken("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(max(end, start)): \(reason)")
    }

    private func hexValue(at index: Int, end: Int, count: Int) -> (UInt32, Int) {
        var value: UInt32 = 0
        var digits = 0
        var i = index
        while digits < count, i < end {
            let byte = bytes[i]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return (value, digits)
            }
            value = value &* 16 &+ digit
            digits += 1
            i += 1
        }
        return (value, digits)
    }

    /// One code point of the (valid) UTF-8 source at `index`, and its length.
    func decodeUTF8(at index: Int, end: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= end else { return (UInt32(lead), 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return (value, length)
    }
}

/// `\N{...}` looks names up in a table built the first time one is used.
enum UnicodeNames {
    private static let table: [String: UInt32] = {
        var names: [String: UInt32] = [:]
        names.reserveCapacity(40_000)
        var value: UInt32 = 0
        while value <= 0x10FFFF {
            if let scalar = Unicode.Scalar(value) {
                let properties = scalar.properties
                if let name = properties.name { names[name] = value }
                if let alias = properties.nameAlias, names[alias] == nil { names[alias] = value }
            }
            value += 1
        }
        return names
    }()

    static func scalar(named name: String) -> UInt32? {
        table[name.uppercased()]
    }
}
