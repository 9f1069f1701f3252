/// printf-style templates: `'%-5d|%(name)s|%.*f' % args`.
///
/// `PercentFormat.parse` cuts a template into literal text and conversions; the
/// runtime walks the segments taking arguments (tuple or single value, a mapping
/// for `%(key)`) and formats each conversion with PercentConversions.
///
/// CPython checks a template as it goes, taking arguments on the way, so a template
/// wrong at its third conversion fails there, after (and only if) the first two found
/// their arguments: `'%s %y' % ()` is "not enough arguments", not "unsupported
/// format character". The segments keep that order: a fault in the template is a
/// `.malformed` segment in its place, and an unknown conversion character is a
/// conversion of kind `.unsupported`, refused only after its argument is taken.
///
/// The runtime's walk. The arguments: a tuple gives its items; any other value is
/// one argument, and is also "the mapping" when it is a mapping and not a str
/// (CPython's test is `__getitem__` and not tuple or str: a dict, but a list and
/// bytes too). Then, for each segment in order:
///
///     .literal(text):     append text.
///     .conversion(c), .malformed(PercentMalformed(partial: c, ...)):
///       1. c.key != nil (or .malformed with inKey): without a mapping, TypeError
///          `PercentFormat.requiresMapping`; if .malformed with inKey, throw its error;
///          else the value is mapping[c.key] (KeyError). A key uses up the single
///          argument: a positional conversion after it has none left.
///       2. c.widthFromArgument: take the next argument; not an int is TypeError
///          `PercentFormat.starWantsInt`; then `c.setWidth(fromArgument:)`.
///       3. c.precisionFromArgument: the same, with `c.setPrecision(fromArgument:)`.
///       4. .malformed: throw its error.
///       5. No key: the value is the next argument (`PercentFormat.notEnoughArguments`;
///          the single argument can be taken once).
///       6. Format the value by c.kind (PercentConversions): `.unsupported` throws
///          `c.unsupportedError`; `.string` formats str() / repr() / ascii() of it
///          for s / r / a; `.integer` needs an int (d i u also take a float, truncated);
///          `.float` a float or an int; `.character` an int or a one-character str
///          (else `PercentConversion.characterRequiresIntOrChar`).
///     At the end, without a mapping, an argument not taken (a tuple item, or the
///     single value) is TypeError `PercentFormat.notAllConverted`.

enum PercentSegment: Equatable {
    /// Text to copy; `%%` has already become `%`.
    case literal([UInt32])
    case conversion(PercentConversion)
    /// The template goes wrong here; formatting stops with `error` (see the walk above).
    case malformed(PercentMalformed)
}

struct PercentMalformed: Equatable {
    /// What was read before the fault (its key and `*`s are taken before the error).
    var partial: PercentConversion
    /// The fault is an unclosed `%(key`: "incomplete format key", after the mapping check.
    var inKey: Bool
    var error: FormatError
}

struct PercentConversion: Equatable {
    enum Kind: Equatable {
        case string  // s r a: the runtime makes the text (str, repr, ascii)
        case integer  // d i u o x X
        case float  // e E f F g G
        case character  // c
        case unsupported
    }

    /// `%(key)s`: the text between the parentheses (nested pairs allowed).
    var key: [UInt32]?
    var leftAlign = false  // -
    var plusSign = false  // +
    var spaceSign = false  // ' '
    var alternate = false  // #
    var zeroPad = false  // 0
    var width = 0
    var widthFromArgument = false  // *
    /// nil when absent; `%.f` is precision 0.
    var precision: Int?
    var precisionFromArgument = false  // .*
    /// The conversion character and its index in the template (for messages).
    var type: UInt32 = 0
    var typeIndex = 0

    /// No flag, width or precision: the text of the value as it is.
    var isPlain: Bool {
        !leftAlign && !plusSign && !spaceSign && !alternate && !zeroPad && width == 0 && !widthFromArgument
            && precision == nil && !precisionFromArgument
    }

    var kind: Kind {
        switch type {
        case 0x73, 0x72, 0x61: return .string
        case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58: return .integer
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47: return .float
        case 0x63: return .character
        default: return .unsupported
        }
    }

    /// "unsupported format character 'y' (0x79) at index 3": the character itself only
    /// when printable ASCII.
    var unsupportedError: FormatError {
        let shown = type >= 0x1F && type <= 0x7E ? String(Character(Unicode.Scalar(UInt8(type)))) : "?"
        return FormatError("unsupported format character '\(shown)' (0x\(String(type, radix: 16))) at index \(typeIndex)")
    }

    /// A `*` width from an int argument (nil: it does not fit in `Int`). Negative means
    /// left-aligned; CPython leaves the most negative width negative, that is no padding.
    mutating func setWidth(fromArgument value: Int?) throws(FormatError) {
        guard let value else {
            throw FormatError("Python int too large to convert to C ssize_t", kind: .overflow)
        }
        widthFromArgument = false
        if value < 0 {
            leftAlign = true
            width = value == Int.min ? 0 : -value
        } else {
            width = value
        }
    }

    /// A `.*` precision from an int argument (nil: it does not fit in `Int`). It must fit
    /// in a C int; a negative one counts as 0.
    mutating func setPrecision(fromArgument value: Int?) throws(FormatError) {
        guard let value, value >= Int(Int32.min) && value <= Int(Int32.max) else {
            throw FormatError("Python int too large to convert to C int", kind: .overflow)
        }
        precisionFromArgument = false
        precision = max(value, 0)
    }
}

enum PercentFormat {
    static let starWantsInt = FormatError("* wants int", kind: .type)
    static let notEnoughArguments = FormatError("not enough arguments for format string", kind: .type)
    static let notAllConverted = FormatError("not all arguments converted during string formatting", kind: .type)
    static let requiresMapping = FormatError("format requires a mapping", kind: .type)

    /// Cuts `template` into segments; a fault ends the list with a `.malformed` segment.
    static func parse(_ template: [UInt32]) -> [PercentSegment] {
        var segments: [PercentSegment] = []
        var literal: [UInt32] = []
        let end = template.count
        var index = 0
        func flush() {
            if !literal.isEmpty { segments.append(.literal(literal)) }
            literal = []
        }
        while index < end {
            let codePoint = template[index]
            if codePoint != 0x25 {  // %
                literal.append(codePoint)
                index += 1
                continue
            }
            if index + 1 < end && template[index + 1] == 0x25 {  // %% (only directly: %5% is unsupported)
                literal.append(0x25)
                index += 2
                continue
            }
            flush()
            index += 1
            let segment = parseConversion(template, &index)
            segments.append(segment)
            if case .malformed = segment { return segments }
        }
        flush()
        return segments
    }

    /// Reads one conversion after its `%`: (key) flags width .precision [hlL] type.
    private static func parseConversion(_ template: [UInt32], _ index: inout Int) -> PercentSegment {
        let end = template.count
        var conversion = PercentConversion()
        func fault(_ message: String, inKey: Bool = false) -> PercentSegment {
            .malformed(PercentMalformed(partial: conversion, inKey: inKey, error: FormatError(message)))
        }
        if index < end && template[index] == 0x28 {  // (
            var depth = 1
            index += 1
            let start = index
            while index < end && depth > 0 {
                if template[index] == 0x28 { depth += 1 } else if template[index] == 0x29 { depth -= 1 }
                index += 1
            }
            if depth > 0 { return fault("incomplete format key", inKey: true) }
            conversion.key = Array(template[start..<(index - 1)])
        }
        flags: while index < end {
            switch template[index] {
            case 0x2D: conversion.leftAlign = true
            case 0x2B: conversion.plusSign = true
            case 0x20: conversion.spaceSign = true
            case 0x23: conversion.alternate = true
            case 0x30: conversion.zeroPad = true
            default: break flags
            }
            index += 1
        }
        if index < end && template[index] == 0x2A {  // *
            conversion.widthFromArgument = true
            index += 1
        } else {
            // Width is a C ssize_t; precision (below) a C int.
            let width = readNumber(template, &index, limit: Int.max)
            if width.tooBig { return fault("width too big") }
            conversion.width = width.value ?? 0
        }
        if index < end && template[index] == 0x2E {  // .
            index += 1
            if index < end && template[index] == 0x2A {
                conversion.precisionFromArgument = true
                index += 1
            } else {
                let precision = readNumber(template, &index, limit: Int(Int32.max))
                if precision.tooBig { return fault("precision too big") }
                conversion.precision = precision.value ?? 0
            }
        }
        if index < end && (template[index] == 0x68 || template[index] == 0x6C || template[index] == 0x4C) {
            index += 1  // h l L: C length modifiers, accepted and ignored
        }
        guard index < end else { return fault("incomplete format") }
        conversion.type = template[index]
        conversion.typeIndex = index
        index += 1
        return .conversion(conversion)
    }

    /// ASCII digits (nil value when there are none); `tooBig` past `limit`.
    private static func readNumber(_ template: [UInt32], _ index: inout Int, limit: Int) -> (value: Int?, tooBig: Bool) {
        var value: Int?
        while index < template.count && template[index] >= 0x30 && template[index] <= 0x39 {
            let digit = Int(template[index] - 0x30)
            let current = value ?? 0
            if current > (limit - digit) / 10 { return (nil, true) }
            value = current * 10 + digit
            index += 1
        }
        return (value, false)
    }
}
