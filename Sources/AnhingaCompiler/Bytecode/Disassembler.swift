/// The text of `anhinga --dis`: laid out as `python3 -m dis` lays out CPython's
/// bytecode (line number at each line start, `>>` on jump targets, offset,
/// opname padded to 20, argument right-aligned in 5, its meaning in
/// parentheses), then the exception table, then each nested code object under
/// `Disassembly of <code object …>:`.
///
/// Differences from CPython's listing: offsets are instruction indices (an
/// instruction is one unit, not two bytes), and code objects show a fixed
/// placeholder address `0x0000` so listings are stable.
public func disassemble(_ code: CodeObject) -> String {
    var output = ""
    var pending: [CodeObject] = [code]
    var first = true
    // Breadth of nesting is data-driven, not recursion: a work list in CPython's order.
    while !pending.isEmpty {
        let current = pending.removeFirst()
        if !first {
            output += "\nDisassembly of \(CompilerConstant.code(current).pythonRepr):\n"
        }
        first = false
        output += disassembleOne(current)
        pending.insert(contentsOf: current.nestedCode, at: 0)
    }
    return output
}

/// One code object's instructions and exception table.
public func disassembleOne(_ code: CodeObject) -> String {
    let instructions = code.instructions
    var targets = Set<Int>()
    for instruction in instructions where instruction.opcode.hasJumpTarget {
        targets.insert(Int(instruction.arg))
    }
    for entry in code.exceptionTable { targets.insert(entry.handler) }
    let maxLine = code.positions.map { Int($0.line) }.max() ?? 0
    let lineWidth = maxLine >= 1000 ? String(maxLine).count : 3
    let offsetWidth = instructions.count >= 10000 ? String(instructions.count - 1).count : 4
    var output = ""
    var lastLine: Int32 = -1
    for (index, instruction) in instructions.enumerated() {
        let line = index < code.positions.count ? code.positions[index].line : 0
        var fields: [String] = []
        if line != lastLine {
            if index > 0 { output += "\n" }
            fields.append(leftPadded(String(line), lineWidth))
            lastLine = line
        } else {
            fields.append(String(repeating: " ", count: lineWidth))
        }
        fields.append("   ")
        fields.append(targets.contains(index) ? ">>" : "  ")
        fields.append(leftPadded(String(index), offsetWidth))
        let name = instruction.opcode.name
        fields.append(name + String(repeating: " ", count: max(0, 20 - name.count)))
        if instruction.opcode.hasArgument {
            fields.append(leftPadded(String(instruction.arg), 5))
            let meaning = argumentMeaning(instruction, in: code)
            if !meaning.isEmpty { fields.append("(" + meaning + ")") }
        }
        var text = fields.joined(separator: " ")
        while text.last == " " { text.removeLast() }
        output += text + "\n"
    }
    if !code.exceptionTable.isEmpty {
        output += "ExceptionTable:\n"
        for entry in code.exceptionTable {
            output += "  \(entry.start) to \(entry.end - 1) -> \(entry.handler) [\(entry.depth)]"
            output += entry.pushLasti ? " lasti\n" : "\n"
        }
    }
    return output
}

private func leftPadded(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}

private func element<T>(_ array: [T], _ index: Int) -> T? {
    index >= 0 && index < array.count ? array[index] : nil
}

/// What the argument means, as `dis` shows it in parentheses.
func argumentMeaning(_ instruction: Instruction, in code: CodeObject) -> String {
    let arg = Int(instruction.arg)
    switch instruction.opcode {
    case .LOAD_CONST:
        return element(code.constants, arg)?.pythonRepr ?? "?"
    case .LOAD_NAME, .STORE_NAME, .DELETE_NAME, .STORE_GLOBAL, .DELETE_GLOBAL, .DELETE_ATTR, .IMPORT_NAME,
         .IMPORT_FROM:
        return element(code.names, arg) ?? "?"
    case .LOAD_GLOBAL, .LOAD_ATTR, .STORE_ATTR, .LOAD_METHOD:
        return element(code.cacheNames, arg).flatMap { element(code.names, $0) } ?? "?"
    case .LOAD_FAST, .STORE_FAST, .DELETE_FAST:
        return element(code.varnames, arg) ?? "?"
    case .LOAD_DEREF, .STORE_DEREF, .DELETE_DEREF, .LOAD_CLOSURE, .LOAD_CLASSDEREF:
        return element(code.cellvars + code.freevars, arg) ?? "?"
    case .COMPARE_OP:
        return element(ComparisonOperator.symbols, arg) ?? "?"
    case .BINARY_OP:
        return BinaryOperator.symbol(for: instruction.arg)
    case .UNARY_OP:
        return element(UnaryOperator.names, arg) ?? "?"
    case .IS_OP:
        return arg == 0 ? "is" : "is not"
    case .CONTAINS_OP:
        return arg == 0 ? "in" : "not in"
    case .FORMAT_VALUE:
        var parts: [String] = []
        switch arg & 3 {
        case 1: parts.append("str")
        case 2: parts.append("repr")
        case 3: parts.append("ascii")
        default: break
        }
        if arg & 4 != 0 { parts.append("with format") }
        return parts.joined(separator: ", ")
    case .MAKE_FUNCTION:
        let names = ["defaults", "kwdefaults", "annotations", "closure"]
        return names.indices.filter { arg & (1 << $0) != 0 }.map { names[$0] }.joined(separator: ", ")
    case .UNPACK_EX:
        return "\(arg & 0xFF) before, \(arg >> 8) after"
    case .CALL_FUNCTION_EX:
        return arg & 1 != 0 ? "with kwargs" : ""
    case .YIELD_VALUE:
        return arg == 1 ? "delegating" : ""
    default:
        return instruction.opcode.hasJumpTarget ? "to \(arg)" : ""
    }
}

extension Opcode {
    /// Whether the argument means anything (the listing shows it then).
    public var hasArgument: Bool {
        switch self {
        case .NOP, .POP_TOP, .PUSH_NULL, .BINARY_SUBSCR, .STORE_SUBSCR, .DELETE_SUBSCR, .GET_ITER,
             .GET_YIELD_FROM_ITER, .GET_AITER, .GET_ANEXT, .END_ASYNC_FOR, .LIST_TO_TUPLE, .RETURN_VALUE,
             .LOAD_BUILD_CLASS, .SETUP_ANNOTATIONS, .PUSH_EXC_INFO, .POP_EXCEPT, .CHECK_EXC_MATCH,
             .CHECK_EG_MATCH, .PREP_RERAISE_STAR, .LOAD_ASSERTION_ERROR, .WITH_EXCEPT_START, .BEFORE_WITH,
             .BEFORE_ASYNC_WITH, .IMPORT_STAR, .MATCH_MAPPING, .MATCH_SEQUENCE, .MATCH_KEYS, .GET_LEN,
             .COPY_DICT_WITHOUT_KEYS, .PRINT_EXPR, .POP_BLOCK:
            return false
        default:
            return true
        }
    }
}
