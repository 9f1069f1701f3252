/// The format-spec mini-language of `format(value, spec)`, `str.format` and f-strings:
///
///     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
///
/// `FormatSpec.parse` reads a spec the same way for every type; what each type
/// then allows (a precision for floats but not ints, no sign for str, ...) is
/// checked by its formatter (IntegerFormatting, FloatFormatting, StringFormatting),
/// in CPython's order, so that a spec wrong in two ways gets CPython's message.

/// A formatting failure. The runtime raises it as the exception `kind` names,
/// with `message` as its argument (MemoryError takes none).
struct FormatError: Error, Equatable {
    enum Kind: Equatable, Sendable {
        case value, overflow, type, memory
    }

    let kind: Kind
    let message: String

    init(_ message: String, kind: Kind = .value) {
        self.kind = kind
        self.message = message
    }

    /// What CPython raises when it cannot allocate a result (a width of 10**18).
    static let memory = FormatError("", kind: .memory)
}

/// Sizes a formatted result may reach. CPython fails only when `malloc` does;
/// Anhinga refuses earlier, before an allocation could take the process down.
enum FormatLimits {
    /// The longest result, in code points, that formatting will build.
    static let maximumLength = 1 << 30

    static func check(length: Int) throws(FormatError) {
        if length > maximumLength { throw FormatError.memory }
    }
}

struct FormatSpec: Equatable {
    enum Alignment: UInt32 {
        case left = 0x3C  // <
        case right = 0x3E  // >
        case signAware = 0x3D  // =  (padding goes between the sign and the digits)
        case center = 0x5E  // ^
    }

    enum Sign: UInt32 {
        case plus = 0x2B, minus = 0x2D, space = 0x20
    }

    enum Grouping: UInt32 {
        case comma = 0x2C, underscore = 0x5F
    }

    /// Given only together with an alignment.
    var fill: UInt32?
    var align: Alignment?
    var sign: Sign?
    /// `z`: a negative zero (after rounding) is shown as a positive one.
    var coerceNegativeZero = false
    var alternate = false
    /// The `0` before the width: zero fill (when no fill is given), sign-aware for numbers.
    var zeroPad = false
    /// 0 when absent.
    var width = 0
    var grouping: Grouping?
    var precision: Int?
    /// The type character, or the caller's default when the spec has none (nil: float's "none" type).
    var type: UInt32?

    /// The character padding is made of.
    var fillCharacter: UInt32 { fill ?? (zeroPad ? 0x30 : 0x20) }

    /// The alignment to use; `defaultAlignment` is `.right` for numbers, `.left` for str.
    /// CPython 3.10+: a leading `0` makes numbers sign-aware but leaves str left-aligned.
    func alignment(default defaultAlignment: Alignment) -> Alignment {
        if let align { return align }
        return zeroPad && defaultAlignment == .right ? .signAware : defaultAlignment
    }

    /// Reads `spec`. `typeName` is the value's type for messages (`int`, `bool`, a subclass);
    /// `defaultType` is the type used when the spec names none: `d` for int, `s` for str,
    /// nil for float (whose "none" type is its own presentation).
    static func parse(_ spec: [UInt32], typeName: String, defaultType: UInt32?) throws(FormatError) -> FormatSpec {
        var result = FormatSpec()
        let end = spec.count
        var index = 0
        if end >= 2, let align = Alignment(rawValue: spec[1]) {
            result.fill = spec[0]
            result.align = align
            index = 2
        } else if end >= 1, let align = Alignment(rawValue: spec[0]) {
            result.align = align
            index = 1
        }
        if index < end, let sign = Sign(rawValue: spec[index]) {
            result.sign = sign
            index += 1
        }
        if index < end && spec[index] == 0x7A {  // z
            result.coerceNegativeZero = true
            index += 1
        }
        if index < end && spec[index] == 0x23 {  // #
            result.alternate = true
            index += 1
        }
        // With an explicit fill, a leading 0 is just part of the width.
        if result.fill == nil && index < end && spec[index] == 0x30 {
            result.zeroPad = true
            index += 1
        }
        if let width = try readNumber(spec, &index) { result.width = width }
        if index < end, let grouping = Grouping(rawValue: spec[index]) {
            result.grouping = grouping
            index += 1
            if index < end, let second = Grouping(rawValue: spec[index]), second != grouping {
                throw FormatError("Cannot specify both ',' and '_'.")
            }
        }
        if index < end && spec[index] == 0x2E {  // .
            index += 1
            guard let precision = try readNumber(spec, &index) else {
                throw FormatError("Format specifier missing precision")
            }
            result.precision = precision
        }
        // At most the type character may be left.
        if end - index > 1 {
            throw FormatError("Invalid format specifier '\(text(of: spec))' for object of type '\(clippedTypeName(typeName))'")
        }
        result.type = index < end ? spec[index] : defaultType
        if let grouping = result.grouping {
            try checkGrouping(grouping, type: result.type)
        }
        return result
    }

    /// Decimal digits of any script (CPython reads them with `Py_UNICODE_TODECIMAL`);
    /// nil when there are none. A value past `Int.max` is CPython's ValueError.
    private static func readNumber(_ spec: [UInt32], _ index: inout Int) throws(FormatError) -> Int? {
        var value = 0
        var sawDigit = false
        while index < spec.count, let digit = TextScanning.decimalValue(spec[index]) {
            if value > (Int.max - digit) / 10 {
                throw FormatError("Too many decimal digits in format string")
            }
            value = value * 10 + digit
            sawDigit = true
            index += 1
        }
        return sawDigit ? value : nil
    }

    /// `,` goes with decimal presentations only; `_` also with b, o, x, X (every 4 digits).
    private static func checkGrouping(_ grouping: Grouping, type: UInt32?) throws(FormatError) {
        guard let type else { return }  // float's none type
        switch type {
        case 0x64, 0x65, 0x66, 0x67, 0x45, 0x46, 0x47, 0x25: return  // d e f g E F G %
        case 0x62, 0x6F, 0x78, 0x58: if grouping == .underscore { return }  // b o x X
        default: break
        }
        let separator = grouping == .comma ? "," : "_"
        throw FormatError("Cannot specify '\(separator)' with '\(describe(type))'.")
    }

    // MARK: Message pieces shared by the formatters

    /// A type character as CPython's messages show it: itself when printable ASCII
    /// (space excluded), else `\x` and its hex value (`'\x1f600'`).
    static func describe(_ code: UInt32) -> String {
        if code > 0x20 && code < 0x80 { return String(Character(Unicode.Scalar(UInt8(code)))) }
        return "\\x" + String(code, radix: 16)
    }

    static func unknownCode(_ code: UInt32?, typeName: String) -> FormatError {
        FormatError("Unknown format code '\(describe(code ?? 0))' for object of type '\(clippedTypeName(typeName))'")
    }

    /// CPython prints type names with `%.200s`: at most 200 bytes of UTF-8; a character
    /// cut in two decodes as one U+FFFD.
    static func clippedTypeName(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > 200 else { return name }
        var end = 200
        while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let cut = end < 200 ? "\u{FFFD}" : ""
        return String(decoding: bytes[0..<end], as: UTF8.self) + cut
    }

    /// Code points as a String for a message; lone surrogates become U+FFFD.
    static func text(of codePoints: [UInt32]) -> String {
        var scalars = String.UnicodeScalarView()
        for codePoint in codePoints { scalars.append(Unicode.Scalar(codePoint) ?? "\u{FFFD}") }
        return String(scalars)
    }
}

/// Text as code points (results are built as `[UInt32]`, the runtime's str storage).
func formatCodePoints(_ text: String) -> [UInt32] {
    // Digits and signs are ASCII: read as UTF-8 bytes, without decoding scalars.
    var text = text
    let ascii = text.withUTF8 { utf8 -> [UInt32]? in
        var codePoints: [UInt32] = []
        codePoints.reserveCapacity(utf8.count)
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            codePoints.append(UInt32(byte))
        }
        return codePoints
    }
    return ascii ?? text.unicodeScalars.map(\.value)
}
