import AnhingaSyntax

/// A constant of a code object: the compiler's own small enum, turned into
/// runtime objects when the code is loaded (the compiler knows no runtime types).
public indirect enum CompilerConstant: Sendable {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int)
    /// Digits in `radix`, as `ConstantValue.bigInt`.
    case bigInt(digits: String, radix: Int)
    case float(Double)
    /// A complex number (the parser only makes `0+imag j`).
    case complex(real: Double, imag: Double)
    case str(PyStringValue)
    case bytes([UInt8])
    case tuple([CompilerConstant])
    case frozenset([CompilerConstant])
    case code(CodeObject)

    init(_ value: ConstantValue) {
        switch value {
        case .none: self = .none
        case .bool(let flag): self = .bool(flag)
        case .ellipsis: self = .ellipsis
        case .int(let number): self = .int(number)
        case .bigInt(let digits, let radix): self = .bigInt(digits: digits, radix: radix)
        case .float(let number): self = .float(number)
        case .imaginary(let number): self = .complex(real: 0, imag: number)
        case .str(let text): self = .str(text)
        case .bytes(let bytes): self = .bytes(bytes)
        }
    }

    /// Identity for de-duplicating the constant table: `1`, `1.0` and `True`
    /// stay apart, `0.0` and `-0.0` too (by bit pattern). Code objects are never shared.
    var dedupKey: ConstantKey? {
        switch self {
        case .none: return .noneValue
        case .bool(let flag): return .bool(flag)
        case .ellipsis: return .ellipsisValue
        case .int(let number): return .int(number)
        case .bigInt(let digits, let radix): return .bigInt(digits, radix)
        case .float(let number): return .float(number.bitPattern)
        case .complex(let real, let imag): return .complex(real.bitPattern, imag.bitPattern)
        case .str(let text): return .str(text.codePoints)
        case .bytes(let bytes): return .bytes(bytes)
        case .tuple(let items), .frozenset(let items):
            var keys: [ConstantKey] = []
            for item in items {
                guard let key = item.dedupKey else { return nil }
                keys.append(key)
            }
            if case .tuple = self { return .tuple(keys) }
            return .frozenset(keys)
        case .code: return nil
        }
    }

    /// Python's `repr` of the constant, as the disassembler shows it.
    public var pythonRepr: String {
        switch self {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let number): return String(number)
        case .bigInt(let digits, let radix): return ConstantValue.decimalDigits(of: digits, radix: radix)
        case .float(let number): return pythonFloatRepr(number)
        case .complex(_, let imag): return pythonImaginaryRepr(imag)
        case .str(let text): return pythonStringRepr(text.codePoints)
        case .bytes(let bytes): return AnhingaSyntax.pythonRepr(.bytes(bytes))
        case .tuple(let items):
            if items.count == 1 { return "(" + items[0].pythonRepr + ",)" }
            return "(" + items.map(\.pythonRepr).joined(separator: ", ") + ")"
        case .frozenset(let items):
            if items.isEmpty { return "frozenset()" }
            return "frozenset({" + items.map(\.pythonRepr).joined(separator: ", ") + "})"
        case .code(let code):
            return "<code object \(code.name) at \(code.fakeAddress), file \"\(code.filename)\", line \(code.firstLine)>"
        }
    }
}

enum ConstantKey: Hashable {
    case noneValue, ellipsisValue
    case bool(Bool)
    case int(Int)
    case bigInt(String, Int)
    case float(UInt64)
    case complex(UInt64, UInt64)
    case str([UInt32])
    case bytes([UInt8])
    indirect case tuple([ConstantKey])
    indirect case frozenset([ConstantKey])
}

/// CPython's `co_flags` bits (same values).
public struct CodeFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Locals are fast locals (a function, lambda or comprehension).
    public static let optimized = CodeFlags(rawValue: 0x1)
    /// The frame gets a fresh locals namespace.
    public static let newLocals = CodeFlags(rawValue: 0x2)
    public static let varargs = CodeFlags(rawValue: 0x4)
    public static let varKeywords = CodeFlags(rawValue: 0x8)
    public static let nested = CodeFlags(rawValue: 0x10)
    public static let generator = CodeFlags(rawValue: 0x20)
    public static let coroutine = CodeFlags(rawValue: 0x80)
    public static let asyncGenerator = CodeFlags(rawValue: 0x200)

    static let names: [(CodeFlags, String)] = [
        (.optimized, "OPTIMIZED"), (.newLocals, "NEWLOCALS"), (.varargs, "VARARGS"),
        (.varKeywords, "VARKEYWORDS"), (.nested, "NESTED"), (.generator, "GENERATOR"),
        (.coroutine, "COROUTINE"), (.asyncGenerator, "ASYNC_GENERATOR"),
    ]
}

/// Where an instruction came from: CPython's position table entry (lines
/// 1-based, columns 0-based UTF-8 byte offsets; line 0 when there is none).
public struct SourcePosition: Hashable, Sendable {
    public var line: Int32
    public var endLine: Int32
    public var column: Int32
    public var endColumn: Int32

    public init(_ range: SourceRange) {
        line = range.lineno
        endLine = range.endLineno
        column = range.colOffset
        endColumn = range.endColOffset
    }
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..<end` pops the stack to `depth`, pushes the raising offset when
/// `pushLasti`, pushes the exception and continues at `handler`.
/// Rows never overlap; inner ranges come first where nesting splits a range.
public struct ExceptionTableEntry: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var handler: Int
    public var depth: Int
    public var pushLasti: Bool
}

/// A compiled block of code: a module, class body, function, lambda or comprehension.
public final class CodeObject: Sendable {
    public let name: String
    public let qualname: String
    public let filename: String
    public let firstLine: Int
    public let argCount: Int
    public let positionalOnlyArgCount: Int
    public let keywordOnlyArgCount: Int
    public let flags: CodeFlags
    /// Parameters in order (then `*args`, `**kwargs`), then the other fast locals.
    public let varnames: [String]
    /// Locals that nested code uses, held in cells; a parameter among them is
    /// copied into its cell when the frame starts.
    public let cellvars: [String]
    /// Variables of enclosing functions, reached through the closure's cells.
    public let freevars: [String]
    public let names: [String]
    /// For a function, `constants[0]` is its docstring (None without one), as in CPython.
    public let constants: [CompilerConstant]
    public let instructions: [Instruction]
    /// `positions[i]` is where `instructions[i]` came from.
    public let positions: [SourcePosition]
    public let exceptionTable: [ExceptionTableEntry]
    public let maxStackDepth: Int
    /// Inline-cache slots of LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD: slot i caches the look-up of `names[cacheNames[i]]`.
    public let cacheNames: [Int]

    init(name: String, qualname: String, filename: String, firstLine: Int, argCount: Int,
         positionalOnlyArgCount: Int, keywordOnlyArgCount: Int, flags: CodeFlags, varnames: [String],
         cellvars: [String], freevars: [String], names: [String], constants: [CompilerConstant],
         instructions: [Instruction], positions: [SourcePosition], exceptionTable: [ExceptionTableEntry],
         maxStackDepth: Int, cacheNames: [Int]) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
        self.argCount = argCount
        self.positionalOnlyArgCount = positionalOnlyArgCount
        self.keywordOnlyArgCount = keywordOnlyArgCount
        self.flags = flags
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.names = names
        self.constants = constants
        self.instructions = instructions
        self.positions = positions
        self.exceptionTable = exceptionTable
        self.maxStackDepth = maxStackDepth
        self.cacheNames = cacheNames
    }

    /// The disassembler shows no real address: `0x0` followed by the code's
    /// first line and name hash would vary; a fixed placeholder keeps listings stable.
    var fakeAddress: String { "0x0000" }

    /// The code objects among the constants, in order.
    public var nestedCode: [CodeObject] {
        constants.compactMap { if case .code(let code) = $0 { return code } else { return nil } }
    }
}
