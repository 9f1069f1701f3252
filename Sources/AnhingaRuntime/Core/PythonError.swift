/// A Python exception on its way up the Swift stack: `throws(PythonError)`.
///
/// Native code raises with a kind and a message (`PythonError(.valueError,
/// "negative shift count")`) and needs no runtime to do it; the exception
/// object is made only when Python code looks at it (`exception(in:)`), as
/// CPython defers normalising an exception. Python code raising an object
/// carries the object itself.
///
/// `@unchecked Sendable`: `Error` requires `Sendable`, but an exception object
/// belongs to one interpreter and never crosses to another thread with it.
public struct PythonError: Error, @unchecked Sendable {
    public enum Payload {
        /// A builtin exception with its message (nil for no arguments: `MemoryError()`).
        case pending(ExceptionKind, message: String?)
        case object(PyBaseException)
    }

    public let payload: Payload

    public init(_ kind: ExceptionKind, _ message: String) {
        payload = .pending(kind, message: message)
    }

    /// An exception without arguments.
    public init(_ kind: ExceptionKind) {
        payload = .pending(kind, message: nil)
    }

    public init(_ exception: PyBaseException) {
        payload = .object(exception)
    }

    /// The builtin kind, when the exception was raised natively or is a builtin's instance.
    public var kind: ExceptionKind? {
        switch payload {
        case .pending(let kind, _): return kind
        case .object(let exception): return exception.kind
        }
    }

    /// `str(exception)`: the message alone, as in `ValueError: <this>`.
    public func message(in runtime: Runtime) -> String {
        switch payload {
        case .pending(_, let message): return message ?? ""
        case .object(let exception): return exception.messageText(in: runtime)
        }
    }

    /// The exception object, made now if it was raised natively.
    public func exception(in runtime: Runtime) -> PyBaseException {
        switch payload {
        case .object(let exception): return exception
        case .pending(let kind, let message):
            let args: [Value] = message.map { [.object(runtime.makeStr($0))] } ?? []
            return PyBaseException(type: runtime.types.exceptionType(kind), kind: kind, args: args)
        }
    }
}

/// An exception object: its type, `args`, the chaining attributes and the
/// traceback collected while it propagates.
public final class PyBaseException: PyObject, SlotValueStorage {
    /// The nearest builtin kind (a user subclass reports its builtin base).
    public let kind: ExceptionKind
    @exclusivity(unchecked) public internal(set) var args: [Value]
    /// `__cause__` (`raise … from cause`), `__context__` (raised while handling another).
    @exclusivity(unchecked) public internal(set) var cause: PyBaseException?
    @exclusivity(unchecked) public internal(set) var context: PyBaseException?
    @exclusivity(unchecked) public internal(set) var suppressContext = false
    /// Where it passed, innermost frame first (printed outermost first).
    @exclusivity(unchecked) public internal(set) var traceback: [TracebackEntry] = []
    /// Instance attributes of user exception classes and of `StopIteration.value` and friends.
    @exclusivity(unchecked) var attributes: PyDict?
    /// The values of a user exception class's `__slots__`, made when one is first set.
    @exclusivity(unchecked) var slotValues: [Value]?
    /// For a NameError: the names visible where it was raised, for the "Did you mean" hint.
    @exclusivity(unchecked) var nameErrorScope: NameScope?
    /// An exception group's `message` and `exceptions` (nil for every other exception).
    @exclusivity(unchecked) var group: ExceptionGroupContents?
    /// The `__traceback__` object last handed out, kept so that it is the same object
    /// while `traceback` is unchanged (split groups share their original's).
    @exclusivity(unchecked) var tracebackObject: PyTracebackObject?
    /// Made by `except*` (a wrapped naked exception, a group of what the handlers raised):
    /// CPython never chains such a group, so it keeps no `__context__` when it propagates.
    @exclusivity(unchecked) var contextIsFinal = false
    /// The objects of the frames it unwound, kept as CPython's traceback keeps those frames:
    /// only while some class defines `__del__` (whose timing shows it), see `unwind`.
    @exclusivity(unchecked) var unwoundFrameValues: [Value] = []

    init(type: PyType, kind: ExceptionKind, args: [Value]) {
        self.kind = kind
        self.args = args
        super.init(type: type)
    }

    /// `str(exception)`: empty for no args, the one arg's `str`, else the tuple's repr;
    /// for a group, `message (N sub-exceptions)`.
    func messageText(in runtime: Runtime) -> String {
        if let group {
            let count = group.exceptions.items.count
            let message = (group.message.object as? PyStr)?.string ?? ""
            return "\(message) (\(count) sub-exception\(count > 1 ? "s" : ""))"
        }
        if let text = osErrorText(in: runtime) { return text }
        switch args.count {
        case 0: return ""
        case 1:
            // KeyError shows its key as a repr: KeyError: 'k'.
            let text = kind == .keyError ? try? runtime.repr(args[0]) : try? runtime.str(args[0])
            return text?.string ?? "<exception str() failed>"
        default:
            let tuple = Value.object(PyTuple(type: runtime.types.tuple, items: args))
            return (try? runtime.repr(tuple).string) ?? "<exception str() failed>"
        }
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        for case .object(let object) in args { body(object) }
        for case .object(let object) in unwoundFrameValues { body(object) }
        if let cause { body(cause) }
        if let context { body(context) }
        if let attributes { body(attributes) }
        for case .object(let object) in slotValues ?? [] { body(object) }
        if let group {
            if case .object(let message) = group.message { body(message) }
            body(group.exceptions)
        }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        for case .object(let object) in args { references.append(object) }
        args = []
        for case .object(let object) in unwoundFrameValues { references.append(object) }
        unwoundFrameValues = []
        if let cause { references.append(cause) }
        if let context { references.append(context) }
        if let attributes { references.append(attributes) }
        for case .object(let object) in slotValues ?? [] { references.append(object) }
        slotValues = nil
        if let group {
            if case .object(let message) = group.message { references.append(message) }
            references.append(group.exceptions)
        }
        cause = nil
        context = nil
        attributes = nil
        traceback = []
        nameErrorScope = nil
        group = nil
        tracebackObject = nil
    }

    deinit {
        Trashcan.releaseChildren(&args, of: self)
    }
}

/// What an exception group holds besides `args`: CPython's `msg` and `excs`.
struct ExceptionGroupContents {
    /// A str (or an instance of a subclass of str).
    let message: Value
    /// The sub-exceptions, every item a `PyBaseException`.
    let exceptions: PyTuple
}

/// The names a NameError's hint may suggest: the frame's locals, its globals and builtins.
struct NameScope {
    let varnames: [PyStr]
    let globals: PyDict
    let builtins: PyDict
}

/// One frame a propagating exception passed through: the code and the
/// instruction that was running (what CPython's traceback object records).
public struct TracebackEntry {
    public let code: PyCode
    public let instruction: Int

    public var line: Int {
        let positions = code.code.positions
        guard instruction >= 0 && instruction < positions.count else { return code.code.firstLine }
        return Int(positions[instruction].line)
    }
}

/// Every builtin exception class of CPython 3.11, in an order where each
/// class follows its base (so the types can be made in order).
public enum ExceptionKind: Int, CaseIterable, Sendable {
    case baseException, baseExceptionGroup, generatorExit, keyboardInterrupt, systemExit
    case exception, exceptionGroup, arithmeticError, floatingPointError, overflowError, zeroDivisionError
    case assertionError, attributeError, bufferError, eofError, importError, moduleNotFoundError
    case lookupError, indexError, keyError, memoryError, nameError, unboundLocalError, osError
    case blockingIOError, childProcessError, connectionError, brokenPipeError
    case connectionAbortedError, connectionRefusedError, connectionResetError, fileExistsError
    case fileNotFoundError, interruptedError, isADirectoryError, notADirectoryError
    case permissionError, processLookupError, timeoutError, referenceError, runtimeError
    case notImplementedError, recursionError, stopAsyncIteration, stopIteration, syntaxError
    case indentationError, tabError, systemError, typeError, valueError, unicodeError
    case unicodeDecodeError, unicodeEncodeError, unicodeTranslateError, warning, bytesWarning
    case deprecationWarning, encodingWarning, futureWarning, importWarning
    case pendingDeprecationWarning, resourceWarning, runtimeWarning, syntaxWarning, unicodeWarning
    case userWarning
    /// `io.UnsupportedOperation`: not a builtin name, but raised by the file objects.
    case unsupportedOperation

    public var name: String { Self.table[rawValue].name }

    /// The base class (declared before this case, so types can be made in order).
    public var base: ExceptionKind? { Self.table[rawValue].base }

    private static let table: [(name: String, base: ExceptionKind?)] = [
        ("BaseException", nil),
        ("BaseExceptionGroup", .baseException),
        ("GeneratorExit", .baseException),
        ("KeyboardInterrupt", .baseException),
        ("SystemExit", .baseException),
        ("Exception", .baseException),
        // Also a subclass of Exception: BuiltinTypes gives it both bases and its MRO.
        ("ExceptionGroup", .baseExceptionGroup),
        ("ArithmeticError", .exception),
        ("FloatingPointError", .arithmeticError),
        ("OverflowError", .arithmeticError),
        ("ZeroDivisionError", .arithmeticError),
        ("AssertionError", .exception),
        ("AttributeError", .exception),
        ("BufferError", .exception),
        ("EOFError", .exception),
        ("ImportError", .exception),
        ("ModuleNotFoundError", .importError),
        ("LookupError", .exception),
        ("IndexError", .lookupError),
        ("KeyError", .lookupError),
        ("MemoryError", .exception),
        ("NameError", .exception),
        ("UnboundLocalError", .nameError),
        ("OSError", .exception),
        ("BlockingIOError", .osError),
        ("ChildProcessError", .osError),
        ("ConnectionError", .osError),
        ("BrokenPipeError", .connectionError),
        ("ConnectionAbortedError", .connectionError),
        ("ConnectionRefusedError", .connectionError),
        ("ConnectionResetError", .connectionError),
        ("FileExistsError", .osError),
        ("FileNotFoundError", .osError),
        ("InterruptedError", .osError),
        ("IsADirectoryError", .osError),
        ("NotADirectoryError", .osError),
        ("PermissionError", .osError),
        ("ProcessLookupError", .osError),
        ("TimeoutError", .osError),
        ("ReferenceError", .exception),
        ("RuntimeError", .exception),
        ("NotImplementedError", .runtimeError),
        ("RecursionError", .runtimeError),
        ("StopAsyncIteration", .exception),
        ("StopIteration", .exception),
        ("SyntaxError", .exception),
        ("IndentationError", .syntaxError),
        ("TabError", .indentationError),
        ("SystemError", .exception),
        ("TypeError", .exception),
        ("ValueError", .exception),
        ("UnicodeError", .valueError),
        ("UnicodeDecodeError", .unicodeError),
        ("UnicodeEncodeError", .unicodeError),
        ("UnicodeTranslateError", .unicodeError),
        ("Warning", .exception),
        ("BytesWarning", .warning),
        ("DeprecationWarning", .warning),
        ("EncodingWarning", .warning),
        ("FutureWarning", .warning),
        ("ImportWarning", .warning),
        ("PendingDeprecationWarning", .warning),
        ("ResourceWarning", .warning),
        ("RuntimeWarning", .warning),
        ("SyntaxWarning", .warning),
        ("UnicodeWarning", .warning),
        ("UserWarning", .warning),
        // Also a subclass of ValueError, in module io (BuiltinTypes gives it both).
        ("UnsupportedOperation", .osError),
    ]

    /// Whether the class is a name in `builtins` (all but io.UnsupportedOperation).
    public var isBuiltinName: Bool { self != .unsupportedOperation }
}
