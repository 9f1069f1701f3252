/// Turns a code unit's pending instructions into a `CodeObject`:
/// 1. stack depth along every path (pseudo SETUP_* instructions branch to their
///    handlers), which gives the maximum depth and each handler's depth;
/// 2. drops the pseudo-instructions and unreachable code, resolves labels to instruction indices,
///    choosing JUMP_FORWARD or JUMP_BACKWARD for unconditional jumps;
/// 3. builds the exception table from each instruction's innermost handler.
struct Assembler {
    let unit: CodeUnit

    func assemble(filename: String, flags: CodeFlags, argCount: Int, positionalOnly: Int,
                  keywordOnly: Int) throws(CompilerError) -> CodeObject {
        let pending = unit.instructions
        let targets = try resolvedLabels()
        let (depths, maxDepth) = try stackDepths(pending, targets: targets)

        // Kept: real instructions some path reaches. Final index of each pending
        // instruction (the next kept one for a dropped one).
        let kept = pending.indices.map { !pending[$0].opcode.isPseudo && depths[$0] != nil }
        var finalIndex = [Int](repeating: 0, count: pending.count + 1)
        var count = 0
        for index in pending.indices {
            finalIndex[index] = count
            if kept[index] { count += 1 }
        }
        finalIndex[pending.count] = count

        var instructions: [Instruction] = []
        var positions: [SourcePosition] = []
        var handlerOfInstruction: [Int?] = []
        instructions.reserveCapacity(count)
        for (index, instruction) in pending.enumerated() where kept[index] {
            var opcode = instruction.opcode
            var arg = instruction.arg
            if opcode.hasJumpTarget {
                let target = finalIndex[targets[Int(arg)]]
                let here = instructions.count
                if opcode == .JUMP_FORWARD || opcode == .JUMP_BACKWARD {
                    opcode = target > here ? .JUMP_FORWARD : .JUMP_BACKWARD
                } else if target <= here {
                    throw CompilerError("internal: backward conditional jump in \(unit.qualname)")
                }
                arg = UInt32(target)
            }
            instructions.append(Instruction(opcode, arg))
            positions.append(instruction.position)
            handlerOfInstruction.append(instruction.handler)
        }

        var table: [ExceptionTableEntry] = []
        for (index, handler) in handlerOfInstruction.enumerated() {
            guard let handler else { continue }
            let record = unit.handlers[handler]
            let target = finalIndex[targets[record.target.id]]
            let setupDepth = depths[record.setupIndex] ?? 0
            let depth = max(0, setupDepth + record.depthAdjust)
            if var last = table.last, last.end == index, last.handler == target, last.depth == depth,
               last.pushLasti == record.pushLasti {
                last.end = index + 1
                table[table.count - 1] = last
            } else {
                table.append(ExceptionTableEntry(start: index, end: index + 1, handler: target, depth: depth,
                                                 pushLasti: record.pushLasti))
            }
        }

        return CodeObject(
            name: unit.name, qualname: unit.qualname, filename: filename, firstLine: unit.firstLine,
            argCount: argCount, positionalOnlyArgCount: positionalOnly, keywordOnlyArgCount: keywordOnly,
            flags: flags, varnames: unit.varnames, cellvars: unit.cellvars, freevars: unit.freevars,
            names: unit.names, constants: unit.constants, instructions: instructions, positions: positions,
            exceptionTable: table, maxStackDepth: maxDepth, cacheNames: unit.cacheNames)
    }

    private func resolvedLabels() throws(CompilerError) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(unit.labelTargets.count)
        for target in unit.labelTargets {
            guard let target else { throw CompilerError("internal: unbound label in \(unit.qualname)") }
            result.append(target)
        }
        return result
    }

    /// The depth before each reachable instruction (nil when unreachable) and the maximum.
    private func stackDepths(_ pending: [PendingInstruction],
                             targets: [Int]) throws(CompilerError) -> ([Int?], Int) {
        var depths = [Int?](repeating: nil, count: pending.count + 1)
        var worklist: [Int] = []
        var maxDepth = 0
        func reach(_ index: Int, _ depth: Int) throws(CompilerError) {
            guard depth >= 0 else {
                throw CompilerError("internal: stack underflow at instruction \(index) in \(unit.qualname)")
            }
            if let known = depths[index] {
                if known != depth {
                    throw CompilerError("internal: inconsistent stack depth (\(known) and \(depth)) at instruction \(index) in \(unit.qualname)")
                }
                return
            }
            depths[index] = depth
            maxDepth = max(maxDepth, depth)
            worklist.append(index)
        }
        if !pending.isEmpty { try reach(0, 0) }
        while let index = worklist.popLast() {
            guard index < pending.count, let depth = depths[index] else { continue }
            let instruction = pending[index]
            let opcode = instruction.opcode
            if opcode.hasJumpTarget {
                try reach(targets[Int(instruction.arg)], depth + opcode.stackEffect(arg: instruction.arg, jump: true))
            }
            if !opcode.isTerminal {
                let arg = opcode.hasJumpTarget ? 0 : instruction.arg
                try reach(index + 1, depth + opcode.stackEffect(arg: arg, jump: false))
            }
        }
        return (depths, maxDepth)
    }
}

/// An error of code generation: a construct not compiled yet, or an internal
/// inconsistency (a compiler bug), reported instead of crashing.
public struct CompilerError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int

    init(_ message: String, line: Int = 0) {
        self.message = message
        self.line = line
    }

    public var description: String { line > 0 ? "\(message) (line \(line))" : message }
}
