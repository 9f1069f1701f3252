import XCTest
import AnhingaSyntax
@testable import AnhingaCompiler

/// Compiles a source string the way the CLI does: parse, check, generate.
func compileForTest(_ source: String, filename: String = "x.py") throws -> CodeObject {
    let buffer = SourceBuffer(string: source, filename: filename)
    let mod = try parse(buffer, mode: .exec)
    let table = try checkProgram(mod, source: buffer)
    return try compileModule(mod, table: table, filename: filename)
}

/// The code object and every code object nested in it, depth first.
func allCodeObjects(_ code: CodeObject) -> [CodeObject] {
    var result: [CodeObject] = []
    var pending = [code]
    while let next = pending.popLast() {
        result.append(next)
        pending.append(contentsOf: next.nestedCode)
    }
    return result
}

/// Checks what the VM will assume of a code object, independently of the
/// assembler: every jump target and handler is an instruction; only
/// JUMP_BACKWARD goes backward; following every path (and every exception
/// handler) the stack never goes below zero or above `maxStackDepth`, and two
/// paths meet with the same depth. Returns the problems found.
func verifyCodeObject(_ code: CodeObject) -> [String] {
    var problems: [String] = []
    let instructions = code.instructions
    let count = instructions.count
    if code.positions.count != count { problems.append("\(code.qualname): position table size") }
    for (index, instruction) in instructions.enumerated() where instruction.opcode.hasJumpTarget {
        let target = Int(instruction.arg)
        if target < 0 || target >= count { problems.append("\(code.qualname) \(index): target \(target) out of range") }
        if instruction.opcode == .JUMP_BACKWARD {
            if target > index { problems.append("\(code.qualname) \(index): JUMP_BACKWARD goes forward") }
        } else if target <= index {
            problems.append("\(code.qualname) \(index): \(instruction.opcode.name) goes backward")
        }
        if instruction.opcode.isPseudo { problems.append("\(code.qualname) \(index): pseudo-instruction left") }
    }
    var handlerOf = [ExceptionTableEntry?](repeating: nil, count: count)
    for entry in code.exceptionTable {
        guard entry.start >= 0, entry.start < entry.end, entry.end <= count, entry.handler >= 0,
              entry.handler < count else {
            problems.append("\(code.qualname): bad exception table entry \(entry)")
            continue
        }
        for index in entry.start..<entry.end {
            if handlerOf[index] != nil { problems.append("\(code.qualname) \(index): overlapping entries") }
            handlerOf[index] = entry
        }
    }
    var depth = [Int?](repeating: nil, count: count)
    var work: [Int] = []
    func reach(_ index: Int, _ value: Int, from: Int) {
        guard index >= 0, index < count else {
            problems.append("\(code.qualname) \(from): falls off the end")
            return
        }
        if value < 0 || value > code.maxStackDepth {
            problems.append("\(code.qualname) \(from)→\(index): depth \(value) outside 0...\(code.maxStackDepth)")
            return
        }
        if let known = depth[index] {
            if known != value { problems.append("\(code.qualname) \(index): depths \(known) and \(value)") }
            return
        }
        depth[index] = value
        work.append(index)
    }
    if count > 0 { reach(0, 0, from: 0) }
    while let index = work.popLast(), problems.count < 20 {
        guard let here = depth[index] else { continue }
        let instruction = instructions[index]
        let opcode = instruction.opcode
        if opcode.hasJumpTarget {
            reach(Int(instruction.arg), here + opcode.stackEffect(arg: instruction.arg, jump: true), from: index)
        }
        if !opcode.isTerminal {
            reach(index + 1, here + opcode.stackEffect(arg: instruction.arg, jump: false), from: index)
        }
        if let entry = handlerOf[index] {
            if entry.depth > here { problems.append("\(code.qualname) \(index): handler depth above stack") }
            reach(entry.handler, entry.depth + (entry.pushLasti ? 2 : 1), from: index)
        }
    }
    return problems
}
