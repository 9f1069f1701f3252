/// `python3 -m tokenize FILE`, reproduced exactly.
///
/// That command runs the pure-Python `tokenize` module, which is not the C
/// tokenizer the parser uses: it works line by line with regular expressions,
/// reports columns in characters, emits ENCODING, COMMENT and NL tokens, turns
/// what it cannot match into ERRORTOKENs, and prints each token as
/// `'%-20s%-15s%-15r' % ("l,c-l,c:", TYPE, repr(text))`. This file re-creates
/// that algorithm over code points (`ListingScanner.swift` holds the matchers
/// that stand in for its regular expressions).

/// The output of `python3 -m tokenize` on `raw` (the bytes of the file named
/// `filename`, spelled as on the command line).
public func tokenizeModuleListing(_ raw: [UInt8], filename: String) -> (stdout: String, stderr: String, exitCode: Int32) {
    let lines: [[UInt32]]
    let encoding: String
    switch ListingSource.decode(raw, filename: filename) {
    case .success(let decoded):
        (lines, encoding) = decoded
    case .failure(let failure):
        return ("", failure.message + "\n", 1)
    }
    var listing = PythonTokenizeListing(lines: lines)
    // The BOM is already gone, so tokenize reports (and decodes with) plain utf-8.
    let reported = encoding == "utf-8-sig" ? "utf-8" : encoding
    listing.emit("ENCODING", Array(reported.unicodeScalars.map(\.value))[...], (0, 0), (0, 0))
    switch listing.run() {
    case .success:
        return (listing.output, "", 0)
    case .failure(let error):
        return ("", "\(filename):\(error.line):\(error.column): error: \(error.message)\n", 1)
    }
}

struct ListingFailure: Error {
    var message: String
}

/// `tokenize.TokenError` / `IndentationError`, reported as `FILE:line:col: error: message`.
struct ListingError: Error {
    var message: String
    var line: Int
    var column: Int
}

/// Splitting and decoding as `tokenize.tokenize(open(f, 'rb').readline)` does.
enum ListingSource {
    static func decode(_ raw: [UInt8], filename: String) -> Result<([[UInt32]], String), ListingFailure> {
        var body = raw[...]
        var bomFound = false
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            bomFound = true
            body = raw[3...]
        }
        // Lines as binary readline gives them: split after each b'\n'.
        var byteLines: [ArraySlice<UInt8>] = []
        var lineStart = body.startIndex
        for index in body.indices where body[index] == 0x0A {
            byteLines.append(body[lineStart...index])
            lineStart = index + 1
        }
        if lineStart < body.endIndex { byteLines.append(body[lineStart...]) }

        let quotedName = pythonReprForListing(Array(filename.unicodeScalars.map(\.value)))
        var encoding = bomFound ? "utf-8-sig" : "utf-8"
        func findCookie(_ line: ArraySlice<UInt8>) -> Result<String?, ListingFailure> {
            let lineBytes = Array(line)
            var index = 0
            while index < lineBytes.count {
                switch SourceDecoding.utf8SequenceLength(lineBytes, at: index) {
                case .success(let length): index += length
                case .failure:
                    return .failure(ListingFailure(message:
                        "\(filename): error: invalid or missing encoding declaration for \(quotedName)"))
                }
            }
            guard let name = SourceDecoding.cookie(inLine: line) else { return .success(nil) }
            let normal = SourceDecoding.normalName(name)
            guard SourceDecoding.codec(forName: normal) != nil else {
                return .failure(ListingFailure(message: "\(filename): error: unknown encoding for \(quotedName): \(normal)"))
            }
            if bomFound {
                guard normal == "utf-8" else {
                    return .failure(ListingFailure(message: "\(filename): error: encoding problem for \(quotedName): utf-8"))
                }
                return .success(normal + "-sig")
            }
            return .success(normal)
        }
        if let first = byteLines.first {
            switch findCookie(first) {
            case .failure(let failure): return .failure(failure)
            case .success(let found?): encoding = found
            case .success(nil):
                if SourceDecoding.isBlankOrComment(first), byteLines.count > 1 {
                    switch findCookie(byteLines[1]) {
                    case .failure(let failure): return .failure(failure)
                    case .success(let found?): encoding = found
                    case .success(nil): break
                    }
                }
            }
        }
        let codec = SourceDecoding.codec(forName: encoding.hasSuffix("-sig") ? "utf-8" : encoding) ?? "utf-8"
        var lines: [[UInt32]] = []
        lines.reserveCapacity(byteLines.count)
        for (number, lineBytes) in byteLines.enumerated() {
            let bytes = Array(lineBytes)
            if codec == "utf-8" {
                var index = 0
                while index < bytes.count {
                    switch SourceDecoding.utf8SequenceLength(bytes, at: index) {
                    case .success(let length): index += length
                    case .failure(let problem):
                        // tokenize.main prints this, then re-raises (the traceback is not reproduced).
                        let message = "unexpected error: 'utf-8' codec can't decode byte 0x"
                            + SourceDecoding.hex2(bytes[index]) + " in position \(index): \(problem.reason)"
                        return .failure(ListingFailure(message: message))
                    }
                }
                lines.append(String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value))
            } else {
                guard let decoded = try? SourceDecoding.decode(bytesWithCookieFor: codec, bytes) else {
                    return .failure(ListingFailure(message: "unexpected error: cannot decode line \(number + 1)"))
                }
                lines.append(decoded)
            }
        }
        return .success((lines, encoding))
    }
}

/// The line-by-line algorithm of `tokenize._tokenize`, writing the listing as it goes.
struct PythonTokenizeListing {
    let lines: [[UInt32]]
    /// The listing so far, as UTF-8 (one `String` is made at the end).
    var outputBytes: [UInt8] = []

    var output: String { String(decoding: outputBytes, as: UTF8.self) }

    init(lines: [[UInt32]]) {
        self.lines = lines
        outputBytes.reserveCapacity(lines.count * 120)
    }

    /// One line: `'%-20s%-15s%-15r' % ("l,c-l,c:", type, text)`.
    mutating func emit(_ type: StaticString, _ text: ArraySlice<UInt32>, _ start: (Int, Int), _ end: (Int, Int)) {
        let rangeStart = outputBytes.count
        appendDecimal(start.0)
        outputBytes.append(UInt8(ascii: ","))
        appendDecimal(start.1)
        outputBytes.append(UInt8(ascii: "-"))
        appendDecimal(end.0)
        outputBytes.append(UInt8(ascii: ","))
        appendDecimal(end.1)
        outputBytes.append(UInt8(ascii: ":"))
        pad(from: outputBytes.count - rangeStart, to: 20)
        type.withUTF8Buffer { outputBytes.append(contentsOf: $0) }
        pad(from: type.utf8CodeUnitCount, to: 15)
        let reprLength = appendPythonRepr(text, to: &outputBytes)
        pad(from: reprLength, to: 15)
        outputBytes.append(UInt8(ascii: "\n"))
    }

    mutating func emit(_ type: StaticString, _ line: [UInt32], _ range: Range<Int>, lineNumber: Int) {
        emit(type, line[range], (lineNumber, range.lowerBound), (lineNumber, range.upperBound))
    }

    private mutating func pad(from length: Int, to width: Int) {
        if length < width { outputBytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - length)) }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { outputBytes.append(UInt8(ascii: "-")) }
        appendDecimal(value.magnitude)
    }

    private mutating func appendDecimal(_ value: UInt) {
        if value >= 10 { appendDecimal(value / 10) }
        outputBytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    mutating func run() -> Result<Void, ListingError> {
        let newline: UInt32 = 0x0A, carriageReturn: UInt32 = 0x0D, hash: UInt32 = 0x23
        var lineNumber = 0
        var parenLevel = 0
        var continued = false
        var indents = [0]
        // A string that spans lines: its text so far, start, and how it ends.
        var continuedString: [UInt32]? = nil
        var stringStart = (0, 0)
        var stringEnd = ListingScanner.StringEnd.single(0x27)
        var needsContinuation = false
        var lastLine: [UInt32] = []
        var line: [UInt32] = []
        var lineIndex = 0

        while true {
            lastLine = line
            line = lineIndex < lines.count ? lines[lineIndex] : []
            lineIndex += 1
            lineNumber += 1
            var pos = 0
            let max = line.count

            if var pending = continuedString {
                if line.isEmpty {
                    return .failure(ListingError(message: "EOF in multi-line string", line: stringStart.0,
                                                 column: stringStart.1))
                }
                if let end = ListingScanner.matchStringEnd(line, from: 0, kind: stringEnd) {
                    pos = end
                    pending += line[0..<end]
                    emit("STRING", pending[...], stringStart, (lineNumber, end))
                    continuedString = nil
                    needsContinuation = false
                } else if needsContinuation && !ListingScanner.endsWithBackslashNewline(line) {
                    pending += line
                    emit("ERRORTOKEN", pending[...], stringStart, (lineNumber, line.count))
                    continuedString = nil
                    continue
                } else {
                    pending += line
                    continuedString = pending
                    continue
                }
            } else if parenLevel == 0 && !continued {
                if line.isEmpty { break }
                var column = 0
                while pos < max {
                    switch line[pos] {
                    case 0x20: column += 1
                    case 0x09: column = (column / 8 + 1) * 8
                    case 0x0C: column = 0
                    default: break
                    }
                    if line[pos] != 0x20 && line[pos] != 0x09 && line[pos] != 0x0C { break }
                    pos += 1
                }
                if pos == max { break }
                let first = line[pos]
                if first == hash || first == carriageReturn || first == newline {
                    if first == hash {
                        var commentEnd = line.count
                        while commentEnd > pos, line[commentEnd - 1] == newline || line[commentEnd - 1] == carriageReturn {
                            commentEnd -= 1
                        }
                        emit("COMMENT", line, pos..<commentEnd, lineNumber: lineNumber)
                        pos = commentEnd
                    }
                    emit("NL", line, pos..<line.count, lineNumber: lineNumber)
                    continue
                }
                if column > indents[indents.count - 1] {
                    indents.append(column)
                    emit("INDENT", line, 0..<pos, lineNumber: lineNumber)
                }
                while column < indents[indents.count - 1] {
                    if !indents.contains(column) {
                        return .failure(ListingError(message: "unindent does not match any outer indentation level",
                                                     line: lineNumber, column: pos))
                    }
                    indents.removeLast()
                    emit("DEDENT", [][...], (lineNumber, pos), (lineNumber, pos))
                }
            } else {
                if line.isEmpty {
                    return .failure(ListingError(message: "EOF in multi-line statement", line: lineNumber, column: 0))
                }
                continued = false
            }

            while pos < max {
                guard let match = ListingScanner.pseudoToken(line, from: pos) else {
                    emit("ERRORTOKEN", line, pos..<(pos + 1), lineNumber: lineNumber)
                    pos += 1
                    continue
                }
                let start = match.start, end = match.end
                pos = end
                if start == end { continue }
                let initial = line[start]
                switch match.kind {
                case .number:
                    emit("NUMBER", line, start..<end, lineNumber: lineNumber)
                case .newline:
                    emit(parenLevel > 0 ? "NL" : "NEWLINE", line, start..<end, lineNumber: lineNumber)
                case .comment:
                    emit("COMMENT", line, start..<end, lineNumber: lineNumber)
                case .tripleQuoteStart(let quote):
                    if let stringEndIndex = ListingScanner.matchStringEnd(line, from: pos, kind: .triple(quote)) {
                        pos = stringEndIndex
                        emit("STRING", line, start..<pos, lineNumber: lineNumber)
                    } else {
                        stringStart = (lineNumber, start)
                        continuedString = Array(line[start...])
                        stringEnd = .triple(quote)
                        pos = max
                    }
                case .singleQuoteString(let quote, let isContinued):
                    if isContinued {
                        stringStart = (lineNumber, start)
                        stringEnd = .single(quote)
                        continuedString = Array(line[start...])
                        needsContinuation = true
                        pos = max
                    } else {
                        emit("STRING", line, start..<end, lineNumber: lineNumber)
                    }
                case .name:
                    if ListingScanner.isIdentifierStart(initial) {
                        emit("NAME", line, start..<end, lineNumber: lineNumber)
                    } else {
                        emit("OP", line, start..<end, lineNumber: lineNumber)
                    }
                case .backslashContinuation:
                    continued = true
                case .endOfLine:
                    break
                case .operator:
                    if initial == 0x28 || initial == 0x5B || initial == 0x7B { parenLevel += 1 }
                    if initial == 0x29 || initial == 0x5D || initial == 0x7D { parenLevel -= 1 }
                    emit("OP", line, start..<end, lineNumber: lineNumber)
                }
            }
        }

        if let last = lastLine.last, last != newline, last != carriageReturn,
           !ListingScanner.strippedStartsWithHash(lastLine) {
            emit("NEWLINE", [][...], (lineNumber - 1, lastLine.count), (lineNumber - 1, lastLine.count + 1))
        }
        for _ in indents.dropFirst() {
            emit("DEDENT", [][...], (lineNumber, 0), (lineNumber, 0))
        }
        emit("ENDMARKER", [][...], (lineNumber, 0), (lineNumber, 0))
        return .success(())
    }
}

extension SourceDecoding {
    /// Decodes one line with a single-byte codec (latin-1, cp1252, ...), to code points.
    static func decode(bytesWithCookieFor codec: String, _ bytes: [UInt8]) throws(SyntaxError) -> [UInt32] {
        let header = Array("# coding: \(codec)\n".utf8)
        let decoded = try decode(header + bytes, filename: "", origin: .compileArgument)
        return Array(String(decoding: decoded.utf8, as: UTF8.self).unicodeScalars.map(\.value).dropFirst(header.count))
    }
}

/// Appends Python's `repr()` of a str (given as code points) as UTF-8; returns its length in characters.
func appendPythonRepr(_ text: ArraySlice<UInt32>, to out: inout [UInt8]) -> Int {
    let singleQuote: UInt32 = 0x27, doubleQuote: UInt32 = 0x22
    let quote = text.contains(singleQuote) && !text.contains(doubleQuote) ? doubleQuote : singleQuote
    let hexDigits: StaticString = "0123456789abcdef"
    var length = 2
    func appendHex(_ value: UInt32, marker: UInt8, digits: Int, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(marker)
        hexDigits.withUTF8Buffer { hex in
            for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                out.append(hex[Int((value >> UInt32(shift)) & 0xF)])
            }
        }
        length += 2 + digits
    }
    out.append(UInt8(quote))
    for value in text {
        switch value {
        case quote, 0x5C:
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(value))
            length += 2
        case 0x09, 0x0A, 0x0D:
            out.append(UInt8(ascii: "\\"))
            out.append(value == 0x09 ? UInt8(ascii: "t") : value == 0x0A ? UInt8(ascii: "n") : UInt8(ascii: "r"))
            length += 2
        case 0x20..<0x7F:
            out.append(UInt8(value))
            length += 1
        default:
            if value >= 0x7F, let scalar = Unicode.Scalar(value), isPrintable(scalar) {
                SourceDecoding.appendUTF8(value, to: &out)
                length += 1
            } else if value < 0x100 {
                appendHex(value, marker: UInt8(ascii: "x"), digits: 2, &out)
            } else if value < 0x10000 {
                appendHex(value, marker: UInt8(ascii: "u"), digits: 4, &out)
            } else {
                appendHex(value, marker: UInt8(ascii: "U"), digits: 8, &out)
            }
        }
    }
    out.append(UInt8(quote))
    return length
}

/// Python's `repr()` of a str given as code points, as a `String` (for tests and
/// messages; the listing itself uses the byte writer above, which follows the same
/// rules as `pythonStringRepr` in AST/PythonRepr.swift).
func pythonReprForListing(_ text: [UInt32]) -> String {
    var out: [UInt8] = []
    _ = appendPythonRepr(text[...], to: &out)
    return String(decoding: out, as: UTF8.self)
}
