/// String literals: adjacent STRING tokens concatenate into one `Constant`, or
/// into a `JoinedStr` when any of them is an f-string.
///
/// Position rules follow CPython 3.11: every literal part and replacement field
/// of a `JoinedStr` spans the whole concatenation; a format spec's `JoinedStr`
/// spans the token it sits in; expressions inside fields keep their real positions.
extension Parser {
    func parseStrings() throws(SyntaxError) -> Expr {
        let first = current
        var literals: [StringLiteral] = []
        var tokenRanges: [SourceRange] = []
        while check(.string) {
            literals.append(try decodeStringLiteral(source, current))
            tokenRanges.append(current.range)
            advance()
        }
        let whole = SourceRange(from: first.range, to: previous.range)
        let isBytes = literals[0].isBytes
        if literals.contains(where: { $0.isBytes != isBytes }) {
            throw error("cannot mix bytes and nonbytes literals", at: whole)
        }
        let kind: String? = literals[0].hasUPrefix ? "u" : nil
        if isBytes {
            var bytes: [UInt8] = []
            for literal in literals {
                if case .bytes(let value) = literal.content { bytes += value }
            }
            return Expr(.constant(value: .bytes(bytes), kind: nil), range: whole)
        }
        if !literals.contains(where: { $0.isFString }) {
            var codePoints: [UInt32] = []
            for literal in literals {
                if case .text(let value) = literal.content { codePoints += value.codePoints }
            }
            return Expr(.constant(value: .str(PyStringValue(codePoints: codePoints)), kind: kind), range: whole)
        }
        var builder = JoinedStrBuilder(range: whole, kind: kind)
        for (index, literal) in literals.enumerated() {
            switch literal.content {
            case .text(let value):
                builder.appendText(value.codePoints)
            case .bytes:
                break
            case .fString(let parts):
                try appendFStringParts(parts, to: &builder, tokenRange: tokenRanges[index])
            }
        }
        return Expr(.joinedStr(values: builder.finish()), range: whole)
    }

    private func appendFStringParts(_ parts: [FStringPart], to builder: inout JoinedStrBuilder,
                                    tokenRange: SourceRange) throws(SyntaxError) {
        for part in parts {
            switch part {
            case .literal(let value):
                builder.appendText(value.codePoints)
            case .field(let field):
                if let debugText = field.debugText {
                    builder.appendText(debugText.codePoints)
                }
                let value = try parseFStringExpression(field)
                var formatSpec: Expr?
                if let specParts = field.formatSpec {
                    var specBuilder = JoinedStrBuilder(range: builder.range, kind: nil)
                    try appendFStringParts(specParts, to: &specBuilder, tokenRange: tokenRange)
                    formatSpec = Expr(.joinedStr(values: specBuilder.finish()), range: tokenRange)
                }
                var conversion = field.conversion.map { Int($0) } ?? -1
                if field.debugText != nil && field.conversion == nil && field.formatSpec == nil {
                    conversion = Int(UInt8(ascii: "r"))
                }
                builder.appendField(value: value, conversion: conversion, formatSpec: formatSpec)
            }
        }
    }

    /// Parses the expression of a replacement field where it stands in the source.
    private func parseFStringExpression(_ field: FStringField) throws(SyntaxError) -> Expr {
        let sub = Parser(source: source, fStringField: field)
        let expr: Expr
        do {
            expr = try sub.parseFStringFieldExpression()
        } catch {
            var prefixed = error
            if !prefixed.message.hasPrefix("f-string") && error.kind == .syntaxError {
                prefixed.message = "f-string: " + prefixed.message
            }
            throw prefixed
        }
        return expr
    }

    /// The whole token range of a replacement field: `(yield)`, a starred tuple
    /// or any expression list, read as if in parentheses.
    func parseFStringFieldExpression() throws(SyntaxError) -> Expr {
        if check(.endMarker) { throw errorAtCurrent("f-string: empty expression not allowed") }
        let expr = check(.kwYield) ? try parseYieldExpression() : try parseStarExpressions()
        if !check(.endMarker) { throw errorAtCurrent() }
        return expr
    }
}

/// Collects the values of a `JoinedStr`, merging adjacent literal text into one
/// `Constant` and dropping empty ones, as CPython does.
struct JoinedStrBuilder {
    let range: SourceRange
    let kind: String?
    private var values: [Expr] = []
    private var pendingText: [UInt32] = []

    init(range: SourceRange, kind: String?) {
        self.range = range
        self.kind = kind
    }

    mutating func appendText(_ codePoints: [UInt32]) {
        pendingText += codePoints
    }

    mutating func appendField(value: Expr, conversion: Int, formatSpec: Expr?) {
        flushText()
        values.append(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: formatSpec),
                           range: range))
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        values.append(Expr(.constant(value: .str(PyStringValue(codePoints: pendingText)), kind: kind),
                           range: range))
        pendingText = []
    }

    mutating func finish() -> [Expr] {
        flushText()
        return values
    }
}
