/// Lays out a formatted number: sign, prefix, grouped digits, the rest, and padding.
///
/// Ints and floats (and `%` formatting, through them) share this, so `0x`, `,`,
/// `=` and zero padding behave the same for both, as in CPython.

/// A number in pieces, before padding.
struct NumberParts {
    var negative = false
    /// `0x`, `0o`, `0b` (`0X` for `X`): stays left of zero padding.
    var prefix: [UInt32] = []
    /// The integer digits, the only part that grouping separates.
    /// Empty for `inf` and `nan`, which are all `rest`.
    var digits: [UInt32] = []
    /// Decimal point, fraction, exponent, `%`; or `inf` / `nan`.
    var rest: [UInt32] = []
}

enum NumberLayout {
    /// `parts` with the spec's sign, grouping (every `groupSize` digits), width, fill and
    /// alignment (right by default, sign-aware with a leading `0`).
    static func layOut(_ parts: NumberParts, _ spec: FormatSpec, groupSize: Int = 3) throws(FormatError) -> [UInt32] {
        try FormatLimits.check(length: spec.width)
        var sign: UInt32?
        if parts.negative {
            sign = 0x2D
        } else if spec.sign == .plus {
            sign = 0x2B
        } else if spec.sign == .space {
            sign = 0x20
        }
        let fill = spec.fillCharacter
        let alignment = spec.alignment(default: .right)
        let fixedLength = (sign == nil ? 0 : 1) + parts.prefix.count + parts.rest.count
        var digits = parts.digits
        if let grouping = spec.grouping, !digits.isEmpty {
            // Zero padding with grouping pads with grouped zeros: `0,000,001`, not `00000001`.
            let zeroFilled = fill == 0x30 && alignment == .signAware
            let minimum = zeroFilled ? max(0, spec.width - fixedLength) : 0
            digits = grouped(digits, separator: grouping.rawValue, size: groupSize, minimumLength: minimum)
        }
        let length = fixedLength + digits.count
        let padding = max(0, spec.width - length)
        var result: [UInt32] = []
        result.reserveCapacity(length + padding)
        func appendNumber(paddingInside: Int) {
            if let sign { result.append(sign) }
            result.append(contentsOf: parts.prefix)
            if paddingInside > 0 { result.append(contentsOf: repeatElement(fill, count: paddingInside)) }
            result.append(contentsOf: digits)
            result.append(contentsOf: parts.rest)
        }
        switch alignment {
        case .left:
            appendNumber(paddingInside: 0)
            result.append(contentsOf: repeatElement(fill, count: padding))
        case .right:
            result.append(contentsOf: repeatElement(fill, count: padding))
            appendNumber(paddingInside: 0)
        case .center:
            result.append(contentsOf: repeatElement(fill, count: padding / 2))
            appendNumber(paddingInside: 0)
            result.append(contentsOf: repeatElement(fill, count: padding - padding / 2))
        case .signAware:
            appendNumber(paddingInside: padding)
        }
        return result
    }

    /// `digits` with `separator` between groups of `size` from the right, after
    /// enough leading zeros for the result to be at least `minimumLength` long.
    /// A separator never comes first: `08,d` of 1 is `0,000,001` (9 long), not `,000,001`.
    static func grouped(_ digits: [UInt32], separator: UInt32, size: Int, minimumLength: Int) -> [UInt32] {
        // With k digits the grouped length is k + (k - 1) / size; find the least k that reaches
        // the minimum. It is at least minimumLength * size / (size + 1), so start there.
        func groupedLength(_ k: Int) -> Int { k + (k - 1) / size }
        var count = max(digits.count, minimumLength * size / (size + 1))
        while groupedLength(count) < minimumLength { count += 1 }
        let zeros = count - digits.count
        var result: [UInt32] = []
        result.reserveCapacity(groupedLength(count))
        for position in 0..<count {
            if position > 0 && (count - position) % size == 0 { result.append(separator) }
            result.append(position < zeros ? 0x30 : digits[position - zeros])
        }
        return result
    }

    /// ASCII a-z to A-Z: `X`, `E`, `F`, `G` show hex digits, `E`, `INF` and `NAN` in capitals.
    static func uppercased(_ code: UInt32) -> UInt32 {
        code >= 0x61 && code <= 0x7A ? code - 0x20 : code
    }

    /// Pads `text` to `width` with `fill`, as str and `%s` do.
    static func pad(_ text: [UInt32], width: Int, fill: UInt32, alignment: FormatSpec.Alignment) throws(FormatError) -> [UInt32] {
        guard width > text.count else { return text }
        try FormatLimits.check(length: width)
        let padding = width - text.count
        var result: [UInt32] = []
        result.reserveCapacity(width)
        switch alignment {
        case .left, .signAware:
            result.append(contentsOf: text)
            result.append(contentsOf: repeatElement(fill, count: padding))
        case .right:
            result.append(contentsOf: repeatElement(fill, count: padding))
            result.append(contentsOf: text)
        case .center:
            result.append(contentsOf: repeatElement(fill, count: padding / 2))
            result.append(contentsOf: text)
            result.append(contentsOf: repeatElement(fill, count: padding - padding / 2))
        }
        return result
    }
}
