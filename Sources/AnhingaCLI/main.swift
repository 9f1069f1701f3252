import AnhingaSyntax
import Foundation

// TEMPORARY harness while the real CLI is written on its branch.
var failures = 0
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    do {
        let source = try SourceBuffer(bytes: [UInt8](data), filename: path)
        _ = try parse(source, mode: .exec, typeComments: true)
        print("OK \(path)")
    } catch {
        failures += 1
        print("ERR \(path): \(error.kind.rawValue): \(error.message) (\(error.lineno):\(error.offset))")
    }
}
