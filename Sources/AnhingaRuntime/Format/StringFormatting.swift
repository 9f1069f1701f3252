/// `format(str, spec)`: precision cuts, width pads (left by default).
///
/// A str takes only fill, alignment other than `=`, width, precision and type `s`;
/// the rest is refused in CPython's order: type, sign, `z`, `#`, `=`.
/// (Grouping was refused by `FormatSpec.parse`, which knows the default type `s`.)

/// Formats the code points of a str by a parsed spec (`FormatSpec.parse(..., defaultType: 0x73)`).
func formatString(_ text: [UInt32], _ spec: FormatSpec, typeName: String = "str") throws(FormatError) -> [UInt32] {
    if spec.type != 0x73 {  // s
        throw FormatSpec.unknownCode(spec.type, typeName: typeName)
    }
    if let sign = spec.sign {
        throw FormatError(sign == .space ? "Space not allowed in string format specifier"
                                         : "Sign not allowed in string format specifier")
    }
    if spec.coerceNegativeZero {
        throw FormatError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
        throw FormatError("Alternate form (#) not allowed in string format specifier")
    }
    if spec.align == .signAware {
        throw FormatError("'=' alignment not allowed in string format specifier")
    }
    var result = text
    if let precision = spec.precision, precision < text.count {
        result = Array(text[0..<precision])
    }
    return try NumberLayout.pad(result, width: spec.width, fill: spec.fillCharacter,
                                alignment: spec.alignment(default: .left))
}

/// Formats a str by a spec given as code points: `format(s, spec)`.
func formatString(_ text: [UInt32], spec: [UInt32], typeName: String = "str") throws(FormatError) -> [UInt32] {
    try formatString(text, FormatSpec.parse(spec, typeName: typeName, defaultType: 0x73), typeName: typeName)
}
