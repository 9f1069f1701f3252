#if canImport(Glibc)
import Glibc
#endif

/// Everything the driver needs from its process, so it can run in a test
/// with captured streams as well as in the real executable.
struct ProcessContext {
    var stdout: OutputSink
    var stderr: OutputSink
    /// Reads all of standard input.
    var readStandardInput: () -> [UInt8]
    var standardInputIsTerminal: Bool
    /// For tests: what `input()` reads, instead of descriptor 0.
    var standardInputBytes: (() -> [UInt8])?
    /// The working directory, for making script paths absolute as CPython does.
    var currentDirectory: String

    /// The real process: descriptors 0, 1 and 2 and the actual working directory.
    static func current() -> ProcessContext {
        ProcessContext(stdout: OutputSink(fileDescriptor: 1),
                       stderr: OutputSink(fileDescriptor: 2),
                       readStandardInput: { readAll(fileDescriptor: 0) },
                       standardInputIsTerminal: isatty(0) == 1, standardInputBytes: nil,
                       currentDirectory: workingDirectory())
    }

    /// Captured output, the given standard input, and a fixed working directory.
    static func captured(stdin: [UInt8] = [], currentDirectory: String) -> ProcessContext {
        ProcessContext(stdout: OutputSink(), stderr: OutputSink(), readStandardInput: { stdin },
                       standardInputIsTerminal: false, standardInputBytes: { stdin }, currentDirectory: currentDirectory)
    }
}

/// The working directory ("" if it cannot be determined, e.g. it was deleted).
private func workingDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Reads a descriptor to its end (stops at the first read error).
func readAll(fileDescriptor: Int32) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { buffer in
            read(fileDescriptor, buffer.baseAddress, buffer.count)
        }
        if count > 0 {
            result.append(contentsOf: chunk[0..<count])
        } else if count < 0 && errno == EINTR {
            continue
        } else {
            return result
        }
    }
}

/// Why a file could not be read: the errno and its text, as Python shows them
/// (`[Errno 2] No such file or directory`).
struct FileReadError: Error {
    var errno: Int32
    var description: String { "[Errno \(errno)] \(String(cString: strerror(errno)))" }
}

/// Reads a whole file. A directory is reported as EISDIR (reading one fails so).
func readFile(atPath path: String) -> Result<[UInt8], FileReadError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(FileReadError(errno: errno)) }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
        return .failure(FileReadError(errno: EISDIR))
    }
    return .success(readAll(fileDescriptor: descriptor))
}

/// The path CPython 3.9+ reports for a script: the working directory joined
/// to a relative path, without normalising `.` or `..`.
func absoluteScriptPath(_ path: String, currentDirectory: String) -> String {
    if path.hasPrefix("/") || currentDirectory.isEmpty { return path }
    return currentDirectory.hasSuffix("/") ? currentDirectory + path : currentDirectory + "/" + path
}

/// EISDIR, for code that does not import the C library itself.
let EISDIRValue = EISDIR
