/// The text of a tree in the format of Python's `ast.dump(tree, include_attributes:, indent:)`,
/// which is also what `python3 -m ast FILE` prints (with `indent: 3`; `-a` adds attributes).
///
/// `indent: nil` puts everything on one line; `indent: n` (n ≥ 0) breaks lines and
/// indents each level by n spaces, as Python does for an integer `indent`.
public func dumpAST(_ mod: Mod, includeAttributes: Bool = false, indent: Int? = nil) -> String {
    let formatter = DumpFormatter(indent: indent, includeAttributes: includeAttributes)
    // The root sits at depth 1 when indenting, as in Python.
    return formatter.dump(mod, depth: 1).text
}

/// A formatted value, and whether it counts as "simple" for the layout:
/// atoms (reprs), empty lists and nodes without fields are simple.
struct DumpPiece {
    var text: String
    var isSimple: Bool
}

/// A field of a node: its Python name and its formatted value.
typealias DumpField = (name: String, value: DumpPiece)

/// Lays out nodes and lists as `ast.dump` does. The generated `dump(_:depth:)`
/// methods (Generated/ASTDump.swift) list each node's fields; this decides lines.
///
/// The rules, observed from Python 3.11:
/// * every field is shown as `name=value`, except optional fields that are absent;
///   empty lists are shown as `[]`;
/// * with attributes, `lineno`, `col_offset`, `end_lineno`, `end_col_offset` follow the fields;
/// * a node whose fields (and attributes) are all simple and number at most three
///   stays on one line; otherwise, when indenting, each field starts a new line
///   indented one level deeper than the node;
/// * a non-empty list, when indenting, puts each element on its own line one level deeper.
struct DumpFormatter {
    /// The indentation of one level, or nil for single-line output.
    let indentUnit: String?
    let includeAttributes: Bool

    init(indent: Int?, includeAttributes: Bool) {
        indentUnit = indent.map { String(repeating: " ", count: max(0, $0)) }
        self.includeAttributes = includeAttributes
    }

    /// A node named `className` at nesting `depth`, with the fields the generated code found.
    func node(_ className: String, _ fields: [DumpField], range: SourceRange?, depth: Int) -> DumpPiece {
        var fields = fields
        if includeAttributes, let range {
            fields.append(("lineno", int(Int(range.lineno))))
            fields.append(("col_offset", int(Int(range.colOffset))))
            fields.append(("end_lineno", int(Int(range.endLineno))))
            fields.append(("end_col_offset", int(Int(range.endColOffset))))
        }
        var text = className
        text.append("(")
        if fields.count <= 3 && fields.allSatisfy({ $0.value.isSimple }) {
            appendJoined(fields, separator: ", ", to: &text)
            text.append(")")
            return DumpPiece(text: text, isSimple: fields.isEmpty)
        }
        text.append(linePrefix(depth))
        appendJoined(fields, separator: separator(depth), to: &text)
        text.append(")")
        return DumpPiece(text: text, isSimple: false)
    }

    /// A list at nesting `depth`; its elements were formatted at `depth + 1`.
    func list(_ elements: [DumpPiece], depth: Int) -> DumpPiece {
        if elements.isEmpty { return DumpPiece(text: "[]", isSimple: true) }
        var text = "["
        text.append(linePrefix(depth))
        let separator = separator(depth)
        for (index, element) in elements.enumerated() {
            if index > 0 { text.append(separator) }
            text.append(element.text)
        }
        text.append("]")
        return DumpPiece(text: text, isSimple: false)
    }

    func string(_ value: String) -> DumpPiece {
        DumpPiece(text: pythonStringRepr(value), isSimple: true)
    }

    /// An absent element of a list that may hold absent elements (`Dict.keys`, `kw_defaults`).
    var none: DumpPiece { DumpPiece(text: "None", isSimple: true) }

    func int(_ value: Int) -> DumpPiece {
        DumpPiece(text: String(value), isSimple: true)
    }

    func constant(_ value: ConstantValue) -> DumpPiece {
        DumpPiece(text: pythonRepr(value), isSimple: true)
    }

    // MARK: - Layout helpers

    /// What follows an opening parenthesis or bracket that is broken across lines.
    private func linePrefix(_ depth: Int) -> String {
        guard let indentUnit else { return "" }
        return "\n" + String(repeating: indentUnit, count: max(0, depth))
    }

    private func separator(_ depth: Int) -> String {
        guard indentUnit != nil else { return ", " }
        return "," + linePrefix(depth)
    }

    private func appendJoined(_ fields: [DumpField], separator: String, to text: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(separator) }
            text.append(field.name)
            text.append("=")
            text.append(field.value.text)
        }
    }
}
