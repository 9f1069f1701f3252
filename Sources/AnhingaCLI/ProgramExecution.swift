#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AnhingaCompiler
import AnhingaRuntime
import AnhingaSyntax

/// Runs a checked program in a new interpreter whose streams are the process's
/// and returns the exit status python3 would give: 0, 1 for an uncaught
/// exception (its traceback on stderr), or SystemExit's code.
func executeProgram(_ tree: Mod, table: SymbolTable, source: SourceBuffer, filename: String,
                    arguments: [String], context: ProcessContext) -> Int32 {
    let code: CodeObject
    do {
        code = try compileModule(tree, table: table, filename: filename)
    } catch {
        context.stderr.write("anhinga: internal compiler error: \(error.message)\n")
        return 1
    }
    let runtime = Runtime(standardOutput: SinkOutput(context.stdout), standardError: SinkOutput(context.stderr),
                          standardInput: DescriptorInput(context), fileSystem: PosixFileSystem())
    runtime.setNativeStack(size: frontEndStackSize)
    runtime.argv = arguments
    runtime.refreshArgv()
    // CPython's tracebacks show no source for `-c` and standard input (linecache cannot read them).
    if !filename.hasPrefix("<") { runtime.registerSource(filename: filename, bytes: source.bytes) }
    let globals = runtime.makeMainModule(filename: filename)
    let status: Int32
    do {
        _ = try runtime.runModuleCode(runtime.load(code), globals: globals)
        status = 0
    } catch {
        status = reportUncaught(error, runtime: runtime, context: context)
    }
    runtime.finalizeMainModule(globals)
    return status
}

/// What python3 does with an exception that reached the top: SystemExit
/// becomes the exit status, anything else is printed with its traceback.
func reportUncaught(_ error: PythonError, runtime: Runtime, context: ProcessContext) -> Int32 {
    let exception = error.exception(in: runtime)
    context.stdout.flush()
    if exception.kind == .systemExit {
        let code = runtime.exitCode(of: exception)
        if let message = code.message { context.stderr.write(message + "\n") }
        return code.status
    }
    context.stderr.write(runtime.formatUncaught(exception))
    return 1
}

/// A `TextOutput` over the driver's buffered output sink.
final class SinkOutput: TextOutput {
    let sink: OutputSink
    init(_ sink: OutputSink) { self.sink = sink }
    func write(_ text: String) { sink.write(text) }
    func flush() { sink.flush() }
}

/// Standard input read a line at a time (so `input()` works on a terminal or a pipe).
final class DescriptorInput: TextInput {
    private let context: ProcessContext
    private var buffer: [UInt8] = []
    private var exhausted = false

    init(_ context: ProcessContext) { self.context = context }

    func readLine() -> String {
        while !exhausted, !buffer.contains(0x0A) { fill() }
        let end = buffer.firstIndex(of: 0x0A).map { $0 + 1 } ?? buffer.count
        let line = Array(buffer[..<end])
        buffer.removeFirst(end)
        return String(decoding: line, as: UTF8.self)
    }

    func readAll() -> String {
        while !exhausted { fill() }
        let text = String(decoding: buffer, as: UTF8.self)
        buffer = []
        return text
    }

    private func fill() {
        if let injected = context.standardInputBytes {
            buffer += injected()
            exhausted = true
            return
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer += chunk[0..<count]
        } else if count < 0 && errno == EINTR {
            return
        } else {
            exhausted = true
        }
    }
}
