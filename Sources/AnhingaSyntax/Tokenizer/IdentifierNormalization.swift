import Foundation

/// PEP 3131: identifiers are compared in NFKC form, so `ﬁle` and `file` are the
/// same name. CPython normalizes each NAME when it builds the AST; so should
/// the parser, through this function.
///
/// ASCII names (nearly all) are returned as they are without touching
/// Foundation; only non-ASCII names go through Foundation's NFKC
/// (`precomposedStringWithCompatibilityMapping`), the one place the syntax
/// stage uses Foundation.
public func normalizedIdentifier(_ source: SourceBuffer, _ token: Token) -> String {
    let bytes = source.slice(token)
    let text = String(decoding: bytes, as: UTF8.self)
    if !bytes.contains(where: { $0 >= 0x80 }) { return text }
    return text.precomposedStringWithCompatibilityMapping
}
