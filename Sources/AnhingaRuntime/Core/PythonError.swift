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

/// A minimal exception object: its type and its `args`. The full hierarchy with
/// attributes (`__traceback__`, `__cause__`, ...) comes with the evaluation loop.
public final class PyBaseException: PyObject {
    /// The nearest builtin kind (a user subclass reports its builtin base).
    public let kind: ExceptionKind
    public private(set) var args: [Value]

    init(type: PyType, kind: ExceptionKind, args: [Value]) {
        self.kind = kind
        self.args = args
        super.init(type: type)
    }

    /// `str(exception)`: empty for no args, the one arg's `str`, else the tuple's repr.
    func messageText(in runtime: Runtime) -> String {
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
    }

    public override func moveReferences(into references: inout [PyObject]) {
        for case .object(let object) in args { references.append(object) }
        args = []
    }

    deinit {
        Trashcan.releaseChildren(&args)
    }
}

/// The builtin exception classes the runtime raises itself, with their bases
/// (the part of CPython's hierarchy native code needs so far).
public enum ExceptionKind: Int, CaseIterable, Sendable {
    case baseException, exception, arithmeticError, zeroDivisionError, overflowError
    case lookupError, indexError, keyError, typeError, valueError, unicodeError
    case attributeError, nameError, runtimeError, recursionError, notImplementedError
    case stopIteration, memoryError, assertionError, systemExit, keyboardInterrupt

    public var name: String {
        switch self {
        case .baseException: return "BaseException"
        case .exception: return "Exception"
        case .arithmeticError: return "ArithmeticError"
        case .zeroDivisionError: return "ZeroDivisionError"
        case .overflowError: return "OverflowError"
        case .lookupError: return "LookupError"
        case .indexError: return "IndexError"
        case .keyError: return "KeyError"
        case .typeError: return "TypeError"
        case .valueError: return "ValueError"
        case .unicodeError: return "UnicodeError"
        case .attributeError: return "AttributeError"
        case .nameError: return "NameError"
        case .runtimeError: return "RuntimeError"
        case .recursionError: return "RecursionError"
        case .notImplementedError: return "NotImplementedError"
        case .stopIteration: return "StopIteration"
        case .memoryError: return "MemoryError"
        case .assertionError: return "AssertionError"
        case .systemExit: return "SystemExit"
        case .keyboardInterrupt: return "KeyboardInterrupt"
        }
    }

    /// The base class (declared before this case, so types can be made in order).
    public var base: ExceptionKind? {
        switch self {
        case .baseException: return nil
        case .exception, .systemExit, .keyboardInterrupt: return .baseException
        case .arithmeticError, .lookupError, .typeError, .valueError, .attributeError, .nameError,
             .runtimeError, .stopIteration, .memoryError, .assertionError:
            return .exception
        case .zeroDivisionError, .overflowError: return .arithmeticError
        case .indexError, .keyError: return .lookupError
        case .unicodeError: return .valueError
        case .recursionError, .notImplementedError: return .runtimeError
        }
    }
}
