import Foundation

/// What a program did: its outputs (bytes as text) and exit status
/// (negative: killed by that signal, as Python's subprocess reports it).
struct Outcome: Equatable {
    var stdout: String
    var stderr: String
    var exitStatus: Int32
}

/// A conformance program, named by its path relative to the repository root.
struct Program {
    var url: URL
    var relativePath: String
}

/// The files of Tests/Conformance/ and how to read them (format: see
/// Scripts/record_conformance.py, which writes them).
enum Corpus {
    /// The repository checkout this test file belongs to.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ConformanceTests/
        .deletingLastPathComponent()  // Tests/
        .deletingLastPathComponent()

    /// Recorded outputs say `{{REPO}}` where CPython printed the absolute path of
    /// the checkout (it makes script paths absolute), so they hold on any machine.
    static let repositoryPlaceholder = "{{REPO}}"

    static func programs(under directory: URL) throws -> [Program] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        let rootPath = repositoryRoot.standardizedFileURL.path + "/"
        var programs: [Program] = []
        for case let url as URL in walker where url.pathExtension == "py" {
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
            programs.append(Program(url: url, relativePath: relative))
        }
        return programs.sorted { $0.relativePath < $1.relativePath }
    }

    /// The relative paths listed in expected_failures.txt (`#` starts a comment).
    static func expectedFailures(at url: URL) throws -> Set<String> {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text = try String(contentsOf: url, encoding: .utf8)
        var paths: Set<String> = []
        for line in text.split(separator: "\n") {
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { paths.insert(trimmed) }
        }
        return paths
    }

    static func expectedOutcome(of program: Program) throws -> Outcome {
        let base = program.url.deletingPathExtension()
        func read(_ suffix: String) throws -> String {
            let url = base.appendingPathExtension(suffix)
            guard FileManager.default.fileExists(atPath: url.path) else { return "" }
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            return text.replacingOccurrences(of: repositoryPlaceholder, with: repositoryRoot.path)
        }
        let statusText = try read("exitcode").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status = Int32(statusText) else {
            throw CorpusError.missingExitCode(program.relativePath)
        }
        return Outcome(stdout: try read("stdout"), stderr: try read("stderr"), exitStatus: status)
    }
}

enum CorpusError: Error, CustomStringConvertible {
    case missingExitCode(String)

    var description: String {
        switch self {
        case .missingExitCode(let path):
            return "\(path) has no .exitcode file: run Scripts/record_conformance.py \(path)"
        }
    }
}
