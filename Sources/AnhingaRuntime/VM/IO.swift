#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a stream of text goes (`sys.stdout`, `sys.stderr`). The host decides:
/// a file descriptor, memory, nowhere (brief decision 10).
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    func flush()
}

/// Where `input()` and `sys.stdin` read from.
public protocol TextInput: AnyObject {
    /// The next line with its newline, "" at the end of input.
    func readLine() -> String
    /// Everything left.
    func readAll() -> String
}

/// What `open()` may touch. A host that refuses files supplies `NoFileSystem`.
public protocol FileSystemAccess: AnyObject {
    func read(path: String) throws(PythonError) -> [UInt8]
    func write(path: String, bytes: [UInt8], append: Bool) throws(PythonError)
}

public final class DiscardingOutput: TextOutput {
    public init() {}
    public func write(_ text: String) {}
    public func flush() {}
}

/// Keeps everything written, for tests and hosts that collect output.
public final class CapturingOutput: TextOutput {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
    public func flush() {}
}

public final class EmptyInput: TextInput {
    public init() {}
    public func readLine() -> String { "" }
    public func readAll() -> String { "" }
}

/// Input from a string given in advance.
public final class StringInput: TextInput {
    private var remaining: Substring
    public init(_ text: String) { remaining = Substring(text) }
    public func readLine() -> String {
        guard let newline = remaining.firstIndex(of: "\n") else {
            let line = String(remaining)
            remaining = ""
            return line
        }
        let line = String(remaining[...newline])
        remaining = remaining[remaining.index(after: newline)...]
        return line
    }
    public func readAll() -> String {
        let text = String(remaining)
        remaining = ""
        return text
    }
}

public final class NoFileSystem: FileSystemAccess {
    public init() {}
    public func read(path: String) throws(PythonError) -> [UInt8] {
        throw PythonError(.permissionError, "[Errno 13] Permission denied: '\(path)'")
    }
    public func write(path: String, bytes: [UInt8], append: Bool) throws(PythonError) {
        throw PythonError(.permissionError, "[Errno 13] Permission denied: '\(path)'")
    }
}

/// The real file system, through the C library.
public final class PosixFileSystem: FileSystemAccess {
    public init() {}

    public func read(path: String) throws(PythonError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Self.error(errno, path) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw Self.error(EISDIR, path)
        }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { cRead(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                result.append(contentsOf: chunk[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }

    public func write(path: String, bytes: [UInt8], append: Bool) throws(PythonError) {
        let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw Self.error(errno, path) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                cWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else {
                throw Self.error(errno, path)
            }
        }
    }

    /// `FileNotFoundError: [Errno 2] No such file or directory: 'x'`, with the subclass errno selects.
    static func error(_ code: Int32, _ path: String) -> PythonError {
        let kind: ExceptionKind
        switch code {
        case ENOENT: kind = .fileNotFoundError
        case EISDIR: kind = .isADirectoryError
        case ENOTDIR: kind = .notADirectoryError
        case EACCES, EPERM: kind = .permissionError
        case EEXIST: kind = .fileExistsError
        default: kind = .osError
        }
        let text = String(cString: strerror(code))
        return PythonError(kind, "[Errno \(code)] \(text): '\(path)'")
    }
}

/// The C library's `read` and `write`, under names the methods above do not shadow.
private func cRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func cWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
