/// String literals: adjacent STRING tokens concatenate into one `Constant`, or
/// into a `JoinedStr` when any of them is an f-string.
///
/// Position rules follow CPython 3.11: every literal part and replacement field
/// of a `JoinedStr` spans the whole concatenation; a format spec's `JoinedStr`
/// spans the token it sits in; expressions inside fields keep their real positions.
extension Parser {
    func parseStrings() throws(SyntaxError) -> Expr {
        let first = current
        var literals: [StringLiteralPiece] = []
        var tokenRanges: [SourceRange] = []
        while check(.string) {
            literals.append(try decodeStringToken(source, current))
            tokenRanges.append(current.range)
            advance()
        }
        let whole = SourceRange(from: first.range, to: previous.range)
        let isBytes = literals[0].isBytes
        if literals.contains(where: { $0.isBytes != isBytes }) {
            // CPython points at the token after the strings.
            throw error("cannot mix bytes and nonbytes literals", at: current.range)
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
                if case .string(let value) = literal.content { codePoints += value.codePoints }
            }
            return Expr(.constant(value: .str(PyStringValue(codePoints: codePoints)), kind: kind), range: whole)
        }
        var builder = JoinedStrBuilder(range: whole, kind: kind)
        for (index, literal) in literals.enumerated() {
            switch literal.content {
            case .string(let value):
                builder.appendText(value.codePoints)
            case .bytes:
                break
            case .fString(let parts):
                try appendFStringParts(parts, to: &builder, tokenRange: tokenRanges[index])
            }
        }
        return Expr(.joinedStr(values: builder.finish()), range: whole)
    }

    private func appendFStringParts(_ parts: [FStringElement], to builder: inout JoinedStrBuilder,
                                    tokenRange: SourceRange) throws(SyntaxError) {
        for part in parts {
            switch part {
            case .literal(let value):
                builder.appendText(value.codePoints)
            case .field(let field):
                // The scanner already put a `{expr=}` field's debug text before it as a literal.
                let value = try parseFStringExpression(field)
                var formatSpec: Expr?
                if let specParts = field.formatSpec {
                    var specBuilder = JoinedStrBuilder(range: builder.range, kind: nil, trailingTextRange: tokenRange)
                    try appendFStringParts(specParts, to: &specBuilder, tokenRange: tokenRange)
                    formatSpec = Expr(.joinedStr(values: specBuilder.finish()), range: tokenRange)
                }
                var conversion = Int(field.conversion)
                if field.debugText != nil && conversion == -1 && field.formatSpec == nil {
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
            expr = try sub.parseFStringFieldExpression(field)
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
    func parseFStringFieldExpression(_ field: FStringField) throws(SyntaxError) -> Expr {
        if check(.endMarker) { throw errorAtCurrent("f-string: empty expression not allowed") }
        if check(.kwYield) {
            let expr = try parseYieldExpression()
            if !check(.endMarker) { throw errorAtCurrent() }
            return expr
        }
        let first = try parseStarExpression()
        if check(.endMarker) { return first }
        guard check(.comma) else {
            try checkMissingComma(after: first)
            throw errorAtCurrent()
        }
        var elements = [first]
        while accept(.comma) {
            if check(.endMarker) { break }
            elements.append(try parseStarExpression())
        }
        if !check(.endMarker) { throw errorAtCurrent() }
        // CPython 3.11 parses a field as `(expr)`, so a bare tuple spans the
        // parentheses it imagines around the field's text.
        var endLine = field.line
        var lineStart = field.expressionRange.lowerBound - Int(field.column)
        for index in field.expressionRange where source.bytes[index] == UInt8(ascii: "\n") {
            endLine += 1
            lineStart = index + 1
        }
        let endColumn = Int32(truncatingIfNeeded: field.expressionRange.upperBound - lineStart)
        let range = SourceRange(lineno: field.line, colOffset: field.column - 1,
                                endLineno: endLine, endColOffset: endColumn + 1)
        return Expr(.tuple(elts: elements, ctx: .load), range: range)
    }
}

/// Collects the values of a `JoinedStr`, merging adjacent literal text into one
/// `Constant` and dropping empty ones, as CPython does.
///
/// Parts span the whole concatenation, except (in a format spec) the text after
/// the last nested field, which spans only its own token: CPython 3.11's quirk.
struct JoinedStrBuilder {
    let range: SourceRange
    let kind: String?
    let trailingTextRange: SourceRange
    private var values: [Expr] = []
    private var pendingText: [UInt32] = []

    init(range: SourceRange, kind: String?, trailingTextRange: SourceRange? = nil) {
        self.range = range
        self.kind = kind
        self.trailingTextRange = trailingTextRange ?? range
    }

    mutating func appendText(_ codePoints: [UInt32]) {
        pendingText += codePoints
    }

    mutating func appendField(value: Expr, conversion: Int, formatSpec: Expr?) {
        flushText(range: range)
        values.append(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: formatSpec),
                           range: range))
    }

    private mutating func flushText(range: SourceRange) {
        guard !pendingText.isEmpty else { return }
        values.append(Expr(.constant(value: .str(PyStringValue(codePoints: pendingText)), kind: kind),
                           range: range))
        pendingText = []
    }

    mutating func finish() -> [Expr] {
        flushText(range: trailingTextRange)
        return values
    }
}
