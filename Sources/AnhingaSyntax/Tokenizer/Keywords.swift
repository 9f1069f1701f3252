/// Hard keywords of Python 3.11 and the token kind of each. Soft keywords
/// (`match`, `case`, `_`) are ordinary names.
let hardKeywords: [(String, TokenKind)] = [
    ("False", .kwFalse), ("None", .kwNone), ("True", .kwTrue), ("and", .kwAnd), ("as", .kwAs),
    ("assert", .kwAssert), ("async", .kwAsync), ("await", .kwAwait), ("break", .kwBreak),
    ("class", .kwClass), ("continue", .kwContinue), ("def", .kwDef), ("del", .kwDel), ("elif", .kwElif),
    ("else", .kwElse), ("except", .kwExcept), ("finally", .kwFinally), ("for", .kwFor), ("from", .kwFrom),
    ("global", .kwGlobal), ("if", .kwIf), ("import", .kwImport), ("in", .kwIn), ("is", .kwIs),
    ("lambda", .kwLambda), ("nonlocal", .kwNonlocal), ("not", .kwNot), ("or", .kwOr), ("pass", .kwPass),
    ("raise", .kwRaise), ("return", .kwReturn), ("try", .kwTry), ("while", .kwWhile), ("with", .kwWith),
    ("yield", .kwYield),
]

/// Keywords grouped by length (index = length), as byte arrays, for allocation-free look-up.
private let keywordsByLength: [[([UInt8], TokenKind)]] = {
    var table = [[([UInt8], TokenKind)]](repeating: [], count: 9)
    for (word, kind) in hardKeywords { table[word.utf8.count].append((Array(word.utf8), kind)) }
    return table
}()

/// The kind of the ASCII name in `bytes[start..<end]`: a keyword kind or `.name`.
@inline(__always)
func keywordKind(_ bytes: [UInt8], _ start: Int, _ end: Int) -> TokenKind {
    let length = end - start
    guard length >= 2, length <= 8 else { return .name }
    // Every keyword starts with a lowercase letter or F/N/T.
    for (word, kind) in keywordsByLength[length] where word[0] == bytes[start] {
        var index = 1
        while index < length, word[index] == bytes[start + index] { index += 1 }
        if index == length { return kind }
    }
    return .name
}
