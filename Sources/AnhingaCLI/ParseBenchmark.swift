import AnhingaSyntax

/// Hidden `--parse-bench [--files-from LIST] FILE...`: reads every file first,
/// then times decoding, tokenizing and parsing them all in this one process,
/// and prints one line per measure (what bench/parse_stdlib compares with
/// CPython's `ast.parse`). Files that fail to parse still count (CPython's
/// parser does the same work on them); their number is printed.
func runParseBenchmark(paths: [String], fileList: String?, context: ProcessContext) -> Int32 {
    var allPaths = paths
    if let fileList {
        guard case .success(let listing) = readFile(atPath: fileList) else {
            context.stderr.write("anhinga --parse-bench: cannot read \(fileList)\n")
            return 2
        }
        allPaths += String(decoding: listing, as: UTF8.self).split(separator: "\n").map(String.init)
    }
    var sources: [(path: String, bytes: [UInt8])] = []
    var lines = 0
    var byteCount = 0
    for path in allPaths {
        guard case .success(let bytes) = readFile(atPath: path) else {
            context.stderr.write("anhinga --parse-bench: cannot read \(path)\n")
            return 2
        }
        lines += bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        byteCount += bytes.count
        sources.append((path, bytes))
    }

    var failures = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for source in sources {
            do {
                let buffer = try SourceBuffer(bytes: source.bytes, filename: source.path)
                _ = try parse(buffer, mode: .exec, typeComments: false)
            } catch {
                failures += 1
            }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    context.stdout.write("files \(sources.count)\n")
    context.stdout.write("failed \(failures)\n")
    context.stdout.write("lines \(lines)\n")
    context.stdout.write("bytes \(byteCount)\n")
    context.stdout.write("seconds \(seconds)\n")
    context.stdout.write("lines_per_second \(seconds > 0 ? Int(Double(lines) / seconds) : 0)\n")
    return 0
}
