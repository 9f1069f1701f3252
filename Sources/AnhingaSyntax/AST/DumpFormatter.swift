/// The text of a tree in the format of Python's `ast.dump(tree, include_attributes:, indent:)`,
/// which is also what `python3 -m ast FILE` prints (with `indent: 3`; `-a` adds attributes).
///
/// `indent: nil` puts everything on one line; `indent: n` (n ≥ 0) breaks lines and
/// indents each level by n spaces, as Python does for an integer `indent`.
public func dumpAST(_ mod: Mod, includeAttributes: Bool = false, indent: Int? = nil) -> String {
    var formatter = DumpFormatter(indent: indent, includeAttributes: includeAttributes)
    return formatter.format(.mod(mod))
}

/// A field value as `ast.dump` shows it.
enum DumpValue {
    /// A Python repr: `'x'`, `1`, `None`.
    case atom(String)
    case list([DumpValue])
    case node(DumpNode)

    /// An absent element of a list that may hold absent elements (`Dict.keys`, `kw_defaults`).
    static let none = DumpValue.atom("None")
}

/// A field of a node: its Python name and its value.
typealias DumpField = (name: String, value: DumpValue)

/// One node opened up: what the generated `DumpNode.contents` (Generated/ASTDump.swift) lists.
struct DumpContents {
    var className: String
    /// The fields in `ast` order; absent optional fields are left out.
    var fields: [DumpField]
    /// The position, for node types that have attributes.
    var range: SourceRange?
}

/// Lays out nodes and lists as `ast.dump` does, into one output string.
///
/// The rules, observed from Python 3.11:
/// * every field is shown as `name=value`, except optional fields that are absent;
///   empty lists are shown as `[]`;
/// * with attributes, `lineno`, `col_offset`, `end_lineno`, `end_col_offset` follow the fields;
/// * a value is "simple" if it is a repr, an empty list, or a node with nothing to show;
/// * a node whose fields (and attributes) are all simple and number at most three
///   stays on one line; otherwise, when indenting, each field starts a new line
///   indented one level deeper than the node;
/// * a non-empty list, when indenting, puts each element on its own line one level deeper.
///
/// Trees can be thousands of levels deep (CPython builds `a+a+...+a` with ~3000 terms),
/// so the walk keeps its pending work on an explicit stack instead of recursing.
struct DumpFormatter {
    /// Work still to do; the last task is done next.
    private enum Task {
        case text(String)
        /// A value to lay out at a nesting depth.
        case value(DumpValue, depth: Int)
        /// A node already opened up (attributes included), to lay out at a nesting depth.
        case node(className: String, fields: [DumpField], depth: Int)
    }

    /// The indentation of one level, or nil for single-line output.
    private let indentUnit: String?
    private let includeAttributes: Bool
    private var output = ""
    /// `linePrefixes[d]` is a newline and the indentation of depth `d`.
    private var linePrefixes: [String] = []

    init(indent: Int?, includeAttributes: Bool) {
        indentUnit = indent.map { String(repeating: " ", count: max(0, $0)) }
        self.includeAttributes = includeAttributes
    }

    mutating func format(_ root: DumpNode) -> String {
        output = ""
        // The root sits at depth 1, as in Python.
        var tasks: [Task] = [.value(.node(root), depth: 1)]
        while let task = tasks.popLast() {
            switch task {
            case .text(let text):
                output.append(text)
            case .value(.atom(let text), _):
                output.append(text)
            case .value(.list(let elements), let depth):
                pushList(elements, depth: depth, onto: &tasks)
            case .value(.node(let node), let depth):
                let (className, fields) = openUp(node)
                pushNode(className, fields, depth: depth, onto: &tasks)
            case .node(let className, let fields, let depth):
                pushNode(className, fields, depth: depth, onto: &tasks)
            }
        }
        return output
    }

    /// The node's class name and fields, with the attributes when they are asked for.
    private func openUp(_ node: DumpNode) -> (className: String, fields: [DumpField]) {
        let contents = node.contents
        var fields = contents.fields
        if includeAttributes, let range = contents.range {
            fields.append(("lineno", .atom(String(range.lineno))))
            fields.append(("col_offset", .atom(String(range.colOffset))))
            fields.append(("end_lineno", .atom(String(range.endLineno))))
            fields.append(("end_col_offset", .atom(String(range.endColOffset))))
        }
        return (contents.className, fields)
    }

    private mutating func pushNode(_ className: String, _ fields: [DumpField], depth: Int,
                                   onto tasks: inout [Task]) {
        // Whether a field is simple can depend on a child node's own fields, so child
        // nodes are opened up here, once, and handed on opened.
        var children: [(name: String, task: Task)] = []
        children.reserveCapacity(fields.count)
        var allSimple = true
        for (name, value) in fields {
            switch value {
            case .atom(let text):
                children.append((name, .text(text)))
            case .list(let elements):
                allSimple = allSimple && elements.isEmpty
                children.append((name, .value(value, depth: depth + 1)))
            case .node(let node):
                let (childName, childFields) = openUp(node)
                allSimple = allSimple && childFields.isEmpty
                children.append((name, .node(className: childName, fields: childFields, depth: depth + 1)))
            }
        }
        let inline = allSimple && fields.count <= 3
        let separator = inline ? ", " : separator(depth)
        tasks.append(.text(")"))
        for (index, child) in children.enumerated().reversed() {
            tasks.append(child.task)
            tasks.append(.text(index > 0 ? separator + child.name + "=" : child.name + "="))
        }
        tasks.append(.text(inline ? className + "(" : className + "(" + linePrefix(depth)))
    }

    private mutating func pushList(_ elements: [DumpValue], depth: Int, onto tasks: inout [Task]) {
        guard !elements.isEmpty else {
            output.append("[]")
            return
        }
        let separator = separator(depth)
        tasks.append(.text("]"))
        for (index, element) in elements.enumerated().reversed() {
            tasks.append(.value(element, depth: depth + 1))
            if index > 0 { tasks.append(.text(separator)) }
        }
        tasks.append(.text("[" + linePrefix(depth)))
    }

    /// What follows an opening parenthesis or bracket broken across lines: nothing on one line.
    private mutating func linePrefix(_ depth: Int) -> String {
        guard let indentUnit else { return "" }
        let depth = max(0, depth)
        while linePrefixes.count <= depth {
            linePrefixes.append("\n" + String(repeating: indentUnit, count: linePrefixes.count))
        }
        return linePrefixes[depth]
    }

    private mutating func separator(_ depth: Int) -> String {
        indentUnit == nil ? ", " : "," + linePrefix(depth)
    }
}
