#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])` as CPython
/// makes it: `OSError` itself picks the subclass the errno names
/// (`OSError(2, …)` is a FileNotFoundError), `args` keeps only errno and
/// strerror, the parts are attributes, and the str is `[Errno 2] text: 'name'`.
extension Runtime {
    /// The subclass `OSError(errno, …)` makes, for the errnos CPython maps.
    func osErrorSubclass(errno code: Int) -> ExceptionKind? {
        switch Int32(truncatingIfNeeded: code) {
        case EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS: return .blockingIOError
        case ECHILD: return .childProcessError
        case EPIPE, ESHUTDOWN: return .brokenPipeError
        case ECONNABORTED: return .connectionAbortedError
        case ECONNREFUSED: return .connectionRefusedError
        case ECONNRESET: return .connectionResetError
        case EEXIST: return .fileExistsError
        case ENOENT: return .fileNotFoundError
        case EISDIR: return .isADirectoryError
        case ENOTDIR: return .notADirectoryError
        case EINTR: return .interruptedError
        case EACCES, EPERM: return .permissionError
        case ESRCH: return .processLookupError
        case ETIMEDOUT: return .timeoutError
        default: return nil
        }
    }

    /// The OSError made by calling `type` with `positional` (2 to 5 of them give the parts).
    func makeOSError(_ type: PyType, _ positional: [Value]) -> PyBaseException {
        var type = type
        if type === types.exceptionType(.osError), positional.count >= 2, case .int(let code) = positional[0],
           let subclass = osErrorSubclass(errno: code) {
            type = types.exceptionType(subclass)
        }
        let kind = builtinExceptionKind(type)
        guard (2...5).contains(positional.count) else { return PyBaseException(type: type, kind: kind, args: positional) }
        let exception = PyBaseException(type: type, kind: kind, args: Array(positional.prefix(2)))
        exception.setAttribute("errno", positional[0], self)
        exception.setAttribute("strerror", positional[1], self)
        if positional.count > 2 { exception.setAttribute("filename", positional[2], self) }
        if positional.count > 4 { exception.setAttribute("filename2", positional[4], self) }
        return exception
    }

    /// `errno`, `strerror`, `filename`, `filename2`: None until set.
    func installOSErrorAttributes() {
        let osError = types.exceptionType(.osError)
        for name in ["errno", "strerror", "filename", "filename2"] {
            defineAttribute(osError, name, get: { (rt, value) throws(PythonError) -> Value in
                (value.object as? PyBaseException)?.attribute(name, rt) ?? .none
            }, set: { (rt, value, newValue) throws(PythonError) in
                (value.object as? PyBaseException)?.setAttribute(name, newValue, rt)
            }, delete: { (rt, value) throws(PythonError) in
                (value.object as? PyBaseException)?.setAttribute(name, .none, rt)
            })
        }
    }
}

extension PyBaseException {
    /// `[Errno 2] No such file: 'name'` when errno and strerror are set, nil otherwise.
    func osErrorText(in runtime: Runtime) -> String? {
        guard type.isSubtype(of: runtime.types.exceptionType(.osError)),
              let code = attribute("errno", runtime), !code.isIdentical(to: .none),
              let message = attribute("strerror", runtime), !message.isIdentical(to: .none),
              let codeText = try? runtime.str(code).string, let messageText = try? runtime.str(message).string else { return nil }
        var text = "[Errno \(codeText)] \(messageText)"
        if let filename = attribute("filename", runtime), !filename.isIdentical(to: .none),
           let name = try? runtime.repr(filename).string {
            text += ": " + name
            if let second = attribute("filename2", runtime), !second.isIdentical(to: .none),
               let secondName = try? runtime.repr(second).string {
                text += " -> " + secondName
            }
        }
        return text
    }
}
