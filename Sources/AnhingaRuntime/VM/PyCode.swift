import AnhingaCompiler
import BigInt

/// A code object made ready to run: the compiler's `CodeObject` with its
/// constants turned into runtime values and its names interned, once, when
/// the code is loaded.
public final class PyCode: PyObject {
    public let code: CodeObject
    /// The instructions in memory this object owns, so the evaluation loop reads
    /// them through a pointer (no array access, no closure around the loop).
    let instructions: UnsafeMutableBufferPointer<Instruction>
    /// Owned like `instructions`: LOAD_CONST reads through the pointer (an array
    /// read would retain and release the array's buffer each time).
    let constants: UnsafeMutableBufferPointer<Value>
    let names: [PyStr]
    let varnames: [PyStr]
    /// Fast locals, then cells (cellvars then freevars), then the value stack.
    let localCount: Int
    let cellCount: Int
    let freeCount: Int
    /// For each cellvar that is also a parameter: (cell index, local index).
    let parameterCells: [(cell: Int, local: Int)]
    /// `parameterCells` is not empty (read on every call, without touching the array).
    let hasParameterCells: Bool
    /// The code has cells or free variables: a frame makes or takes cells for it.
    let needsCells: Bool
    /// Slots a frame needs: the fast locals, the value stack and one spare.
    let frameSize: Int
    /// Positional parameters, keyword-only parameters, and the `*args`/`**kwargs` slots.
    let totalArgumentCount: Int
    /// One inline-cache entry per cache slot (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR).
    /// (The caches and `constants` are buffers the code object owns: the loop reads
    /// them in place, where an array read would retain and release its buffer.)
    let globalCache: UnsafeMutableBufferPointer<GlobalCacheEntry>
    /// What LOAD_ATTR, LOAD_METHOD and STORE_ATTR found at each cache slot, for up to
    /// `attributeCacheWays` classes: slot `s` owns entries `s * ways ..< (s + 1) * ways`.
    let attributeCache: UnsafeMutableBufferPointer<AttributeCacheEntry>
    static let attributeCacheWays = 4
    let cacheNames: [PyStr]
    /// The identity of each interned cache name (nil for one that is not interned):
    /// what `PyDict.quickLookup` compares, read without retaining the name.
    let cacheNameIdentities: UnsafeMutableBufferPointer<ObjectIdentifier?>

    /// The number of arguments a CALL may move straight into the locals: the
    /// parameter count of a plain function with only positional parameters, else -1.
    let positionalFastCount: Int

    /// Turns the first of some frequent pairs of instructions into a superinstruction
    /// that runs both in one dispatch (CPython 3.11 has the same pairs). The second
    /// instruction stays as it was, for a jump to it and for its argument; no index
    /// moves, so positions, exception ranges and jump targets hold as compiled.
    static func fusePairs(_ instructions: UnsafeMutableBufferPointer<Instruction>) {
        guard instructions.count > 1 else { return }
        for index in 0..<(instructions.count - 1) {
            let next = instructions[index + 1].opcode
            switch (instructions[index].opcode, next) {
            case (.LOAD_FAST, .LOAD_ATTR): instructions[index].opcode = .LOAD_FAST_LOAD_ATTR
            case (.LOAD_FAST, .STORE_ATTR): instructions[index].opcode = .LOAD_FAST_STORE_ATTR
            case (.LOAD_FAST, .LOAD_FAST):
                // `a, self.x`: the second load pairs with the attribute, which saves more.
                let third = index + 2 < instructions.count ? instructions[index + 2].opcode : .NOP
                if third == .BINARY_SUBSCR {
                    instructions[index].opcode = .SUBSCR_FAST_FAST
                } else if third != .LOAD_ATTR && third != .STORE_ATTR {
                    instructions[index].opcode = .LOAD_FAST_LOAD_FAST
                }
            case (.LOAD_FAST, .LOAD_CONST):
                let third = index + 2 < instructions.count ? instructions[index + 2].opcode : .NOP
                instructions[index].opcode = third == .BINARY_SUBSCR ? .SUBSCR_FAST_CONST
                    : third == .IS_OP ? .IS_FAST_CONST : .LOAD_FAST_LOAD_CONST
            case (.STORE_FAST, .LOAD_FAST): instructions[index].opcode = .STORE_FAST_LOAD_FAST
            case (.COMPARE_OP, .POP_JUMP_IF_FALSE), (.COMPARE_OP, .POP_JUMP_IF_TRUE): instructions[index].opcode = .COMPARE_OP_JUMP
            // `a.x += v` reads with COPY 1, LOAD_ATTR and writes with SWAP 2, STORE_ATTR.
            case (.COPY, .LOAD_ATTR) where instructions[index].arg == 1: instructions[index].opcode = .DUP_LOAD_ATTR
            case (.SWAP, .STORE_ATTR) where instructions[index].arg == 2: instructions[index].opcode = .ROT_STORE_ATTR
            // `a[k] += v` reads with COPY 2, COPY 2, BINARY_SUBSCR and writes with SWAP 3, SWAP 2, STORE_SUBSCR.
            case (.COPY, .COPY) where instructions[index].arg == 2 && instructions[index + 1].arg == 2
                && index + 2 < instructions.count && instructions[index + 2].opcode == .BINARY_SUBSCR:
                instructions[index].opcode = .DUP_SUBSCR
            case (.SWAP, .SWAP) where instructions[index].arg == 3 && instructions[index + 1].arg == 2
                && index + 2 < instructions.count && instructions[index + 2].opcode == .STORE_SUBSCR:
                instructions[index].opcode = .ROT_STORE_SUBSCR
            default: break
            }
        }
    }

    var isGeneratorLike: Bool { !code.flags.isDisjoint(with: [.generator, .coroutine, .asyncGenerator]) }

    init(_ code: CodeObject, runtime rt: Runtime) {
        self.code = code
        instructions = UnsafeMutableBufferPointer<Instruction>.allocate(capacity: code.instructions.count)
        _ = instructions.initialize(from: code.instructions)
        Self.fusePairs(instructions)
        constants = UnsafeMutableBufferPointer<Value>.allocate(capacity: code.constants.count)
        _ = constants.initialize(from: code.constants.map { rt.value(of: $0) })
        names = code.names.map { rt.intern($0) }
        varnames = code.varnames.map { rt.intern($0) }
        localCount = code.varnames.count
        cellCount = code.cellvars.count
        freeCount = code.freevars.count
        var cells: [(cell: Int, local: Int)] = []
        for (cellIndex, name) in code.cellvars.enumerated() {
            if let local = code.varnames.firstIndex(of: name) { cells.append((cellIndex, local)) }
        }
        parameterCells = cells
        hasParameterCells = !cells.isEmpty
        needsCells = cellCount + freeCount > 0
        frameSize = localCount + code.maxStackDepth + 1
        var total = code.argCount + code.keywordOnlyArgCount
        if code.flags.contains(.varargs) { total += 1 }
        if code.flags.contains(.varKeywords) { total += 1 }
        totalArgumentCount = total
        positionalFastCount = total == code.argCount
            && code.flags.isDisjoint(with: [.generator, .coroutine, .asyncGenerator]) ? code.argCount : -1
        globalCache = UnsafeMutableBufferPointer<GlobalCacheEntry>.allocate(capacity: code.cacheNames.count)
        globalCache.initialize(repeating: GlobalCacheEntry())
        attributeCache = UnsafeMutableBufferPointer<AttributeCacheEntry>.allocate(capacity: code.cacheNames.count * Self.attributeCacheWays)
        attributeCache.initialize(repeating: AttributeCacheEntry())
        cacheNames = code.cacheNames.map { index in
            index < code.names.count ? rt.intern(code.names[index]) : rt.emptyString
        }
        cacheNameIdentities = UnsafeMutableBufferPointer<ObjectIdentifier?>.allocate(capacity: cacheNames.count)
        _ = cacheNameIdentities.initialize(from: cacheNames.map { $0.isInterned ? ObjectIdentifier($0) : nil })
        super.init(type: rt.types.code)
    }

    deinit {
        instructions.deallocate()
        _ = constants.deinitialize()
        constants.deallocate()
        _ = globalCache.deinitialize()
        globalCache.deallocate()
        _ = attributeCache.deinitialize()
        attributeCache.deallocate()
        cacheNameIdentities.deallocate()
    }

    /// The handler row covering `instruction`, if any (rows never overlap).
    func handler(for instruction: Int) -> ExceptionTableEntry? {
        for entry in code.exceptionTable where entry.start <= instruction && instruction < entry.end {
            return entry
        }
        return nil
    }
}

/// What LOAD_GLOBAL remembers: the value found while both dicts kept their version.
struct GlobalCacheEntry {
    var globalsVersion: UInt64 = .max
    var builtinsVersion: UInt64 = .max
    var value: Value = .null
}

/// What an attribute instruction learnt about the class of the instances it
/// met last: how the name resolves on that class, while no type dict changed.
/// The class is known by identity only: a class freed and another made at its
/// address cannot match, because making a class moves `typeGeneration`.
extension PyCode {
    /// The class attribute of one attribute-cache entry, read in place: reading it
    /// through the buffer's subscript makes Swift copy the whole entry first.
    @inline(__always)
    func attributeValue(at entry: Int) -> Value {
        (attributeCache.baseAddress.unsafelyUnwrapped + entry).pointer(to: \.value).unsafelyUnwrapped.pointee
    }
}

struct AttributeCacheEntry {
    var typeIdentity: ObjectIdentifier?
    var generation: UInt64 = 0
    var kind: TypeLookupKind = .absent
    /// The class attribute (for `.function`, the method).
    var value: Value = .null
    /// The class has no `__getattribute__` or `__getattr__` hook (no `getAttribute` slot).
    var plainGetAttribute = false
    /// Instances have a `__dict__` and the class (and its bases) leave `__setattr__` to `object`.
    var plainSetAttribute = false
    /// The entry is LOAD_METHOD's on a builtin container type: `value` is the method.
    var isBuiltinMethod = false
    /// Where the name is among the class's inline instance attributes (see
    /// `PyInstance`), once a slow path has found it there; -1 until then.
    var inlineIndex = -1
}

extension Runtime {
    /// A compiler constant as a runtime value.
    func value(of constant: CompilerConstant) -> Value {
        switch constant {
        case .none: return .none
        case .bool(let flag): return .bool(flag)
        case .ellipsis: return .ellipsis
        case .int(let number): return .int(number)
        case .bigInt(let digits, let radix):
            return makeInt(BigInt(digits, radix: radix) ?? 0)
        case .float(let number): return .float(number)
        case .complex(let real, let imag): return .object(PyComplex(type: types.complex, real: real, imag: imag))
        case .str(let text): return .object(makeStr(codePoints: text.codePoints))
        case .bytes(let bytes): return .object(PyBytes(type: types.bytes, bytes: bytes))
        case .tuple(let items): return .object(makeTuple(items.map { value(of: $0) }))
        case .frozenset(let items):
            let set = PySet(type: types.frozenset)
            for item in items { try? set.add(value(of: item), self) }
            return .object(set)
        case .code(let code): return .object(PyCode(code, runtime: self))
        }
    }
}
