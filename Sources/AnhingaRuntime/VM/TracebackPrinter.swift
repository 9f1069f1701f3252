import AnhingaSyntax

/// The text CPython 3.11 prints for an uncaught exception: the chain of
/// causes and contexts, each traceback with its source lines and the
/// `^^^^`/`~~^~~` markers, the "Did you mean" hints, notes, and exception
/// groups drawn as a tree of boxes.
extension Runtime {
    public func formatUncaught(_ exception: PyBaseException) -> String {
        var report = ExceptionReport()
        formatRecursive(exception, into: &report)
        return report.text
    }

    /// The exceptions `exception` was raised from (its cause, or the context it was
    /// raised in), then the exception itself; each exception is shown once.
    private func formatRecursive(_ exception: PyBaseException, into report: inout ExceptionReport) {
        report.seen.insert(ObjectIdentifier(exception))
        if let cause = exception.cause {
            if !report.seen.contains(ObjectIdentifier(cause)) {
                formatChained(cause, "The above exception was the direct cause of the following exception:", into: &report)
            }
        } else if let context = exception.context, !exception.suppressContext, !report.seen.contains(ObjectIdentifier(context)) {
            formatChained(context, "During handling of the above exception, another exception occurred:", into: &report)
        }
        if exception.group != nil {
            formatGroup(exception, into: &report)
        } else {
            formatSingle(exception, into: &report)
        }
    }

    private func formatChained(_ exception: PyBaseException, _ message: String, into report: inout ExceptionReport) {
        let needsClose = report.needsClose
        formatRecursive(exception, into: &report)
        report.needsClose = needsClose
        report.text += report.prefix + "\n" + report.prefix + message + "\n" + report.prefix + "\n"
    }

    /// One exception: its traceback, its `Type: message` line and its notes.
    private func formatSingle(_ exception: PyBaseException, into report: inout ExceptionReport) {
        if !exception.traceback.isEmpty {
            let isGroup = exception.group != nil
            let headerMargin = isGroup && report.depth == 1 ? "+ " : report.margin
            report.text += report.indent + headerMargin
                + (isGroup ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n")
            report.text += formatTracebackEntries(exception.traceback.reversed(), prefix: report.prefix)
        }
        report.text += formatExceptionOnly(exception, margin: report.prefix)
        formatNotes(exception, into: &report)
    }

    /// A group: itself, then each sub-exception in a numbered box, nested groups
    /// indented; at most `maxGroupWidth` members and `maxGroupDepth` levels are shown.
    private func formatGroup(_ exception: PyBaseException, into report: inout ExceptionReport) {
        if report.depth > ExceptionReport.maxGroupDepth {
            report.text += report.prefix + "... (max_group_depth is \(ExceptionReport.maxGroupDepth))\n"
            return
        }
        let outermost = report.depth == 0
        if outermost { report.depth = 1 }
        formatSingle(exception, into: &report)
        let members = (exception.group?.exceptions.items ?? []).compactMap { $0.object as? PyBaseException }
        let width = ExceptionReport.maxGroupWidth
        let shown = members.count > width ? width + 1 : members.count
        report.needsClose = false
        for index in 0..<shown {
            let last = index == shown - 1
            // A nested group that is the last member draws the closing line itself.
            if last { report.needsClose = true }
            let truncated = index >= width
            report.text += report.indent + (index == 0 ? "+-" : "  ")
                + (truncated ? "+---------------- ... ----------------\n" : "+---------------- \(index + 1) ----------------\n")
            report.depth += 1
            if truncated {
                let remaining = members.count - width
                report.text += report.prefix + "and \(remaining) more exception\(remaining > 1 ? "s" : "")\n"
            } else {
                formatRecursive(members[index], into: &report)
            }
            if last && report.needsClose {
                report.text += report.indent + "+------------------------------------\n"
                report.needsClose = false
            }
            report.depth -= 1
        }
        if outermost { report.depth = 0 }
    }

    /// `__notes__`, each note's lines behind the margin (a `__notes__` that is not a
    /// sequence is shown by its repr).
    private func formatNotes(_ exception: PyBaseException, into report: inout ExceptionReport) {
        guard let notes = try? getAttribute(.object(exception), intern("__notes__")) else { return }
        guard isSequence(notes) else {
            // CPython 3.11 ends this line without a newline; so does Anhinga, to print the same.
            report.text += report.prefix + ((try? repr(notes).string) ?? "<__notes__ repr() failed>")
            return
        }
        for note in (try? collect(notes)) ?? [] {
            if let text = try? str(note),
               let lines = try? collect(try callValues(getAttribute(.object(text), intern("splitlines")), [.bool(true)])) {
                for case .object(let line as PyStr) in lines { report.text += report.prefix + line.string }
            } else {
                report.text += "<note str() failed>"
            }
            report.text += "\n"
        }
    }

    /// The entries of a traceback, outermost first, with runs of the same line
    /// collapsed after three as CPython does (the lines, without the header), each
    /// line behind `prefix` (the "[Previous line repeated …]" lines never are, as in CPython).
    func formatTracebackEntries(_ entries: [TracebackEntry], prefix: String = "") -> String {
        guard !entries.isEmpty else { return "" }
        var text = ""
        let shown = entries.count > 1000 ? Array(entries.suffix(1000)) : entries
        var last: (file: String, line: Int, name: String)?
        var count = 0
        func flushRepeats() {
            if count > 3 {
                let more = count - 3
                text += "  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n"
            }
        }
        for entry in shown {
            let code = entry.code.code
            let line = entry.line
            if last == nil || last?.file != code.filename || last?.line != line || last?.name != code.name {
                flushRepeats()
                last = (code.filename, line, code.name)
                count = 0
            }
            count += 1
            if count <= 3 { text += Self.prefixed(formatEntry(entry), prefix) }
        }
        flushRepeats()
        return text
    }

    private func formatEntry(_ entry: TracebackEntry) -> String {
        let code = entry.code.code
        var text = "  File \"\(code.filename)\", line \(entry.line), in \(code.name)\n"
        guard let lineBytes = sourceLine(code.filename, entry.line) else { return text }
        let line = String(decoding: lineBytes, as: UTF8.self)
        let characters = Array(line.unicodeScalars)
        var leading = 0
        while leading < characters.count, characters[leading] == " " || characters[leading] == "\t" || characters[leading] == "\u{0C}" {
            leading += 1
        }
        var trailing = characters.count
        while trailing > leading, characters[trailing - 1] == " " || characters[trailing - 1] == "\t"
                || characters[trailing - 1] == "\n" || characters[trailing - 1] == "\r" || characters[trailing - 1] == "\u{0C}" {
            trailing -= 1
        }
        if leading >= trailing { return text }
        text += "    " + String(String.UnicodeScalarView(characters[leading..<trailing])) + "\n"
        text += caretLine(entry, lineBytes: lineBytes, characters: characters, leading: leading, strippedEnd: trailing)
        return text
    }

    /// The marker line under a traceback's source line, or "" when the failing
    /// range is the whole line (or unknown).
    private func caretLine(_ entry: TracebackEntry, lineBytes: [UInt8], characters: [Unicode.Scalar],
                           leading: Int, strippedEnd: Int) -> String {
        let positions = entry.code.code.positions
        guard entry.instruction >= 0 && entry.instruction < positions.count else { return "" }
        let position = positions[entry.instruction]
        guard position.line > 0, position.column >= 0, position.endColumn >= 0, position.endLine >= position.line else { return "" }
        func characterOffset(_ byteOffset: Int) -> Int {
            let prefix = lineBytes.prefix(max(0, byteOffset))
            return String(decoding: prefix, as: UTF8.self).unicodeScalars.count
        }
        let start = characterOffset(Int(position.column))
        var end = characterOffset(Int(position.endColumn))
        var leftEnd = -1
        var rightStart = -1
        var primary: Character = "^"
        var secondary: Character = "^"
        if position.line == position.endLine {
            if start < end, end <= characters.count,
               let anchors = caretAnchors(String(String.UnicodeScalarView(characters[start..<end]))) {
                leftEnd = anchors.leftEnd + start
                rightStart = anchors.rightStart + start
                primary = "~"
                secondary = "^"
            }
        } else {
            end = strippedEnd
        }
        let hasSecondary = leftEnd != -1 || rightStart != -1
        if end - start == strippedEnd - leading && !hasSecondary { return "" }
        var text = "    "
        var offset = leading
        while offset < end {
            offset += 1
            if offset <= start {
                text.append(" ")
            } else if hasSecondary && leftEnd < offset && offset <= rightStart {
                text.append(secondary)
            } else {
                text.append(primary)
            }
        }
        return text + "\n"
    }

    /// For a segment that is one binary operation or subscript: where its
    /// operator (or `[…]`) starts and ends, in characters of the segment.
    private func caretAnchors(_ segment: String) -> (leftEnd: Int, rightStart: Int)? {
        let source = SourceBuffer(string: segment, filename: "<string>")
        guard let tree = try? parse(source, mode: .exec), case .module(let body, _) = tree, body.count == 1,
              case .expr(let value) = body[0].kind else { return nil }
        let bytes = Array(segment.utf8)
        func characters(_ byteOffset: Int) -> Int {
            String(decoding: bytes.prefix(max(0, byteOffset)), as: UTF8.self).unicodeScalars.count
        }
        switch value.kind {
        case .binOp(let left, _, let right):
            var index = Int(left.range.endColOffset)
            let limit = Int(right.range.colOffset)
            while index < limit {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0A || byte == 0x0D || byte == 0x5C {
                    index += 1
                    continue
                }
                var rightAnchor = index + 1
                if index + 1 < limit {
                    let next = bytes[index + 1]
                    if !(next == 0x20 || next == 0x09 || next == 0x0C || next == 0x0A || next == 0x0D || next == 0x5C) {
                        rightAnchor += 1
                    }
                }
                return (characters(index), characters(rightAnchor))
            }
            return nil
        case .subscript(let container, let slice, _):
            return (characters(Int(container.range.endColOffset)), characters(Int(slice.range.endColOffset) + 1))
        default:
            return nil
        }
    }

    /// A line of a source file (1-based), from the registered program text or the file system.
    func sourceLine(_ filename: String, _ line: Int) -> [UInt8]? {
        if sourceLines[filename] == nil {
            guard !filename.hasPrefix("<"), let bytes = try? fileSystem.read(path: filename) else { return nil }
            registerSource(filename: filename, bytes: bytes)
        }
        guard let lines = sourceLines[filename], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }

    /// Makes a program's text available to tracebacks.
    public func registerSource(filename: String, bytes: [UInt8]) {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            current.append(byte)
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                lines.append(current)
                current = []
            }
            index += 1
        }
        if !current.isEmpty { lines.append(current) }
        sourceLines[filename] = lines
    }

    /// The last line: `TypeError: message`, with the "Did you mean" hint; `margin`
    /// goes before it (and before a SyntaxError's location line), inside a group.
    public func formatExceptionOnly(_ exception: PyBaseException, margin: String = "") -> String {
        let type = exception.type
        var name = type.qualname
        if type.moduleName != "builtins" && type.moduleName != "__main__" { name = type.moduleName + "." + name }
        if exception.kind == .syntaxError || exception.kind == .indentationError || exception.kind == .tabError,
           !type.isHeapType, let report = syntaxErrorText(exception, name: name, margin: margin) {
            return report
        }
        var message: String
        do throws(PythonError) {
            message = try str(.object(exception)).string
        } catch {
            message = "<exception str() failed>"
        }
        if let hint = suggestion(for: exception) { message += ". Did you mean: '\(hint)'?" }
        return margin + (message.isEmpty ? name + "\n" : name + ": " + message + "\n")
    }

    private func syntaxErrorText(_ exception: PyBaseException, name: String, margin: String) -> String? {
        guard case .int(let lineno)? = exception.attribute("lineno", self),
              let filename = (exception.attribute("filename", self)?.object as? PyStr)?.string,
              let message = (exception.attribute("msg", self)?.object as? PyStr)?.string else { return nil }
        var text = margin + "  File \"\(filename)\", line \(lineno)\n"
        if let line = (exception.attribute("text", self)?.object as? PyStr)?.string,
           case .int(let offset)? = exception.attribute("offset", self) {
            let endOffset: Int
            if case .int(let end)? = exception.attribute("end_offset", self) { endOffset = end } else { endOffset = offset }
            let stripped = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            let removed = line.unicodeScalars.count - stripped.unicodeScalars.count
            var shown = String(stripped)
            while shown.hasSuffix("\n") || shown.hasSuffix("\r") { shown.removeLast() }
            text += "    " + shown + "\n"
            let caretStart = offset - 1 - removed
            if caretStart >= 0 {
                let count = max(1, min(endOffset, shown.unicodeScalars.count + removed + 1) - offset)
                text += "    " + String(repeating: " ", count: caretStart) + String(repeating: "^", count: count) + "\n"
            }
        }
        return text + margin + name + ": " + message + "\n"
    }

    /// CPython's "Did you mean" for NameError and AttributeError.
    private func suggestion(for exception: PyBaseException) -> String? {
        guard exception.kind == .nameError || exception.kind == .attributeError,
              let name = (exception.attribute("name", self)?.object as? PyStr)?.string else { return nil }
        if exception.kind == .attributeError {
            guard let object = exception.attribute("obj", self), let names = try? directory(object) else { return nil }
            return Suggestions.closest(to: name, among: names.items.compactMap { ($0.object as? PyStr)?.string })
        }
        guard exception.kind == .nameError, exception.type === types.exceptionType(.nameError),
              let scope = exception.nameErrorScope else { return nil }
        if let found = Suggestions.closest(to: name, among: scope.varnames.map(\.string)) { return found }
        let globalNames = scope.globals.orderedEntries.compactMap { ($0.key.object as? PyStr)?.string }
        if let found = Suggestions.closest(to: name, among: globalNames) { return found }
        let builtinNames = scope.builtins.orderedEntries.compactMap { ($0.key.object as? PyStr)?.string }
        return Suggestions.closest(to: name, among: builtinNames)
    }
}

/// The edit distance CPython's suggestions use: moves cost 2, a change of case 1.
enum Suggestions {
    static let moveCost = 2
    static let caseCost = 1

    static func closest(to name: String, among candidates: [String]) -> String? {
        if candidates.count >= 750 { return nil }
        let target = Array(name.utf8)
        var best: String?
        var bestDistance = Int.max
        for candidate in candidates where candidate != name {
            let item = Array(candidate.utf8)
            var maxDistance = (target.count + item.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let distance = levenshtein(target, item, maxCost: maxDistance)
            if distance > maxDistance { continue }
            if best == nil || distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a & 31 != b & 31 { return moveCost }
        if a == b { return 0 }
        let lowerA = (a >= 65 && a <= 90) ? a + 32 : a
        let lowerB = (b >= 65 && b <= 90) ? b + 32 : b
        return lowerA == lowerB ? caseCost : moveCost
    }

    static func levenshtein(_ first: [UInt8], _ second: [UInt8], maxCost: Int) -> Int {
        var a = first[...]
        var b = second[...]
        while let x = a.first, let y = b.first, x == y {
            a = a.dropFirst()
            b = b.dropFirst()
        }
        while let x = a.last, let y = b.last, x == y {
            a = a.dropLast()
            b = b.dropLast()
        }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > 40 || b.count > 40 { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aBytes = Array(a)
        var buffer = (0..<aBytes.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bIndex, code) in b.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<aBytes.count {
                let substitute = distance + substitutionCost(code, aBytes[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                buffer[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}

/// The report of an uncaught exception being written: how deep inside groups
/// it is (each level indents by two and puts `| ` before its lines), whether the
/// group being drawn still owes its closing line, and the exceptions shown so far.
struct ExceptionReport {
    static let maxGroupWidth = 15
    static let maxGroupDepth = 10

    var text = ""
    var depth = 0
    var needsClose = false
    var seen = Set<ObjectIdentifier>()

    var indent: String { String(repeating: " ", count: 2 * depth) }
    var margin: String { depth > 0 ? "| " : "" }
    var prefix: String { indent + margin }
}

extension Runtime {
    /// `lines` (each ending in a newline) with `prefix` before each.
    fileprivate static func prefixed(_ lines: String, _ prefix: String) -> String {
        if prefix.isEmpty { return lines }
        var text = ""
        for line in lines.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            text += prefix + line + "\n"
        }
        return text
    }
}
