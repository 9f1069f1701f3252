import AnhingaSyntax

/// The `from __future__ import ...` statements at the top of a module, checked
/// as CPython checks them before anything else after parsing.
public struct FutureFeatures: Sendable, Equatable {
    /// `from __future__ import annotations`: annotations become strings, evaluated in no scope.
    public var annotations = false
    /// `barry_as_FLUFL` (the parser would have to accept `<>` instead of `!=`).
    public var barryAsFLUFL = false
    /// Line of the last future statement at the top (0 when none): any later
    /// `from __future__ import` is "not at the beginning of the file".
    public var lastLine = 0

    /// Every feature name Python 3.11 knows (all but two are no-ops now).
    static let known: Set<String> = ["nested_scopes", "generators", "division", "absolute_import",
                                     "with_statement", "print_function", "unicode_literals",
                                     "barry_as_FLUFL", "generator_stop", "annotations"]

    /// Reads the future statements that begin `mod` (after an optional docstring).
    public static func scan(_ mod: Mod, source: SourceBuffer) throws(SyntaxError) -> FutureFeatures {
        var features = FutureFeatures()
        let body: [Stmt]
        switch mod {
        case .module(let statements, _), .interactive(let statements): body = statements
        case .expression, .functionType: return features
        }
        var index = 0
        if let first = body.first, case .expr(let value) = first.kind,
           case .constant(.str, _) = value.kind {
            index = 1
        }
        var done = false
        var previousLine: Int32 = 0
        while index < body.count {
            let statement = body[index]
            index += 1
            // Only statements on the same line as the first non-future one are still looked at.
            if done && statement.range.lineno > previousLine { break }
            previousLine = statement.range.lineno
            guard case .importFrom(let module, let names, _) = statement.kind, module == "__future__" else {
                done = true
                continue
            }
            let line = Int(statement.range.lineno)
            if done {
                // CPython reports this one at the 0-based column, with no end.
                throw SyntaxError(.syntaxError, "from __future__ imports must occur at the beginning of the file",
                                  lineno: line, offset: Int(statement.range.colOffset),
                                  text: source.lineText(line))
            }
            for alias in names {
                switch alias.name {
                case "annotations": features.annotations = true
                case "barry_as_FLUFL": features.barryAsFLUFL = true
                case "braces":
                    throw SyntaxError(.syntaxError, "not a chance", lineno: line,
                                      offset: Int(statement.range.colOffset) + 1, text: source.lineText(line))
                case let name where !known.contains(name):
                    throw SyntaxError(.syntaxError, "future feature \(name) is not defined", lineno: line,
                                      offset: Int(statement.range.colOffset) + 1, text: source.lineText(line))
                default: break
                }
            }
            features.lastLine = line
        }
        return features
    }
}
