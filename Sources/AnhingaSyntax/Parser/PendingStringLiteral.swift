// TEMPORARY until the tokenizer's string-literal decoder lands: no escapes, no f-string fields.
struct StringLiteral {
    enum Content { case text(PyStringValue), bytes([UInt8]), fString([FStringPart]) }
    var isBytes: Bool
    var hasUPrefix: Bool
    var isFString: Bool
    var content: Content
}
enum FStringPart { case literal(PyStringValue), field(FStringField) }
struct FStringField {
    var debugText: PyStringValue?
    var conversion: UInt8?
    var formatSpec: [FStringPart]?
}
func decodeStringLiteral(_ source: SourceBuffer, _ token: Token) throws(SyntaxError) -> StringLiteral {
    let bytes = Array(source.bytes[Int(token.start)..<Int(token.end)])
    var i = 0
    var isBytes = false, isF = false, isU = false
    while i < bytes.count, bytes[i] != UInt8(ascii: "'"), bytes[i] != UInt8(ascii: "\"") {
        switch bytes[i] | 0x20 { case UInt8(ascii: "b"): isBytes = true; case UInt8(ascii: "f"): isF = true; case UInt8(ascii: "u"): isU = true; default: break }
        i += 1
    }
    let quote = bytes.count - i >= 6 && bytes[i] == bytes[i+1] && bytes[i] == bytes[i+2] ? 3 : 1
    let body = Array(bytes[(i+quote)..<(bytes.count-quote)])
    let text = PyStringValue(String(decoding: body, as: UTF8.self))
    return StringLiteral(isBytes: isBytes, hasUPrefix: isU, isFString: isF, content: isBytes ? .bytes(body) : isF ? .fString([.literal(text)]) : .text(text))
}
extension Parser {
    convenience init(source: SourceBuffer, typeComments: Bool, fStringField: FStringField) {
        self.init(source: source, typeComments: typeComments)
    }
}
