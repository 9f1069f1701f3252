/// Formatting one value for one `%` conversion, once the runtime has the value
/// (and has resolved any `*` width or precision).
///
/// Numbers go through the same engines as `format()`: the flags become a FormatSpec
/// (`-` is left alignment, `0` sign-aware zero padding, `+` and space the sign).
/// Differences from `format()` that `%` keeps: an int's precision is a minimum
/// number of digits (`'%.3d' % 5` is `005`), and `0` pads only numbers.

extension PercentConversion {
    static let characterRequiresIntOrChar = FormatError("%c requires int or char", kind: .type)

    /// `%d %i %u %o %x %X` of an `Int` (the runtime turns floats into ints for d i u first).
    func render(integer value: Int) throws(FormatError) -> [UInt32] {
        try render(negative: value < 0, digits: { radix in String(value.magnitude, radix: radix) })
    }

    /// The same for an int of any size: `digits(radix)` is the magnitude in radix 8, 10 or 16,
    /// lowercase (it may throw, as `str()` does past the int digit limit).
    func render(negative: Bool, digits: (Int) throws(FormatError) -> String) throws(FormatError) -> [UInt32] {
        let radix: Int
        var prefix: [UInt32] = []
        switch type {
        case 0x6F:  // o
            radix = 8
            prefix = [0x30, 0x6F]
        case 0x78:  // x
            radix = 16
            prefix = [0x30, 0x78]
        case 0x58:  // X
            radix = 16
            prefix = [0x30, 0x58]
        default:  // d i u
            radix = 10
        }
        var parts = NumberParts()
        parts.negative = negative
        parts.digits = formatCodePoints(try digits(radix))
        if type == 0x58 { parts.digits = parts.digits.map(NumberLayout.uppercased) }
        if let precision, precision > parts.digits.count {
            try FormatLimits.check(length: precision)
            parts.digits.insert(contentsOf: repeatElement(0x30, count: precision - parts.digits.count), at: 0)
        }
        if alternate { parts.prefix = prefix }
        return try NumberLayout.layOut(parts, numberSpec())
    }

    /// `%e %E %f %F %g %G` of a float (the runtime converts ints and `__float__` first).
    func render(float value: Double) throws(FormatError) -> [UInt32] {
        var spec = numberSpec()
        spec.precision = precision
        spec.type = type
        return try formatFloat(value, spec, typeName: "float")
    }

    /// `%s %r %a`: the runtime's str / repr / ascii of the value, cut to the precision.
    func render(text: [UInt32]) throws(FormatError) -> [UInt32] {
        var result = text
        if let precision, precision < text.count { result = Array(text[0..<precision]) }
        return try NumberLayout.pad(result, width: width, fill: 0x20, alignment: leftAlign ? .left : .right)
    }

    /// `%c` of an int (nil: too large for `Int`) or of a one-character str's code point.
    func render(character codePoint: Int?) throws(FormatError) -> [UInt32] {
        guard let codePoint, codePoint >= 0 && codePoint <= 0x10FFFF else {
            throw FormatError("%c arg not in range(0x110000)", kind: .overflow)
        }
        return try NumberLayout.pad([UInt32(codePoint)], width: width, fill: 0x20,
                                    alignment: leftAlign ? .left : .right)
    }

    /// Width, sign, `#` and padding as a format spec; `-` wins over `0`.
    private func numberSpec() -> FormatSpec {
        var spec = FormatSpec()
        spec.width = width
        if plusSign {
            spec.sign = .plus
        } else if spaceSign {
            spec.sign = .space
        }
        spec.alternate = alternate
        if leftAlign {
            spec.align = .left
        } else if zeroPad {
            spec.zeroPad = true
        }
        return spec
    }
}
