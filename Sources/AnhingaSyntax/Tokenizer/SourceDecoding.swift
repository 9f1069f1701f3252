/// Turning the raw bytes of a source file into UTF-8 text, as CPython does
/// before tokenizing: a UTF-8 byte-order mark is dropped, a PEP 263 coding
/// cookie on line 1 or 2 selects the encoding, and the text must then decode.

/// Where raw source bytes came from; CPython words some errors differently for
/// a file run as a script and for bytes handed to `compile()`.
public enum SourceOrigin: Sendable {
    case file
    case compileArgument
}

/// The result of decoding raw source bytes.
struct DecodedSource {
    /// UTF-8 text, BOM removed, line endings untouched.
    var utf8: [UInt8]
    /// The encoding name as `tokenize.detect_encoding` reports it.
    var encoding: String
    /// The codec that was used (normalized), e.g. "utf-8", "iso8859-1".
    var codec: String
    /// The text is not valid UTF-8 and CPython would only notice token by token
    /// (a NAME or STRING holding bad bytes fails; a comment does not).
    var hasInvalidUTF8 = false
    /// A BOM or a coding declaration named the encoding (CPython then records it,
    /// which changes how its parser reports error columns; see SourceBuffer).
    var hasDeclaredEncoding = false
    /// For a script file: invalid UTF-8, which CPython reports only when its
    /// tokenizer reads that line (so earlier syntax errors win).
    var deferredError: DeferredDecodingError?
}

/// A decoding error that belongs to one line of a script file.
public struct DeferredDecodingError: Sendable {
    public var lineno: Int32
    public var error: SyntaxError
}

enum SourceDecoding {
    /// Finds a coding cookie in one line (the bytes of the line, without its ending).
    /// Mirrors the rule "spaces, `#`, anything, `coding`, `:` or `=`, blanks, name".
    static func cookie(inLine line: ArraySlice<UInt8>) -> String? {
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 || line[index] == 0x0C {
            index += 1
        }
        guard index < line.endIndex, line[index] == UInt8(ascii: "#") else { return nil }
        let coding: [UInt8] = Array("coding".utf8)
        var search = index + 1
        while search + coding.count < line.endIndex {
            if line[search..<search + coding.count].elementsEqual(coding) {
                let separator = line[search + coding.count]
                if separator == UInt8(ascii: ":") || separator == UInt8(ascii: "=") {
                    var nameStart = search + coding.count + 1
                    while nameStart < line.endIndex, line[nameStart] == 0x20 || line[nameStart] == 0x09 {
                        nameStart += 1
                    }
                    var nameEnd = nameStart
                    while nameEnd < line.endIndex, isCookieNameByte(line[nameEnd]) { nameEnd += 1 }
                    if nameEnd > nameStart {
                        return String(decoding: line[nameStart..<nameEnd], as: UTF8.self)
                    }
                }
            }
            search += 1
        }
        return nil
    }

    private static func isCookieNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// Whether a line holds only blanks and maybe a comment (then line 2 may carry the cookie).
    static func isBlankOrComment(_ line: ArraySlice<UInt8>) -> Bool {
        for byte in line {
            switch byte {
            case 0x20, 0x09, 0x0C: continue
            case UInt8(ascii: "#"), 0x0A, 0x0D: return true
            default: return false
            }
        }
        return true
    }

    /// `tokenize`'s name normalization: utf-8 and latin-1 spellings get their canonical name.
    static func normalName(_ name: String) -> String {
        let prefix = String(name.prefix(12).lowercased().map { $0 == "_" ? "-" : $0 })
        if prefix == "utf-8" || prefix.hasPrefix("utf-8-") { return "utf-8" }
        for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] where prefix == latin || prefix.hasPrefix(latin + "-") {
            return "iso-8859-1"
        }
        return name
    }

    /// The codec a cookie name selects, or nil when Anhinga does not know it.
    static func codec(forName name: String) -> String? {
        let key = String(name.lowercased().map { $0 == "-" ? "_" : $0 })
        switch key {
        case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4": return "utf-8"
        case "latin_1", "latin1", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "latin", "iso_latin_1",
             "iso_ir_100", "csisolatin1", "ibm819":
            return "iso8859-1"
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us", "cp367", "csascii", "ibm367":
            return "ascii"
        case "cp1252", "windows_1252": return "cp1252"
        case "iso8859_15", "iso_8859_15", "latin9", "l9": return "iso8859-15"
        case "koi8_r", "cskoi8r": return "koi8-r"
        default: return nil
        }
    }

    /// The line of `bytes` that starts at `start`, without its ending, and where the next line starts.
    static func line(_ bytes: [UInt8], from start: Int) -> (ArraySlice<UInt8>, next: Int) {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        var next = end
        if next < bytes.count {
            if bytes[next] == 0x0D, next + 1 < bytes.count, bytes[next + 1] == 0x0A { next += 2 } else { next += 1 }
        }
        return (bytes[start..<end], next)
    }

    /// Decodes raw source bytes; errors carry CPython's wording for `origin`.
    static func decode(_ raw: [UInt8], filename: String, origin: SourceOrigin) throws(SyntaxError) -> DecodedSource {
        var body = raw
        var hasBOM = false
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            hasBOM = true
            body = Array(raw[3...])
        }
        var cookieName: String?
        let (first, secondStart) = line(body, from: 0)
        if let name = cookie(inLine: first) {
            cookieName = name
        } else if isBlankOrComment(first), secondStart < body.count {
            let (second, _) = line(body, from: secondStart)
            cookieName = cookie(inLine: second)
        }
        guard let name = cookieName else {
            var deferred: DeferredDecodingError?
            if origin == .file {
                deferred = try validateUTF8(body, origin: origin, filename: filename, declared: false)
            }
            return DecodedSource(utf8: body, encoding: hasBOM ? "utf-8-sig" : "utf-8", codec: "utf-8",
                                 hasInvalidUTF8: firstUTF8Problem(body[...]) != nil, hasDeclaredEncoding: hasBOM,
                                 deferredError: deferred)
        }
        let normal = normalName(name)
        guard let codec = codec(forName: normal) else {
            let message = origin == .file ? "encoding problem: \(name)" : "unknown encoding: \(name)"
            throw SyntaxError(.syntaxError, message, lineno: 0, offset: origin == .file ? 0 : -1, endLineno: 0, endOffset: 0)
        }
        if hasBOM {
            // Only the exact (normalized) name "utf-8" may follow a BOM; "utf8" may not.
            guard normal == "utf-8" else {
                throw SyntaxError(.syntaxError, "encoding problem: \(normal) with BOM", lineno: 0,
                                  offset: origin == .file ? 0 : -1, endLineno: 0, endOffset: 0)
            }
        }
        switch codec {
        case "utf-8" where normal == "utf-8":
            // Exactly "utf-8": CPython does not transcode, so bad bytes surface token by token.
            return DecodedSource(utf8: body, encoding: hasBOM ? "utf-8-sig" : normal, codec: codec,
                                 hasInvalidUTF8: firstUTF8Problem(body[...]) != nil, hasDeclaredEncoding: true)
        case "utf-8":
            if origin == .file, firstUTF8Problem(body[...]) != nil {
                // A file whose cookie names UTF-8 by another spelling ("utf8") is decoded by the codec.
                throw SyntaxError(.syntaxError, "encoding problem: \(normal)", lineno: 0, offset: 0,
                                  endLineno: 0, endOffset: 0)
            }
            let deferred = try validateUTF8(body, origin: origin, filename: filename, declared: true)
            return DecodedSource(utf8: body, encoding: hasBOM ? "utf-8-sig" : normal, codec: codec,
                                 hasDeclaredEncoding: true, deferredError: deferred)
        default:
            return DecodedSource(utf8: try transcodeSingleByte(body, codec: codec), encoding: normal, codec: codec,
                                 hasDeclaredEncoding: true)
        }
    }

    private static func transcodeSingleByte(_ body: [UInt8], codec: String) throws(SyntaxError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        for (position, byte) in body.enumerated() {
            var scalarValue = UInt32(byte)
            if byte >= 0x80 {
                switch codec {
                case "ascii":
                    throw SyntaxError(.syntaxError,
                        "'ascii' codec can't decode byte 0x\(hex2(byte)) in position \(position): ordinal not in range(128)",
                        lineno: 0, offset: -1)
                case "cp1252":
                    scalarValue = byte < 0xA0 ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
                    if scalarValue == 0xFFFF {
                        throw SyntaxError(.syntaxError,
                            "'charmap' codec can't decode byte 0x\(hex2(byte)) in position \(position): character maps to <undefined>",
                            lineno: 0, offset: -1)
                    }
                case "koi8-r":
                    scalarValue = koi8rHigh[Int(byte) - 0x80]
                case "iso8859-15":
                    scalarValue = latin9Differences[byte] ?? UInt32(byte)
                default:
                    break
                }
            }
            appendUTF8(scalarValue, to: &out)
        }
        return out
    }

    static func hex2(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            out.append(UInt8(0xF0 | ((value >> 18) & 0x07)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// Length of the valid UTF-8 sequence at `index`, or nil with the reason CPython's codec gives.
    static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Result<Int, UTF8Problem> {
        UTF8Sequence.decode(bytes, at: index).map(\.length)
    }

    /// The first invalid UTF-8 sequence in `bytes` (judged within its bounds): where it
    /// starts, how many bytes CPython's decoder reports, and why.
    static func firstUTF8Problem(_ bytes: ArraySlice<UInt8>) -> (position: Int, length: Int, problem: UTF8Problem)? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let array = Array(bytes)
        var index = 0
        while index < array.count {
            switch utf8SequenceLength(array, at: index) {
            case .success(let length): index += length
            case .failure(let problem): return (index, problem.length, problem)
            }
        }
        return nil
    }

    /// CPython's text for the first invalid UTF-8 sequence of a token, e.g.
    /// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
    static func utf8DecodeErrorMessage(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let (position, length, problem) = firstUTF8Problem(bytes) else { return nil }
        let first = bytes[bytes.startIndex + position]
        let range = length == 1 ? "byte 0x\(hex2(first)) in position \(position)"
            : "bytes in position \(position)-\(position + length - 1)"
        return "'utf-8' codec can't decode \(range): \(problem.reason)"
    }

    typealias UTF8Problem = UTF8Sequence.Problem

    /// Checks `body` is valid UTF-8. A script file's error is returned, to be
    /// raised when the tokenizer reaches its line; other errors are thrown.
    private static func validateUTF8(_ body: [UInt8], origin: SourceOrigin, filename: String,
                                     declared: Bool) throws(SyntaxError) -> DeferredDecodingError? {
        var index = 0
        var lineno = 1
        var lineStart = 0
        while index < body.count {
            let byte = body[index]
            if byte < 0x80 {
                if byte == 0x0A { lineno += 1; lineStart = index + 1 }
                index += 1
                continue
            }
            switch utf8SequenceLength(body, at: index) {
            case .success(let length):
                index += length
            case .failure(let problem):
                if origin == .file && !declared {
                    return DeferredDecodingError(lineno: Int32(truncatingIfNeeded: lineno), error: SyntaxError(.syntaxError,
                        "Non-UTF-8 code starting with '\\x\(hex2(byte))' in file \(filename) on line \(lineno), "
                        + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        lineno: 0, offset: 0))
                }
                if origin == .compileArgument && declared {
                    throw SyntaxError(.syntaxError,
                        "'utf-8' codec can't decode byte 0x\(hex2(byte)) in position \(index): \(problem.reason)",
                        lineno: 0, offset: -1, endLineno: 0, endOffset: 0)
                }
                // CPython reports the bad line itself, decoded with replacement characters.
                let (lineBytes, _) = line(body, from: lineStart)
                let position = index - lineStart
                var endPosition = position
                if case .invalidContinuation(let offset) = problem { endPosition = position + offset - 1 }
                if case .unexpectedEnd(let offset) = problem { endPosition = position + offset - 1 }
                let range = endPosition > position ? "\(position)-\(endPosition)" : "\(position)"
                let message = "(unicode error) 'utf-8' codec can't decode "
                    + (endPosition > position ? "bytes" : "byte 0x\(hex2(byte))")
                    + " in position \(range): \(problem.reason)"
                let error = SyntaxError(.syntaxError, message, lineno: lineno, offset: 1, endLineno: lineno,
                                        endOffset: -1, text: String(decoding: lineBytes, as: UTF8.self))
                if origin == .file { return DeferredDecodingError(lineno: Int32(truncatingIfNeeded: lineno), error: error) }
                throw error
            }
        }
        return nil
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFF, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0xFFFF, 0x017D, 0xFFFF, 0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFF, 0x017E, 0x0178,
    ]

    /// KOI8-R bytes 0x80...0xFF (values recorded from Python's codec).
    private static let koi8rHigh: [UInt32] = [
        0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580,
        0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
        0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
        0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
        0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569,
        0x256A, 0x256B, 0x256C, 0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
        0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441,
        0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
        0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
        0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
        0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
    ]

    private static let latin9Differences: [UInt8: UInt32] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]
}
