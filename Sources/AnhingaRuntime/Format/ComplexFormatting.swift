/// `format(complex, spec)`: each part formatted as a float, the imaginary part always
/// signed and followed by `j`, then the whole padded to the width.
///
/// With no presentation type the text is `str()`'s: a real part of +0 is left out and
/// otherwise the two parts are in parentheses; a precision then means type `g`.
func formatComplex(_ real: Double, _ imag: Double, spec codePoints: [UInt32]) throws(FormatError) -> [UInt32] {
    let spec = try FormatSpec.parse(codePoints, typeName: "complex", defaultType: nil)
    if spec.zeroPad || spec.fill == 0x30 {
        throw FormatError("Zero padding is not allowed in complex format specifier")
    }
    if spec.align == .signAware {
        throw FormatError("'=' alignment flag is not allowed in complex format specifier")
    }
    var type = spec.type
    switch type {
    case nil, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47: break  // e E f F g G
    case 0x6E: type = 0x67                              // n: g (the C locale's digits)
    default: throw FormatSpec.unknownCode(type, typeName: "complex")
    }
    let omittedType = type == nil
    let skipReal = omittedType && real == 0 && real.sign == .plus
    let parenthesize = omittedType && !skipReal
    if omittedType && spec.precision != nil { type = 0x67 }

    func part(_ value: Double, sign: FormatSpec.Sign?) throws(FormatError) -> [UInt32] {
        guard let type else {
            // str()'s digits: the shortest repr, without a trailing ".0".
            var text = FloatText.repr(value)
            if text.hasSuffix(".0") { text.removeLast(2) }
            let nonNegative = !text.hasPrefix("-")
            if nonNegative, let sign, sign != .minus { text = (sign == .plus ? "+" : " ") + text }
            return formatCodePoints(text)
        }
        var partSpec = FormatSpec()
        partSpec.sign = sign
        partSpec.alternate = spec.alternate
        partSpec.coerceNegativeZero = spec.coerceNegativeZero
        partSpec.grouping = spec.grouping
        partSpec.precision = spec.precision
        partSpec.type = type
        return try formatFloat(value, partSpec, typeName: "complex")
    }
    var text: [UInt32] = parenthesize ? [0x28] : []
    if !skipReal { text += try part(real, sign: spec.sign) }
    text += try part(imag, sign: skipReal ? spec.sign : .plus)
    text.append(0x6A)  // j
    if parenthesize { text.append(0x29) }
    return try NumberLayout.pad(text, width: spec.width, fill: spec.fill ?? 0x20, alignment: spec.align ?? .right)
}
