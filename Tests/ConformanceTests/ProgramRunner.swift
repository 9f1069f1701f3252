import Foundation

/// Finds the `anhinga` executable built alongside the tests.
enum AnhingaBinary {
    static let notFoundMessage = "cannot find the anhinga executable next to the test bundle; "
        + "build it (swift build) or set ANHINGA_BINARY"

    /// `ANHINGA_BINARY` if set, else an `anhinga` in the directory of the running
    /// test executable or one of its parents (Linux: `.build/debug/anhinga` beside
    /// `AnhingaPackageTests.xctest`; macOS: outside the bundle).
    static func locate() -> URL? {
        if let override = ProcessInfo.processInfo.environment["ANHINGA_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent("anhinga")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}

/// Runs `anhinga <relativePath>` in a directory, stdin from /dev/null, outputs
/// to temporary files (no pipe can fill up and block), with a time limit.
enum ProgramRunner {
    static let timeLimit: TimeInterval = 30

    static func run(binary: URL, relativePath: String, in directory: URL) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("anhinga-conformance-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = [relativePath]
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        var timedOut = false
        if process.isRunning {
            timedOut = true
            process.terminate()
        }
        process.waitUntilExit()
        try stdoutHandle.close()
        try stderrHandle.close()

        let status: Int32 = process.terminationReason == .uncaughtSignal && !timedOut
            ? -process.terminationStatus : process.terminationStatus
        var stderr = String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self)
        if timedOut { stderr += "\n[conformance runner: killed after \(Int(timeLimit)) s]\n" }
        return Outcome(stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
                       stderr: stderr, exitStatus: status)
    }
}
