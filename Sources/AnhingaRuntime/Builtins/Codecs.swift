import AnhingaSyntax

/// The codecs of `bytes.decode` and `str.encode`: UTF-8, UTF-16 and UTF-32 (either
/// byte order, or native with a BOM), ASCII and Latin-1, with the error handlers
/// strict, replace, ignore and backslashreplace, and CPython's messages.
enum Codec {
    case utf8, utf16(bigEndian: Bool?), utf32(bigEndian: Bool?), ascii, latin1

    /// The codec an encoding name stands for (case, `_` and `-` as CPython normalizes them).
    init?(_ name: String) {
        let normalized = String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        switch normalized {
        case "utf-8", "utf8", "u8", "utf": self = .utf8
        case "utf-16", "utf16", "u16": self = .utf16(bigEndian: nil)
        case "utf-16-le", "utf-16le": self = .utf16(bigEndian: false)
        case "utf-16-be", "utf-16be": self = .utf16(bigEndian: true)
        case "utf-32", "utf32", "u32": self = .utf32(bigEndian: nil)
        case "utf-32-le", "utf-32le": self = .utf32(bigEndian: false)
        case "utf-32-be", "utf-32be": self = .utf32(bigEndian: true)
        case "ascii", "us-ascii", "646": self = .ascii
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin": self = .latin1
        default: return nil
        }
    }

    /// The name CPython's error messages use.
    var messageName: String {
        switch self {
        case .utf8: return "utf-8"
        case .utf16(nil): return "utf-16"
        case .utf16(let big?): return big ? "utf-16-be" : "utf-16-le"
        case .utf32(nil): return "utf-32"
        case .utf32(let big?): return big ? "utf-32-be" : "utf-32-le"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    /// Handlers are looked up only when an error happens, as CPython does.
    static func checkHandler(_ errors: String) throws(PythonError) {
        guard errors == "strict" else { throw PythonError(.lookupError, "unknown error handler name '\(errors)'") }
    }

    // MARK: Decoding

    /// Decodes `bytes`; an undecodable run goes to the handler `errors`.
    func decode(_ bytes: [UInt8], errors: String) throws(PythonError) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(bytes.count)
        /// Applies the handler to `bytes[start..<end]`, or raises for strict.
        func bad(_ start: Int, _ end: Int, _ reason: String) throws(PythonError) {
            switch errors {
            case "replace": result.append(0xFFFD)
            case "ignore": break
            case "backslashreplace": for byte in bytes[start..<end] { result += Array(Runtime.escaped(UInt32(byte)).unicodeScalars.map(\.value)) }
            default:
                try Codec.checkHandler(errors)
                let what = end - start == 1
                    ? "byte 0x\(Codec.hex2(bytes[start])) in position \(start)"
                    : "bytes in position \(start)-\(end - 1)"
                throw PythonError(.unicodeDecodeError, "'\(messageName)' codec can't decode \(what): \(reason)")
            }
        }
        switch self {
        case .latin1:
            return bytes.map { UInt32($0) }
        case .ascii:
            for (index, byte) in bytes.enumerated() {
                if byte < 0x80 { result.append(UInt32(byte)) } else { try bad(index, index + 1, "ordinal not in range(128)") }
            }
        case .utf8:
            var index = 0
            while index < bytes.count {
                let (scalar, length, reason) = Codec.utf8Sequence(bytes, at: index)
                if let scalar {
                    result.append(scalar)
                } else {
                    try bad(index, index + length, reason)
                }
                index += length
            }
        case .utf16(let bigEndian), .utf32(let bigEndian):
            let width: Int
            if case .utf16 = self { width = 2 } else { width = 4 }
            var big = bigEndian ?? false
            var index = 0
            // Without a byte order, a BOM names it (and is dropped); else little-endian.
            if bigEndian == nil, bytes.count >= width {
                let bom = Codec.unit(bytes, 0, width, bigEndian: false)
                if bom == 0xFEFF { index = width } else if bom == (width == 2 ? 0xFFFE : 0xFFFE_0000) { big = true; index = width }
            }
            while index < bytes.count {
                if bytes.count - index < width {
                    try bad(index, bytes.count, "truncated data")
                    break
                }
                let unit = Codec.unit(bytes, index, width, bigEndian: big)
                if width == 4 {
                    if unit > 0x10FFFF || (0xD800...0xDFFF).contains(unit) {
                        try bad(index, index + 4, unit > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)")
                    } else {
                        result.append(unit)
                    }
                    index += 4
                    continue
                }
                if (0xD800...0xDBFF).contains(unit) {
                    guard bytes.count - index >= 4 else {
                        try bad(index, bytes.count, "unexpected end of data")
                        break
                    }
                    let low = Codec.unit(bytes, index + 2, 2, bigEndian: big)
                    if (0xDC00...0xDFFF).contains(low) {
                        result.append(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        index += 4
                    } else {
                        try bad(index, index + 2, "illegal UTF-16 surrogate")
                        index += 2
                    }
                } else if (0xDC00...0xDFFF).contains(unit) {
                    try bad(index, index + 2, "illegal encoding")
                    index += 2
                } else {
                    result.append(unit)
                    index += 2
                }
            }
        }
        return result
    }

    private static func unit(_ bytes: [UInt8], _ index: Int, _ width: Int, bigEndian: Bool) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<width {
            let byte = UInt32(bytes[index + (bigEndian ? offset : width - 1 - offset)])
            value = value << 8 | byte
        }
        return value
    }

    static func hex2(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16)
        return text.count == 1 ? "0" + text : text
    }

    /// One UTF-8 sequence at `index`: its scalar, or nil with the length of the maximal
    /// invalid prefix (what one replacement character stands for) and CPython's reason.
    static func utf8Sequence(_ bytes: [UInt8], at index: Int) -> (UInt32?, Int, String) {
        switch UTF8Sequence.decode(bytes, at: index) {
        case .success(let sequence): return (sequence.scalar, sequence.length, "")
        case .failure(let problem): return (nil, problem.length, problem.reason)
        }
    }

    // MARK: Encoding

    /// Encodes code points; one the codec cannot hold goes to the handler `errors`.
    func encode(_ codePoints: [UInt32], errors: String) throws(PythonError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(codePoints.count)
        let limit: UInt32
        switch self {
        case .ascii: limit = 0x80
        case .latin1: limit = 0x100
        default: limit = 0x110000
        }
        func append(_ c: UInt32) {
            switch self {
            case .ascii, .latin1: result.append(UInt8(truncatingIfNeeded: c))
            case .utf8:
                if c < 0x80 {
                    result.append(UInt8(c))
                } else if c < 0x800 {
                    result += [UInt8(0xC0 | c >> 6), UInt8(0x80 | c & 0x3F)]
                } else if c < 0x10000 {
                    result += [UInt8(0xE0 | c >> 12), UInt8(0x80 | c >> 6 & 0x3F), UInt8(0x80 | c & 0x3F)]
                } else {
                    result += [UInt8(0xF0 | c >> 18), UInt8(0x80 | c >> 12 & 0x3F), UInt8(0x80 | c >> 6 & 0x3F), UInt8(0x80 | c & 0x3F)]
                }
            case .utf16(let bigEndian):
                let units = c < 0x10000 ? [c] : [0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF)]
                for unit in units {
                    let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                    result += bigEndian == true ? pair.reversed() : pair
                }
            case .utf32(let bigEndian):
                let quad = [UInt8(c & 0xFF), UInt8(c >> 8 & 0xFF), UInt8(c >> 16 & 0xFF), UInt8(c >> 24)]
                result += bigEndian == true ? quad.reversed() : quad
            }
        }
        // Without a byte order, UTF-16 and UTF-32 begin with a little-endian BOM.
        switch self {
        case .utf16(nil), .utf32(nil): append(0xFEFF)
        default: break
        }
        var index = 0
        while index < codePoints.count {
            let c = codePoints[index]
            let isSurrogate = (0xD800...0xDFFF).contains(c)
            if c < limit && !isSurrogate {
                append(c)
                index += 1
                continue
            }
            var end = index
            while end < codePoints.count, codePoints[end] >= limit || (0xD800...0xDFFF).contains(codePoints[end]) { end += 1 }
            switch errors {
            case "ignore": break
            case "replace": for _ in index..<end { append(0x3F) }
            case "backslashreplace":
                for point in codePoints[index..<end] { for byte in Runtime.escaped(point).utf8 { append(UInt32(byte)) } }
            default:
                try Codec.checkHandler(errors)
                let reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
                let what = end - index > 1 ? "characters in position \(index)-\(end - 1)"
                    : "character '\(Runtime.escaped(codePoints[index]))' in position \(index)"
                throw PythonError(.unicodeEncodeError, "'\(messageName)' codec can't encode \(what): \(reason)")
            }
            index = end
        }
        return result
    }
}

extension Runtime {
    /// `bytes.decode(encoding, errors)`.
    func decode(_ bytes: [UInt8], encoding: String, errors: String = "strict") throws(PythonError) -> PyStr {
        guard let codec = Codec(encoding) else { throw PythonError(.lookupError, "unknown encoding: \(encoding)") }
        if case .latin1 = codec { return makeStr(storage: .latin1(bytes)) }
        return makeStr(codePoints: try codec.decode(bytes, errors: errors))
    }

    /// `str.encode(encoding, errors)`.
    func encode(_ text: PyStr, encoding: String, errors: String = "strict") throws(PythonError) -> [UInt8] {
        guard let codec = Codec(encoding) else { throw PythonError(.lookupError, "unknown encoding: \(encoding)") }
        return try codec.encode(text.codePoints, errors: errors)
    }
}
