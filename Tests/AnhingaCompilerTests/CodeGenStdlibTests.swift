import Foundation
import XCTest
import AnhingaSyntax
@testable import AnhingaCompiler

/// Compiles every file of a Python standard library (opt-in: set
/// ANHINGA_STDLIB_DIR to its path, e.g. the output of
/// `python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])"`).
/// Files the front end rejects are skipped (the front end's own tests compare
/// those with CPython). A file that fails with an internal compiler error, or
/// whose code objects fail `verifyCodeObject`, fails the test; constructs not
/// compiled yet are counted and printed.
final class CodeGenStdlibTests: XCTestCase {
    func testWholeStandardLibraryCompiles() throws {
        guard let root = ProcessInfo.processInfo.environment["ANHINGA_STDLIB_DIR"] else {
            throw XCTSkip("set ANHINGA_STDLIB_DIR to run")
        }
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".py"), !relative.contains("site-packages/") { paths.append(root + "/" + relative) }
        }
        paths.sort()
        let files = paths
        let tally = Tally()
        let done = DispatchSemaphore(value: 0)
        // The parser and compiler recurse with the source's nesting: give them a large stack, as the CLI does.
        let thread = Thread {
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let mod: Mod, table: SymbolTable
                do {
                    let buffer = try SourceBuffer(bytes: [UInt8](data), filename: path)
                    mod = try parse(buffer, mode: .exec)
                    table = try checkProgram(mod, source: buffer)
                } catch {
                    tally.rejected += 1
                    continue
                }
                do {
                    let code = try compileModule(mod, table: table, filename: path)
                    let problems = allCodeObjects(code).flatMap(verifyCodeObject)
                    if problems.isEmpty {
                        tally.compiled += 1
                    } else {
                        tally.failures.append("\(path): \(problems[0])")
                    }
                } catch let error as CompilerError {
                    if error.message.hasPrefix("not compiled yet") {
                        tally.unsupported[error.message, default: 0] += 1
                    } else {
                        tally.failures.append("\(path): \(error)")
                    }
                } catch {
                    tally.failures.append("\(path): \(error)")
                }
            }
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()
        print("stdlib codegen: \(tally.compiled) compiled, \(tally.rejected) rejected by the front end, "
              + "\(tally.unsupported.values.reduce(0, +)) with constructs not compiled yet \(tally.unsupported), "
              + "\(tally.failures.count) failures")
        XCTAssertEqual(tally.failures, [])
    }
}

/// Counts kept by the worker thread; read only after it has signalled.
private final class Tally: @unchecked Sendable {
    var compiled = 0
    var rejected = 0
    var unsupported: [String: Int] = [:]
    var failures: [String] = []
}
