/// Anhinga's instruction set: the one place every opcode is defined.
///
/// Format: an instruction is `Instruction(opcode: UInt8, arg: UInt32)`, a fixed
/// 8-byte record in one contiguous array, so there is no EXTENDED_ARG and
/// the VM decodes every instruction the same way. Offsets are instruction
/// indices (not bytes). Jump arguments are absolute instruction indices.
/// Only JUMP_BACKWARD jumps backward: it is the evaluation loop's check point
/// (interrupts, budgets); every other jump goes forward.
///
/// Each case's comment gives: the stack effect (`… a b → … c`, top on the right),
/// what the argument means, and whether it jumps. `Scripts/generate_bytecode_doc.py`
/// turns these comments into docs/bytecode.md (a test checks it is in sync).
///
/// Calls use one stack layout: `… callable selfOrNull arg1 … argN`. A plain call
/// pushes the callable then `PUSH_NULL`; `LOAD_METHOD` pushes the function and
/// `self` (no bound method is made) or the attribute and NULL.
///
/// Exceptions use an exception table (see `ExceptionTableEntry`), not block
/// instructions: when an instruction in a covered range raises, the VM pops the
/// value stack to the entry's depth, pushes the offset of the raising instruction
/// if the entry says `lasti`, pushes the exception, and jumps to the handler.
/// `SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH` and `POP_BLOCK` exist only
/// while compiling (pseudo-instructions); the assembler removes them.
///
/// Code-object conventions the VM relies on: a frame's cells are made when it
/// starts (a parameter that is a cell is copied into it; no MAKE_CELL), and
/// free variables come from the function's closure. A generator, coroutine or
/// async generator code object starts at instruction 0 on its first `send`, whose
/// value is not pushed. LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD carry
/// an inline-cache slot index: `CodeObject.cacheNames[slot]` is the name's index in
/// `names`, and the VM keeps one cache entry per slot. Unreachable code is dropped.
public enum Opcode: UInt8, CaseIterable, Sendable {
    // MARK: stack
    /// `… → …`; does nothing (keeps a line number alive).
    case NOP = 0
    /// `… a → …`
    case POP_TOP
    /// `… → … NULL`; the empty self slot of a plain call.
    case PUSH_NULL
    /// `… a(n) … a(1) → … a(n) … a(1) a(n)`; arg n ≥ 1 counts from the top.
    case COPY
    /// `… a(n) … a(1) → … a(1) … a(n)`; swaps the top with the n-th item (n ≥ 2).
    case SWAP

    // MARK: constants and variables
    /// `… → … consts[arg]`
    case LOAD_CONST
    /// `… → … fast[arg]`; UnboundLocalError if unset.
    case LOAD_FAST
    /// `… v → …`; fast[arg] = v.
    case STORE_FAST
    /// `… → …`; unsets fast[arg] (UnboundLocalError if unset).
    case DELETE_FAST
    /// `… → … cell.contents`; arg indexes cellvars then freevars. NameError/UnboundLocalError if empty.
    case LOAD_DEREF
    /// `… v → …`; stores into the cell at arg (cellvars then freevars).
    case STORE_DEREF
    /// `… → …`; empties the cell at arg.
    case DELETE_DEREF
    /// `… → … cell`; pushes the cell object itself (to build a closure).
    case LOAD_CLOSURE
    /// `… → … v`; class bodies: the class namespace's entry for freevar arg's name, else the cell's contents.
    case LOAD_CLASSDEREF
    /// `… → … v`; names[arg] looked up in locals, globals, builtins (module and class bodies).
    case LOAD_NAME
    /// `… v → …`; locals[names[arg]] = v.
    case STORE_NAME
    /// `… → …`; del locals[names[arg]].
    case DELETE_NAME
    /// `… → … v`; arg is an inline-cache slot; the name is `names[cacheNames[arg]]`, looked up in globals then builtins.
    case LOAD_GLOBAL
    /// `… v → …`; globals[names[arg]] = v.
    case STORE_GLOBAL
    /// `… → …`; del globals[names[arg]].
    case DELETE_GLOBAL

    // MARK: attributes and items
    /// `… obj → … obj.name`; arg is an inline-cache slot, the name `names[cacheNames[arg]]`.
    case LOAD_ATTR
    /// `… v obj → …`; obj.name = v; arg is an inline-cache slot as for LOAD_ATTR.
    case STORE_ATTR
    /// `… obj → …`; del obj.names[arg].
    case DELETE_ATTR
    /// `… obj → … func obj` (a method found on the type) or `… attr NULL`; arg is an inline-cache slot. No bound method is made.
    case LOAD_METHOD
    /// `… container key → … container[key]`
    case BINARY_SUBSCR
    /// `… v container key → …`; container[key] = v.
    case STORE_SUBSCR
    /// `… container key → …`; del container[key].
    case DELETE_SUBSCR
    /// `… lower upper → … slice` (arg 2) or `… lower upper step → … slice` (arg 3).
    case BUILD_SLICE

    // MARK: operators
    /// `… a → … op(a)`; arg: 0 `~`, 1 `not`, 2 unary `+`, 3 unary `-` (`UnaryOperator`).
    case UNARY_OP
    /// `… a b → … (a op b)`; arg: `BinaryOperator` (0 `+` … 12 `//`; +13 for the in-place form `+=` …).
    case BINARY_OP
    /// `… a b → … (a op b)`; arg: `ComparisonOperator` (0 `<`, 1 `<=`, 2 `==`, 3 `!=`, 4 `>`, 5 `>=`).
    case COMPARE_OP
    /// `… a b → … (a is b)`; arg 1 negates (`is not`).
    case IS_OP
    /// `… a b → … (a in b)`; arg 1 negates (`not in`).
    case CONTAINS_OP

    // MARK: jumps (arg = absolute target instruction index)
    /// `… → …`; jumps forward to arg.
    case JUMP_FORWARD
    /// `… → …`; jumps backward to arg; the VM's check point (interrupts, budgets).
    case JUMP_BACKWARD
    /// `… v → …`; jumps forward to arg if v is false.
    case POP_JUMP_IF_FALSE
    /// `… v → …`; jumps forward to arg if v is true.
    case POP_JUMP_IF_TRUE
    /// `… v → …`; jumps forward to arg if v is None.
    case POP_JUMP_IF_NONE
    /// `… v → …`; jumps forward to arg if v is not None.
    case POP_JUMP_IF_NOT_NONE
    /// `… v → … v` and jumps forward to arg if v is false; else `… v → …`.
    case JUMP_IF_FALSE_OR_POP
    /// `… v → … v` and jumps forward to arg if v is true; else `… v → …`.
    case JUMP_IF_TRUE_OR_POP

    // MARK: iteration
    /// `… iterable → … iter(iterable)`
    case GET_ITER
    /// `… iterable → … iterator`; for `yield from`: a generator or coroutine stays itself.
    case GET_YIELD_FROM_ITER
    /// `… it → … it next(it)`; when exhausted: `… it → …` and jumps forward to arg.
    case FOR_ITER
    /// `… obj → … aiter`; `obj.__aiter__()`.
    case GET_AITER
    /// `… aiter → … aiter awaitable`; the awaitable of `aiter.__anext__()`.
    case GET_ANEXT
    /// `… aiter exc → …` if exc is StopAsyncIteration (ends an `async for`); otherwise re-raises exc.
    case END_ASYNC_FOR

    // MARK: building values
    /// `… a1 … an → … (a1, …, an)`; arg n.
    case BUILD_TUPLE
    /// `… a1 … an → … [a1, …, an]`; arg n.
    case BUILD_LIST
    /// `… a1 … an → … {a1, …, an}`; arg n.
    case BUILD_SET
    /// `… k1 v1 … kn vn → … {k1: v1, …}`; arg n pairs.
    case BUILD_MAP
    /// `… s1 … sn → … s1+…+sn`; arg n strings.
    case BUILD_STRING
    /// `… list x(arg-1) … x1 v → … list … x1`; appends v to the list arg items down (comprehensions).
    case LIST_APPEND
    /// `… set … v → … set …`; adds v to the set arg items down.
    case SET_ADD
    /// `… dict … k v → … dict …`; dict[k] = v, the dict arg items below k.
    case MAP_ADD
    /// `… list … iterable → … list …`; list.extend(iterable), the list arg items down.
    case LIST_EXTEND
    /// `… set … iterable → … set …`; set.update(iterable), the set arg items down.
    case SET_UPDATE
    /// `… dict … mapping → … dict …`; dict.update(mapping), the dict arg items down.
    case DICT_UPDATE
    /// `… dict … mapping → … dict …`; like DICT_UPDATE for `**kwargs` in calls: a repeated key is a TypeError.
    case DICT_MERGE
    /// `… list → … tuple(list)`
    case LIST_TO_TUPLE
    /// `… seq → … v(n) … v(1)`; arg n; v(1) (the first item) ends on top.
    case UNPACK_SEQUENCE
    /// `… seq → … after … list before…`; arg = before | after << 8 (a starred target).
    case UNPACK_EX
    /// `… v → … str` or `… v spec → … str`; arg: conversion in bits 0–1 (0 none, 1 `!s`, 2 `!r`, 3 `!a`), bit 2 set when a format spec is on the stack.
    case FORMAT_VALUE

    // MARK: functions and calls
    /// `… [defaults] [kwdefaults] [annotations] [closure] code → … function`; arg flags: 1 defaults tuple, 2 kw-only defaults dict, 4 annotations tuple (name, value, …), 8 closure tuple of cells.
    case MAKE_FUNCTION
    /// `… callable selfOrNull a1 … an → … result`; arg n positional arguments (self, when not NULL, goes first).
    case CALL
    /// `… callable selfOrNull a1 … an names → … result`; arg n arguments in all, the last len(names) by keyword (names is a constant tuple).
    case CALL_KW
    /// `… callable selfOrNull args [kwargs] → … result`; args a tuple (or, for a lone `*x`, any iterable), kwargs a dict present when arg bit 0 is set.
    case CALL_FUNCTION_EX
    /// `… v → (returns v)`; leaves the frame.
    case RETURN_VALUE
    /// `… → … __build_class__`
    case LOAD_BUILD_CLASS
    /// `… → …`; makes `__annotations__` in the module or class namespace if missing.
    case SETUP_ANNOTATIONS

    // MARK: generators and coroutines
    /// `… v → … sent`; suspends the generator with v; arg 1 marks the yield of a delegation loop (`yield from`/`await`), where `throw()` and `close()` go to the receiver below v first. In an async generator, arg 0 yields v to the `async for` and arg 1 passes an awaited value through to the event loop.
    case YIELD_VALUE
    /// `… receiver v → … receiver result`; sends v (next() when None) to the receiver; when it returns: `… receiver v → … value` and jumps forward to arg.
    case SEND
    /// `… obj → … awaitable`; arg: 0 `await`, 1 after `__aenter__`, 2 after `__aexit__` (for error messages).
    case GET_AWAITABLE

    // MARK: exceptions
    /// `… [exc [cause]] → (raises)`; arg 0 re-raises the current exception, 1 raises exc, 2 raises exc from cause.
    case RAISE_VARARGS
    /// `… exc → (raises exc again)`; arg n > 0: the item n below exc is the offset to restore as the frame's last instruction.
    case RERAISE
    /// `… exc → … previous exc`; exc becomes the exception being handled (sys.exc_info()).
    case PUSH_EXC_INFO
    /// `… previous → …`; restores the exception being handled.
    case POP_EXCEPT
    /// `… exc type → … exc matches`; TypeError if type is not an exception class or tuple of them.
    case CHECK_EXC_MATCH
    /// `… exc type → … rest match`; splits an exception group for `except*` (match None when nothing matched).
    case CHECK_EG_MATCH
    /// `… original raised → … toRaise`; the group to re-raise after the `except*` clauses (None when nothing).
    case PREP_RERAISE_STAR
    /// `… → … AssertionError`
    case LOAD_ASSERTION_ERROR
    /// `… exit lasti prev exc → … exit lasti prev exc result`; calls exit(type, exc, traceback).
    case WITH_EXCEPT_START
    /// `… manager → … boundExit enterResult`; looks up `__exit__` and calls `__enter__`.
    case BEFORE_WITH
    /// `… manager → … boundAexit awaitable`; looks up `__aexit__` and calls `__aenter__`.
    case BEFORE_ASYNC_WITH

    // MARK: imports
    /// `… level fromlist → … module`; imports names[arg].
    case IMPORT_NAME
    /// `… module → … module module.names[arg]`; ImportError if missing.
    case IMPORT_FROM
    /// `… module → …`; `from module import *` into the namespace.
    case IMPORT_STAR

    // MARK: pattern matching
    /// `… subject cls names → … attributes`; arg positional sub-patterns; attributes a tuple, or None when no match.
    case MATCH_CLASS
    /// `… subject → … subject isMapping`
    case MATCH_MAPPING
    /// `… subject → … subject isSequence`
    case MATCH_SEQUENCE
    /// `… subject keys → … subject keys values`; values a tuple, or None when a key is missing.
    case MATCH_KEYS
    /// `… obj → … obj len(obj)`
    case GET_LEN
    /// `… mapping keys → … mapping rest`; rest a new dict without the keys (`**rest`).
    case COPY_DICT_WITHOUT_KEYS

    // MARK: interactive
    /// `… v → …`; the interactive prompt's display of an expression statement (sys.displayhook).
    case PRINT_EXPR

    // MARK: superinstructions (made by the VM from pairs and triples, never emitted)
    /// `… → … a b`; LOAD_FAST arg and the LOAD_FAST after it in one dispatch (the second instruction stays, for jumps to it).
    case LOAD_FAST_LOAD_FAST
    /// `… → … a c`; LOAD_FAST arg and the LOAD_CONST after it in one dispatch.
    case LOAD_FAST_LOAD_CONST
    /// `… v → … a`; STORE_FAST arg and the LOAD_FAST after it in one dispatch.
    case STORE_FAST_LOAD_FAST
    /// `… a b → …`; COMPARE_OP arg and the POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE after it, in one dispatch when a and b are two ints or two floats (else as COMPARE_OP).
    case COMPARE_OP_JUMP
    /// `… → … a.name`; LOAD_FAST arg and the LOAD_ATTR after it, reading the local where it lies (no reference taken for the look-up).
    case LOAD_FAST_LOAD_ATTR
    /// `… v → …`; LOAD_FAST arg and the STORE_ATTR after it (`a.name = v`), reading the local where it lies.
    case LOAD_FAST_STORE_ATTR
    /// `… → … a[c]`; LOAD_FAST arg, the LOAD_CONST and the BINARY_SUBSCR after it, in one dispatch when a is a list or tuple and c an int in range (else as LOAD_FAST_LOAD_CONST).
    case SUBSCR_FAST_CONST
    /// `… → … a[b]`; LOAD_FAST arg, the LOAD_FAST and the BINARY_SUBSCR after it, in one dispatch when a is a list or tuple and b an int in range (else as LOAD_FAST_LOAD_FAST).
    case SUBSCR_FAST_FAST
    /// `… → … a is c`; LOAD_FAST arg, the LOAD_CONST and the IS_OP after it in one dispatch (`x is None`), the local compared where it lies.
    case IS_FAST_CONST
    /// `… c k → … c k c[k]`; COPY 2, COPY 2 and BINARY_SUBSCR in one dispatch (the read of `c[k] += v`), the container read where it lies.
    case DUP_SUBSCR
    /// `… c k v → …`; SWAP 3, SWAP 2 and STORE_SUBSCR in one dispatch (the write of `c[k] += v`): c[k] = v.
    case ROT_STORE_SUBSCR
    /// `… a → … a a.name`; COPY 1 and the LOAD_ATTR after it in one dispatch (the read of `a.name += v`), the object read where it lies.
    case DUP_LOAD_ATTR
    /// `… a v → …`; SWAP 2 and the STORE_ATTR after it in one dispatch (the write of `a.name += v`): a.name = v.
    case ROT_STORE_ATTR

    // MARK: pseudo-instructions (compile time only)
    /// `… → …`; starts a range whose exceptions go to the handler at arg (no lasti). Removed by the assembler.
    case SETUP_FINALLY
    /// `… → …`; as SETUP_FINALLY, with lasti pushed. Removed by the assembler.
    case SETUP_CLEANUP
    /// `… exit enterResult → …`; as SETUP_CLEANUP, the handler's depth excludes enterResult. Removed by the assembler.
    case SETUP_WITH
    /// `… → …`; ends the innermost range. Removed by the assembler.
    case POP_BLOCK

    public var name: String { String(describing: self) }

    /// Whether arg is an instruction index.
    public var hasJumpTarget: Bool {
        switch self {
        case .JUMP_FORWARD, .JUMP_BACKWARD, .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE,
             .POP_JUMP_IF_NOT_NONE, .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP, .FOR_ITER, .SEND,
             .SETUP_FINALLY, .SETUP_CLEANUP, .SETUP_WITH:
            return true
        default:
            return false
        }
    }

    /// Control never continues to the next instruction.
    public var isTerminal: Bool {
        switch self {
        case .JUMP_FORWARD, .JUMP_BACKWARD, .RETURN_VALUE, .RAISE_VARARGS, .RERAISE: return true
        default: return false
        }
    }

    public var isPseudo: Bool {
        switch self {
        case .SETUP_FINALLY, .SETUP_CLEANUP, .SETUP_WITH, .POP_BLOCK: return true
        default: return false
        }
    }

    /// The change in stack depth: to the next instruction (`jump: false`) or to the
    /// jump target (`jump: true`). For setup pseudo-instructions the jump effect is
    /// the depth at the handler relative to here.
    public func stackEffect(arg: UInt32, jump: Bool) -> Int {
        let n = Int(arg)
        switch self {
        case .NOP, .JUMP_FORWARD, .JUMP_BACKWARD, .SWAP, .POP_BLOCK, .DELETE_FAST, .DELETE_DEREF,
             .DELETE_NAME, .DELETE_GLOBAL, .SETUP_ANNOTATIONS, .UNARY_OP, .GET_ITER, .GET_YIELD_FROM_ITER,
             .LIST_TO_TUPLE, .GET_AITER, .YIELD_VALUE, .GET_AWAITABLE, .LOAD_ATTR:
            return 0
        case .POP_TOP, .STORE_FAST, .STORE_DEREF, .STORE_NAME, .STORE_GLOBAL, .DELETE_ATTR,
             .BINARY_SUBSCR, .BINARY_OP, .COMPARE_OP, .IS_OP, .CONTAINS_OP, .POP_JUMP_IF_FALSE,
             .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE, .LIST_APPEND, .SET_ADD,
             .LIST_EXTEND, .SET_UPDATE, .DICT_UPDATE, .DICT_MERGE, .RETURN_VALUE, .RERAISE,
             .POP_EXCEPT, .IMPORT_NAME, .IMPORT_STAR, .PRINT_EXPR:
            return -1
        case .STORE_FAST_LOAD_FAST:
            return 0
        case .LOAD_FAST_LOAD_ATTR, .SUBSCR_FAST_CONST, .SUBSCR_FAST_FAST, .IS_FAST_CONST, .DUP_SUBSCR, .DUP_LOAD_ATTR:
            return 1
        case .LOAD_FAST_STORE_ATTR:
            return -1
        case .ROT_STORE_SUBSCR:
            return -3
        case .ROT_STORE_ATTR:
            return -2
        case .LOAD_FAST_LOAD_FAST, .LOAD_FAST_LOAD_CONST:
            return 2
        case .COMPARE_OP_JUMP:
            return -1
        case .PUSH_NULL, .COPY, .LOAD_CONST, .LOAD_FAST, .LOAD_DEREF, .LOAD_CLOSURE, .LOAD_CLASSDEREF,
             .LOAD_NAME, .LOAD_GLOBAL, .LOAD_METHOD, .LOAD_BUILD_CLASS, .LOAD_ASSERTION_ERROR,
             .PUSH_EXC_INFO, .IMPORT_FROM, .MATCH_MAPPING, .MATCH_SEQUENCE, .MATCH_KEYS, .GET_LEN,
             .GET_ANEXT, .WITH_EXCEPT_START, .BEFORE_WITH, .BEFORE_ASYNC_WITH:
            return 1
        case .STORE_ATTR, .DELETE_SUBSCR, .MAP_ADD, .END_ASYNC_FOR, .MATCH_CLASS:
            return -2
        case .STORE_SUBSCR:
            return -3
        case .BUILD_SLICE, .BUILD_TUPLE, .BUILD_LIST, .BUILD_SET, .BUILD_STRING:
            return 1 - n
        case .BUILD_MAP:
            return 1 - 2 * n
        case .UNPACK_SEQUENCE:
            return n - 1
        case .UNPACK_EX:
            return Int(arg & 0xFF) + Int(arg >> 8)
        case .FORMAT_VALUE:
            return arg & 4 != 0 ? -1 : 0
        case .MAKE_FUNCTION:
            return -(arg.nonzeroBitCount)
        case .CALL:
            return -1 - n
        case .CALL_KW:
            return -2 - n
        case .CALL_FUNCTION_EX:
            return arg & 1 != 0 ? -3 : -2
        case .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP:
            return jump ? 0 : -1
        case .FOR_ITER:
            return jump ? -1 : 1
        case .SEND:
            return jump ? -1 : 0
        case .RAISE_VARARGS:
            return -n
        case .CHECK_EG_MATCH, .COPY_DICT_WITHOUT_KEYS, .CHECK_EXC_MATCH:
            return 0
        case .PREP_RERAISE_STAR:
            return -1
        case .SETUP_FINALLY:
            return jump ? 1 : 0
        case .SETUP_CLEANUP:
            return jump ? 2 : 0
        case .SETUP_WITH:
            return jump ? 1 : 0
        }
    }
}

/// One instruction: 8 bytes, trivially copyable.
public struct Instruction: Hashable, Sendable {
    public var opcode: Opcode
    public var arg: UInt32

    @inlinable
    public init(_ opcode: Opcode, _ arg: UInt32 = 0) {
        self.opcode = opcode
        self.arg = arg
    }
}

/// BINARY_OP's argument: `Operator`'s order, in-place forms after.
public enum BinaryOperator {
    public static let inplaceOffset: UInt32 = 13
    public static let symbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"]

    public static func symbol(for arg: UInt32) -> String {
        let index = Int(arg % inplaceOffset)
        guard index < symbols.count else { return "?" }
        return arg >= inplaceOffset ? symbols[index] + "=" : symbols[index]
    }
}

/// COMPARE_OP's argument.
public enum ComparisonOperator {
    public static let symbols = ["<", "<=", "==", "!=", ">", ">="]
}

/// UNARY_OP's argument.
public enum UnaryOperator {
    public static let names = ["~", "not", "+", "-"]
}
