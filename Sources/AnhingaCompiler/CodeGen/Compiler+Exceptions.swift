import AnhingaSyntax

/// try/except/finally, `with`, and what `break`/`continue`/`return` undo on the way out.
///
/// Layout (as CPython 3.11): the protected body is a try range (SETUP_FINALLY …
/// POP_BLOCK); its handler runs with `… prev exc` after PUSH_EXC_INFO inside a
/// cleanup range whose own handler (`COPY 3; POP_EXCEPT; RERAISE 1`) restores
/// the previously handled exception if the handler itself raises.
extension Compiler {
    /// Emits the exits of the frame blocks between here and the innermost loop
    /// (or all of them), runs `body` (which emits the jump or return), then
    /// restores the blocks and try ranges: the code after is still inside them.
    func withUnwound(stopAtLoop: Bool, preserveTOS: Bool,
                     _ body: (FrameBlock?) throws(CompilerError) -> Void) throws(CompilerError) {
        let savedBlocks = unit.frameBlocks
        let savedHandlers = unit.handlerStack
        var loop: FrameBlock?
        while let block = unit.frameBlocks.last {
            if stopAtLoop {
                switch block {
                case .whileLoop, .forLoop, .asyncForLoop:
                    loop = block
                default: break
                }
                if loop != nil { break }
            }
            unit.frameBlocks.removeLast()
            try unwind(block, preserveTOS: preserveTOS)
        }
        try body(loop)
        unit.frameBlocks = savedBlocks
        unit.handlerStack = savedHandlers
    }

    private func unwind(_ block: FrameBlock, preserveTOS: Bool) throws(CompilerError) {
        switch block {
        case .whileLoop:
            break
        case .forLoop, .asyncForLoop, .popValue:
            if preserveTOS { unit.emit(.SWAP, 2) }
            unit.emit(.POP_TOP)
        case .tryExcept:
            unit.popHandler()
        case .finallyTry(let body):
            unit.popHandler()
            if preserveTOS { unit.frameBlocks.append(.popValue) }
            for statement in body { try compileStatement(statement) }
            if preserveTOS { unit.frameBlocks.removeLast() }
        case .finallyEnd:
            if preserveTOS { unit.emit(.SWAP, 2) }
            unit.emit(.POP_TOP)
            if preserveTOS { unit.emit(.SWAP, 2) }
            unit.popHandler()
            unit.emit(.POP_EXCEPT)
        case .with(let isAsync):
            unit.popHandler()
            if preserveTOS { unit.emit(.SWAP, 2) }
            emitCallExitWithNones(isAsync: isAsync)
        case .handlerCleanup(let name):
            if name != nil { unit.popHandler() }
            unit.popHandler()
            if preserveTOS { unit.emit(.SWAP, 2) }
            unit.emit(.POP_EXCEPT)
            if let name {
                unit.emit(.LOAD_CONST, unit.constant(.none))
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
        }
    }

    /// `… exit → …`: calls `exit(None, None, None)` (the first None fills the self slot).
    private func emitCallExitWithNones(isAsync: Bool) {
        let none = unit.constant(.none)
        unit.emit(.LOAD_CONST, none)
        unit.emit(.LOAD_CONST, none)
        unit.emit(.LOAD_CONST, none)
        unit.emit(.CALL, 2)
        if isAsync {
            unit.emit(.GET_AWAITABLE, 2)
            unit.emit(.LOAD_CONST, none)
            emitDelegationLoop()
        }
        unit.emit(.POP_TOP)
    }

    /// The handler of a cleanup range: `… prev lasti exc` → restore prev, re-raise.
    private func emitPopExceptAndReraise() {
        unit.emit(.COPY, 3)
        unit.emit(.POP_EXCEPT)
        unit.emit(.RERAISE, 1)
    }

    func compileTryExcept(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt]) throws(CompilerError) {
        let except = unit.newLabel()
        let end = unit.newLabel()
        let cleanup = unit.newLabel()
        unit.pushHandler(.SETUP_FINALLY, to: except)
        unit.frameBlocks.append(.tryExcept)
        for statement in body { try compileStatement(statement) }
        unit.frameBlocks.removeLast()
        unit.popHandler()
        for statement in orelse { try compileStatement(statement) }
        unit.emitJump(.JUMP_FORWARD, to: end)

        unit.bind(except)
        unit.pushHandler(.SETUP_CLEANUP, to: cleanup)
        let cleanupRange = unit.handlerStack.last
        unit.emit(.PUSH_EXC_INFO)
        for handler in handlers {
            unit.location = handler.range
            let next = unit.newLabel()
            if let type = handler.type {
                try compileExpression(type)
                unit.emit(.CHECK_EXC_MATCH)
                unit.emitJump(.POP_JUMP_IF_FALSE, to: next)
            }
            if let name = handler.name {
                try nameOp(name, .store)
                let cleanupEnd = unit.newLabel()
                unit.pushHandler(.SETUP_CLEANUP, to: cleanupEnd)
                unit.frameBlocks.append(.handlerCleanup(name: name))
                for statement in handler.body { try compileStatement(statement) }
                unit.frameBlocks.removeLast()
                unit.popHandler()
                unit.popHandler()
                unit.location = handler.range
                unit.emit(.POP_EXCEPT)
                unit.emit(.LOAD_CONST, unit.constant(.none))
                try nameOp(name, .store)
                try nameOp(name, .del)
                unit.emitJump(.JUMP_FORWARD, to: end)

                // The body raised: unbind the name, then pass the exception on.
                if let cleanupRange { unit.handlerStack.append(cleanupRange) }
                unit.bind(cleanupEnd)
                unit.emit(.LOAD_CONST, unit.constant(.none))
                try nameOp(name, .store)
                try nameOp(name, .del)
                unit.emit(.RERAISE, 1)
            } else {
                unit.emit(.POP_TOP)
                unit.frameBlocks.append(.handlerCleanup(name: nil))
                for statement in handler.body { try compileStatement(statement) }
                unit.frameBlocks.removeLast()
                unit.popHandler()
                unit.location = handler.range
                unit.emit(.POP_EXCEPT)
                unit.emitJump(.JUMP_FORWARD, to: end)
                if let cleanupRange { unit.handlerStack.append(cleanupRange) }
            }
            unit.bind(next)
        }
        // No clause matched: re-raise inside the cleanup range.
        unit.emit(.RERAISE, 0)
        unit.popHandler()
        unit.bind(cleanup)
        emitPopExceptAndReraise()
        unit.bind(end)
    }

    func compileTryFinally(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt],
                           finalbody: [Stmt], star: Bool = false) throws(CompilerError) {
        let handler = unit.newLabel()
        let cleanup = unit.newLabel()
        let exit = unit.newLabel()
        unit.pushHandler(.SETUP_FINALLY, to: handler)
        unit.frameBlocks.append(.finallyTry(body: finalbody))
        if handlers.isEmpty {
            for statement in body { try compileStatement(statement) }
        } else if star {
            try compileTryStar(body: body, handlers: handlers, orelse: orelse)
        } else {
            try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
        }
        unit.frameBlocks.removeLast()
        unit.popHandler()
        for statement in finalbody { try compileStatement(statement) }
        unit.emitJump(.JUMP_FORWARD, to: exit)

        unit.bind(handler)
        unit.pushHandler(.SETUP_CLEANUP, to: cleanup)
        unit.emit(.PUSH_EXC_INFO)
        unit.frameBlocks.append(.finallyEnd)
        for statement in finalbody { try compileStatement(statement) }
        unit.frameBlocks.removeLast()
        unit.emit(.RERAISE, 0)
        unit.popHandler()
        unit.bind(cleanup)
        emitPopExceptAndReraise()
        unit.bind(exit)
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    func compileWith(_ items: ArraySlice<WithItem>, body: [Stmt], isAsync: Bool,
                     range: SourceRange) throws(CompilerError) {
        guard let item = items.first else {
            for statement in body { try compileStatement(statement) }
            return
        }
        let final = unit.newLabel()
        let exit = unit.newLabel()
        let cleanup = unit.newLabel()
        let suppress = unit.newLabel()
        try compileExpression(item.contextExpr)
        unit.location = range
        if isAsync {
            unit.emit(.BEFORE_ASYNC_WITH)
            unit.emit(.GET_AWAITABLE, 1)
            unit.emit(.LOAD_CONST, unit.constant(.none))
            emitDelegationLoop()
        } else {
            unit.emit(.BEFORE_WITH)
        }
        unit.pushHandler(.SETUP_WITH, to: final)
        unit.frameBlocks.append(.with(isAsync: isAsync))
        if let target = item.optionalVars {
            try compileStore(target)
        } else {
            unit.emit(.POP_TOP)
        }
        try compileWith(items.dropFirst(), body: body, isAsync: isAsync, range: range)
        unit.frameBlocks.removeLast()
        unit.location = range
        unit.popHandler()
        emitCallExitWithNones(isAsync: isAsync)
        unit.emitJump(.JUMP_FORWARD, to: exit)

        // `… exit lasti exc`: call exit(type, exc, tb); a true result swallows the exception.
        unit.bind(final)
        unit.pushHandler(.SETUP_CLEANUP, to: cleanup)
        unit.emit(.PUSH_EXC_INFO)
        unit.emit(.WITH_EXCEPT_START)
        if isAsync {
            unit.emit(.GET_AWAITABLE, 2)
            unit.emit(.LOAD_CONST, unit.constant(.none))
            emitDelegationLoop()
        }
        unit.emitJump(.POP_JUMP_IF_TRUE, to: suppress)
        unit.emit(.RERAISE, 2)
        unit.bind(suppress)
        unit.emit(.POP_TOP)
        unit.popHandler()
        unit.emit(.POP_EXCEPT)
        unit.emit(.POP_TOP)
        unit.emit(.POP_TOP)
        unit.emitJump(.JUMP_FORWARD, to: exit)
        unit.bind(cleanup)
        emitPopExceptAndReraise()
        unit.bind(exit)
    }

    /// `try/except*`: the handler keeps `… prev original raised rest`; each
    /// clause splits `rest` (CHECK_EG_MATCH), runs on the matching part, and
    /// collects what its body raises; what no clause matched joins them, and
    /// PREP_RERAISE_STAR then builds what to re-raise.
    func compileTryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt]) throws(CompilerError) {
        let except = unit.newLabel()
        let end = unit.newLabel()
        let cleanup = unit.newLabel()
        let reraise = unit.newLabel()
        unit.pushHandler(.SETUP_FINALLY, to: except)
        unit.frameBlocks.append(.tryExcept)
        for statement in body { try compileStatement(statement) }
        unit.frameBlocks.removeLast()
        unit.popHandler()
        for statement in orelse { try compileStatement(statement) }
        unit.emitJump(.JUMP_FORWARD, to: end)

        unit.bind(except)
        unit.pushHandler(.SETUP_CLEANUP, to: cleanup)
        unit.emit(.PUSH_EXC_INFO)        // prev exc
        unit.emit(.COPY, 1)              // prev exc exc
        unit.emit(.BUILD_LIST, 0)        // prev original rest raised
        unit.emit(.SWAP, 2)              // prev original raised rest
        for handler in handlers {
            unit.location = handler.range
            let noMatch = unit.newLabel()
            let next = unit.newLabel()
            let bodyRaised = unit.newLabel()
            if let type = handler.type { try compileExpression(type) }
            unit.emit(.CHECK_EG_MATCH)   // … rest match
            unit.emit(.COPY, 1)
            unit.emitJump(.POP_JUMP_IF_NONE, to: noMatch)
            if let name = handler.name { try nameOp(name, .store) } else { unit.emit(.POP_TOP) }
            unit.pushHandler(.SETUP_CLEANUP, to: bodyRaised)
            for statement in handler.body { try compileStatement(statement) }
            unit.popHandler()
            unit.location = handler.range
            if let name = handler.name {
                unit.emit(.LOAD_CONST, unit.constant(.none))
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
            unit.emitJump(.JUMP_FORWARD, to: next)
            // The clause's body raised: `… rest lasti exc`; keep exc for the re-raise.
            unit.bind(bodyRaised)
            if let name = handler.name {
                unit.emit(.LOAD_CONST, unit.constant(.none))
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
            unit.emit(.LIST_APPEND, 3)
            unit.emit(.POP_TOP)
            unit.emitJump(.JUMP_FORWARD, to: next)
            unit.bind(noMatch)
            unit.emit(.POP_TOP)
            unit.bind(next)
        }
        unit.emit(.LIST_APPEND, 1)       // prev original raised (the unhandled rest, maybe None, joins raised)
        unit.emit(.PREP_RERAISE_STAR)    // prev toRaise
        unit.emit(.COPY, 1)
        unit.emitJump(.POP_JUMP_IF_NOT_NONE, to: reraise)
        unit.emit(.POP_TOP)
        unit.popHandler()
        unit.emit(.POP_EXCEPT)
        unit.emitJump(.JUMP_FORWARD, to: end)
        unit.bind(reraise)
        unit.emit(.SWAP, 2)
        unit.emit(.POP_EXCEPT)
        unit.emit(.RERAISE, 0)
        unit.bind(cleanup)
        emitPopExceptAndReraise()
        unit.bind(end)
    }
}
