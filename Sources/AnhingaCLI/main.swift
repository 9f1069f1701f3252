import AnhingaSyntax
import Foundation

// TEMPORARY harness while the real CLI is written on its branch.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--ast" {
    for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        do {
            let source = try SourceBuffer(bytes: [UInt8](data), filename: path)
            let tree = try parse(source, mode: .exec, typeComments: true)
            print(dumpAST(tree, includeAttributes: true, indent: 3))
        } catch {
            print("ERR \(path): \(error.kind.rawValue): \(error.message) (\(error.lineno):\(error.offset))")
        }
    }
} else {
    for path in arguments {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        do {
            let source = try SourceBuffer(bytes: [UInt8](data), filename: path)
            _ = try parse(source, mode: .exec, typeComments: true)
            print("OK \(path)")
        } catch {
            print("ERR \(path): \(error.kind.rawValue): \(error.message) (\(error.lineno):\(error.offset))")
        }
    }
}
