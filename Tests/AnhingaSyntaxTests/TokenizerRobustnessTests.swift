import XCTest
@testable import AnhingaSyntax

/// Mutated sources must never crash the tokenizer, the string decoder or the
/// listing: every outcome is tokens or a SyntaxError.
final class TokenizerRobustnessTests: XCTestCase {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    private let seeds: [String] = [
        "def f(a, *b, **c):\n    return f'{a!r:>{b}}' + rb'\\x00' + \"\\N{BULLET}\"\n",
        "if x:\n\ty = (1,\n  2)\n\telse:\n  pass\n# type: ignore\n",
        "x = 0x_1f + 0o17 + 0b1 + 1_000.5e-3j + .5 + 1if y else 2\n",
        "s = '''a\\\nb''' \\\n  + \"c\"\n\u{e9}t\u{e9} = '\u{20ac}'\n",
        "class A:\n    @d\n    async def f(self) -> None: await x; x @= y; z //= 3\n",
    ]

    private let alphabet: [UInt8] = Array("\n\r\t\u{0C} \\'\"{}[]()#!:=<>0123456789xobjeJE_.fFrRbBuUN+-*/%&|^~@;,$?a".utf8)
        + [0x00, 0x80, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xFF, 0xEF, 0xBB, 0xBF]

    func testMutatedSourcesNeverCrash() {
        var random = Generator(state: 42)
        for iteration in 0..<3000 {
            var bytes = Array(seeds[iteration % seeds.count].utf8)
            for _ in 0...random.next(6) {
                let position = random.next(bytes.count + 1)
                switch random.next(3) {
                case 0: bytes.insert(alphabet[random.next(alphabet.count)], at: position)
                case 1: if position < bytes.count { bytes.remove(at: position) }
                default: if position < bytes.count { bytes[position] = alphabet[random.next(alphabet.count)] }
                }
            }
            exercise(bytes)
        }
    }

    func testDeepNestingIsAnError() {
        exercise(Array(String(repeating: "(", count: 100_000).utf8))
        exercise(Array(String(repeating: "f'{", count: 1_000).utf8))
        var deep = ""
        for level in 0..<150 { deep += String(repeating: " ", count: level) + "if 1:\n" }
        exercise(Array(deep.utf8))
    }

    private func exercise(_ bytes: [UInt8]) {
        _ = tokenizeModuleListing(bytes, filename: "fuzz.py")
        for origin in [SourceOrigin.file, .compileArgument] {
            guard let buffer = try? SourceBuffer(bytes: bytes, filename: "fuzz.py", origin: origin) else { continue }
            for typeComments in [false, true] {
                var tokenizer = Tokenizer(buffer, typeComments: typeComments, trivia: !typeComments)
                var count = 0
                // Keep pulling after errors too: a parser may ask again, and that must not crash either.
                var errors = 0
                while count < 100_000, errors < 20 {
                    guard let token = try? tokenizer.next() else {
                        errors += 1
                        continue
                    }
                    if token.kind == .endMarker { break }
                    count += 1
                    if token.kind == .string, let piece = try? decodeStringToken(buffer, token),
                       case .fString(let elements) = piece.content {
                        for case .field(let field) in elements {
                            var inner = Tokenizer(buffer, byteRange: field.expressionRange, startLine: field.line,
                                                  startColumn: field.column)
                            while let token = try? inner.next(), token.kind != .endMarker {}
                        }
                    }
                }
            }
        }
    }
}
