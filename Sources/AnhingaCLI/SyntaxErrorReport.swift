import AnhingaSyntax

/// How the text of the offending line reached CPython, which changes the caret
/// arithmetic slightly: for a script file the line is re-read with its line
/// ending, for `-c` and standard input it comes without one.
enum ErrorLineSource: Sendable {
    case scriptFile
    case stringOrStdin
}

/// The text `python3` prints on stderr when a program fails to compile with
/// `error`, e.g.
///
///       File "/abs/path/x.py", line 2
///         if x
///             ^
///     SyntaxError: expected ':'
///
/// The rules, observed from CPython 3.11 (`python3 FILE`, `-c`, stdin):
/// - Without a location (`lineno` 0, e.g. decoding errors) only `Kind: message`
///   is printed; MemoryError from the parser has no message at all.
/// - The source line is printed with leading spaces, tabs and form feeds removed,
///   indented by four spaces.
/// - Offsets are 1-based characters. The caret line repeats `^` from `offset`
///   up to `endOffset` (at least one; always one for IndentationError and
///   TabError), shifted left by the removed whitespace; no caret line when
///   the start falls left of the printed text.
/// - A range that ends on a later line is drawn to the end of the first line
///   (the line length here counts UTF-8 bytes and, for files, the newline, as
///   CPython does), and `endOffset` is clipped to that length + 1.
/// - A start beyond the line is clipped to the line's end; a tab counts as one
///   column (so carets after a tab are shifted exactly as CPython's are).
/// - A text of several lines is printed from the line the start falls in.
/// Tests/AnhingaCLITests/SyntaxErrorReportRecorded.swift checks these rules
/// against CPython's own printer on thousands of generated errors.
func syntaxErrorReport(_ error: SyntaxError, filename: String, lineSource: ErrorLineSource) -> String {
    if error.lineno <= 0 || error.kind == .memoryError || error.kind == .recursionError {
        return error.message.isEmpty ? "\(error.kind.rawValue)\n" : "\(error.kind.rawValue): \(error.message)\n"
    }
    var report = "  File \"\(filename)\", line \(error.lineno)\n"
    if let text = error.text {
        report += sourceLineWithCarets(text: text, error: error, lineSource: lineSource)
    }
    report += "\(error.kind.rawValue): \(error.message)\n"
    return report
}

/// The indented source line and, when it applies, the caret line below it.
private func sourceLineWithCarets(text: String, error: SyntaxError, lineSource: ErrorLineSource) -> String {
    var line = Array(text.utf8)
    if lineSource == .scriptFile, line.last != newline { line.append(newline) }

    var endOffset = error.endOffset
    if error.endLineno > error.lineno { endOffset = line.count }
    endOffset = min(endOffset, line.count + 1)
    // IndentationError and TabError always get a single caret.
    let caretCount = error.kind == .syntaxError && endOffset > 0 && endOffset > error.offset
        ? endOffset - error.offset : 1

    // Work 0-based from here, relative to the first printed byte.
    var column = error.offset - 1
    var start = 0
    while start < line.count, line[start] == space || line[start] == tab || line[start] == formFeed {
        start += 1
        column -= 1
    }
    var length = line.count - start
    if length > 0, line[line.count - 1] == newline { length -= 1 }
    column = min(column, length)

    // A text of several lines: print from the line the column falls in.
    while let newlineIndex = line[start...].firstIndex(of: newline), newlineIndex - start < column {
        let skipped = newlineIndex - start + 1
        start += skipped
        length -= skipped
        column -= skipped
    }

    var out = "    " + String(decoding: line[start...], as: UTF8.self)
    let endIndex = start + length
    if !(endIndex >= 0 && endIndex < line.count && line[endIndex] == newline) { out += "\n" }
    guard column >= 0 else { return out }
    out += "    " + String(repeating: " ", count: column) + String(repeating: "^", count: caretCount) + "\n"
    return out
}

private let newline = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let formFeed: UInt8 = 0x0C
