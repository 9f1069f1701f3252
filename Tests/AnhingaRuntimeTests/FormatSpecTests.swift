import BigInt
import XCTest

@testable import AnhingaRuntime

/// The Format/ engine on its own: format-spec parsing, int / float / str formatting
/// and printf-style `%` templates, replaying the cases Scripts/record_format_tests.py
/// recorded from CPython (FormatRecordedCases.swift), plus a few structural checks.
final class FormatSpecTests: XCTestCase {
    func testRecordedFormatCases() {
        var failures: [String] = []
        var count = 0
        for line in recordedFormatCases.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4 else { XCTFail("bad line: \(line)"); continue }
            let typeName = String(fields[0])
            let spec = codePoints(fields[2])
            for actual in formatOutcomes(typeName, fields[1], spec) {
                count += 1
                if actual != fields[3] {
                    failures.append("format(\(fields[1].prefix(40)), \(FormatSpec.text(of: spec).debugDescription)) "
                                    + "as \(typeName): expected \(fields[3].prefix(200)), got \(actual.prefix(200))")
                }
            }
        }
        report(failures, of: count)
    }

    func testRecordedPercentCases() {
        var failures: [String] = []
        var count = 0
        for line in recordedPercentCases.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { XCTFail("bad line: \(line)"); continue }
            let template = codePoints(fields[0])
            let actual: String
            do {
                actual = "=" + encode(try percent(template, fields[1]))
            } catch {
                actual = error.text
            }
            count += 1
            if actual != fields[2] {
                failures.append("\(FormatSpec.text(of: template).debugDescription) % \(fields[1].prefix(60)): "
                                + "expected \(fields[2].prefix(200)), got \(actual.prefix(200))")
            }
        }
        report(failures, of: count)
    }

    func testParseReadsEveryField() throws {
        let spec = try FormatSpec.parse(scalars("*^+z#012_.3e"), typeName: "float", defaultType: nil)
        XCTAssertEqual(spec.fill, 0x2A)
        XCTAssertEqual(spec.align, .center)
        XCTAssertEqual(spec.sign, .plus)
        XCTAssertTrue(spec.coerceNegativeZero && spec.alternate)
        XCTAssertFalse(spec.zeroPad)  // an explicit fill makes the 0 part of the width
        XCTAssertEqual(spec.width, 12)
        XCTAssertEqual(spec.grouping, .underscore)
        XCTAssertEqual(spec.precision, 3)
        XCTAssertEqual(spec.type, 0x65)
        let empty = try FormatSpec.parse([], typeName: "int", defaultType: 0x64)
        XCTAssertEqual(empty.type, 0x64)
        XCTAssertEqual(empty.width, 0)
        XCTAssertNil(empty.precision)
    }

    func testErrorKinds() {
        XCTAssertEqual(formatError { () throws(FormatError) in try formatInteger(0x110000, spec: scalars("c"), typeName: "int") }?.kind, .overflow)
        XCTAssertEqual(formatError { () throws(FormatError) in try formatInteger(5, spec: scalars("9223372036854775807"), typeName: "int") }?.kind, .memory)
        XCTAssertEqual(formatError { () throws(FormatError) in try formatFloat(1.5, spec: scalars("x"), typeName: "float") }?.kind, .value)
    }

    func testPercentSegments() {
        let segments = PercentFormat.parse(scalars("a%%b%-*.3ld%(k)s%"))
        XCTAssertEqual(segments.count, 4)
        XCTAssertEqual(segments.first, .literal(scalars("a%b")))
        guard segments.count == 4, case .conversion(let first) = segments[1], case .conversion(let second) = segments[2],
              case .malformed(let last) = segments[3] else {
            return XCTFail("unexpected segments \(segments)")
        }
        XCTAssertTrue(first.leftAlign && first.widthFromArgument)
        XCTAssertEqual(first.precision, 3)
        XCTAssertEqual(first.kind, .integer)
        XCTAssertEqual(first.typeIndex, 10)
        XCTAssertEqual(second.key, scalars("k"))
        XCTAssertEqual(last.error.message, "incomplete format")
        XCTAssertFalse(last.inKey)
    }

    /// The generic path (digits from a closure) gives the fast path's text for every case.
    func testGenericIntegerPathMatchesFastPath() throws {
        for value in [0, 1, -1, 255, -65536, Int.max, Int.min, 1_234_567_890] {
            for text in ["", "x", "#_b", "+012,d", "^20o", "e", ".3%", "c"] {
                let fast = outcome { () throws(FormatError) in try formatInteger(value, spec: scalars(text), typeName: "int") }
                let big = BigInt(value)
                let generic = outcome { () throws(FormatError) in
                    try formatInteger(negative: value < 0, digits: { String(big.magnitude, radix: $0) },
                                      toDouble: { Double(value) },
                                      FormatSpec.parse(scalars(text), typeName: "int", defaultType: 0x64), typeName: "int")
                }
                XCTAssertEqual(fast, generic, "\(value) with \(text)")
            }
        }
    }

    /// Arbitrary specs and templates must give a result or a FormatError, never a trap.
    func testArbitraryInputNeverTraps() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = scalars("<>=^+- z#0123456789,_.bcdeEfFgGnosxX%*()lhL{}") + [0, 0x665, 0x1F600, 0xD800]
        var tried = 0
        while tried < 3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x30 }
            // Widths of a billion are legal (and allocate); keep the fuzzing small.
            if FormatSpec.text(of: text).split(whereSeparator: { !$0.isASCII || !$0.isNumber }).contains(where: { $0.count > 4 }) {
                continue
            }
            tried += 1
            _ = try? formatInteger(Int.random(in: Int.min...Int.max, using: &generator), spec: text, typeName: "int")
            _ = try? formatFloat(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)), spec: text, typeName: "float")
            _ = try? formatString(text, spec: text)
            for segment in PercentFormat.parse(text) {
                guard case .conversion(var conversion) = segment else { continue }
                try? conversion.setWidth(fromArgument: Int.random(in: -50...50, using: &generator))
                try? conversion.setPrecision(fromArgument: Int.random(in: -5...50, using: &generator))
                _ = try? conversion.render(integer: Int.random(in: Int.min...Int.max, using: &generator))
                _ = try? conversion.render(float: Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
                _ = try? conversion.render(text: text)
                _ = try? conversion.render(character: Int.random(in: -5...0x11_0000, using: &generator))
            }
        }
    }

    // MARK: Replaying a case

    private enum Argument {
        case int(BigInt)
        case float(Double)
        case str([UInt32])
    }

    private struct Failure: Error {
        let text: String
    }

    private func report(_ failures: [String], of count: Int) {
        XCTAssertGreaterThan(count, 0)
        XCTAssert(failures.isEmpty, "\(failures.count) of \(count) recorded cases differ:\n"
                  + failures.prefix(40).joined(separator: "\n"))
    }

    /// The outcomes of formatting one recorded value: ints through both integer paths.
    private func formatOutcomes(_ typeName: String, _ field: Substring, _ spec: [UInt32]) -> [String] {
        switch decode(field) {
        case .float(let x):
            return [outcome { () throws(FormatError) in try formatFloat(x, spec: spec, typeName: typeName) }]
        case .str(let text):
            return [outcome { () throws(FormatError) in try formatString(text, spec: spec, typeName: typeName) }]
        case .int(let big):
            var outcomes = [outcome { () throws(FormatError) in
                try formatInteger(negative: big < 0, digits: { String(big.magnitude, radix: $0) },
                                  toDouble: { toDouble(big) },
                                  FormatSpec.parse(spec, typeName: typeName, defaultType: 0x64), typeName: typeName)
            }]
            if let small = Int(exactly: big) {
                outcomes.append(outcome { () throws(FormatError) in try formatInteger(small, spec: spec, typeName: typeName) })
            }
            return outcomes
        }
    }

    /// The walk PercentFormat.swift describes for the runtime, over recorded arguments.
    private func percent(_ template: [UInt32], _ field: Substring) throws(Failure) -> [UInt32] {
        let items = field.dropFirst(2).split(separator: " ").map(String.init)
        var positional: [Argument] = []
        var mapping: [[UInt32]: Argument]?
        switch field.prefix(2) {
        case "m:":
            var entries: [[UInt32]: Argument] = [:]
            for item in items {
                let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                entries[codePoints(parts[0])] = decode(parts.count > 1 ? parts[1] : "")
            }
            mapping = entries
        default:
            positional = items.map { decode(Substring($0)) }
        }
        let isTuple = field.hasPrefix("t:")
        var used = 0
        var mappingUsed = false  // a single argument (or the mapping itself) is taken once
        func fail(_ error: FormatError) -> Failure { Failure(text: describe(error)) }
        func next() throws(Failure) -> Argument {
            // A mapping is itself the one argument in CPython; no recorded case formats it.
            if mapping != nil || !isTuple {
                guard !mappingUsed, mapping == nil, let only = positional.first else {
                    throw fail(PercentFormat.notEnoughArguments)
                }
                mappingUsed = true
                return only
            }
            guard used < positional.count else { throw fail(PercentFormat.notEnoughArguments) }
            used += 1
            return positional[used - 1]
        }
        func star() throws(Failure) -> Int? {
            guard case .int(let big) = try next() else { throw fail(PercentFormat.starWantsInt) }
            return Int(exactly: big)
        }
        var result: [UInt32] = []
        for segment in PercentFormat.parse(template) {
            var conversion: PercentConversion
            var malformed: PercentMalformed?
            switch segment {
            case .literal(let text):
                result += text
                continue
            case .conversion(let parsed): conversion = parsed
            case .malformed(let fault):
                conversion = fault.partial
                malformed = fault
            }
            var value: Argument?
            if conversion.key != nil || malformed?.inKey == true {
                guard let mapping else { throw fail(PercentFormat.requiresMapping) }
                mappingUsed = true
                if let malformed, malformed.inKey { throw fail(malformed.error) }
                let key = conversion.key ?? []
                guard let found = mapping[key] else { throw Failure(text: "!KeyError: '\(FormatSpec.text(of: key))'") }
                value = found
            }
            if conversion.widthFromArgument {
                let width = try star()
                do throws(FormatError) { try conversion.setWidth(fromArgument: width) } catch { throw fail(error) }
            }
            if conversion.precisionFromArgument {
                let precision = try star()
                do throws(FormatError) { try conversion.setPrecision(fromArgument: precision) } catch { throw fail(error) }
            }
            if let malformed { throw fail(malformed.error) }
            let argument: Argument
            if let value { argument = value } else { argument = try next() }
            do throws(FormatError) {
                result += try render(conversion, argument)
            } catch {
                throw fail(error)
            }
        }
        if mapping == nil && (isTuple ? used < positional.count : !mappingUsed && !positional.isEmpty) {
            throw fail(PercentFormat.notAllConverted)
        }
        return result
    }

    private func render(_ conversion: PercentConversion, _ argument: Argument) throws(FormatError) -> [UInt32] {
        switch (conversion.kind, argument) {
        case (.unsupported, _): throw conversion.unsupportedError
        case (.string, .str(let text)) where conversion.type == 0x73: return try conversion.render(text: text)
        case (.string, .int(let big)) where conversion.type == 0x73: return try conversion.render(text: scalars(String(big)))
        case (.integer, .int(let big)):
            return try conversion.render(negative: big < 0, digits: { String(big.magnitude, radix: $0) })
        case (.float, .int(let big)):
            guard let double = toDouble(big) else { throw IntegerFormatting.floatTooLarge }
            return try conversion.render(float: double)
        case (.float, .float(let x)): return try conversion.render(float: x)
        case (.character, .int(let big)): return try conversion.render(character: Int(exactly: big))
        case (.character, .str(let text)):
            guard text.count == 1 else { throw PercentConversion.characterRequiresIntOrChar }
            return try conversion.render(character: Int(text[0]))
        default:
            throw FormatError("argument not recorded for this test", kind: .type)
        }
    }

    private func outcome(_ body: () throws(FormatError) -> [UInt32]) -> String {
        do {
            return "=" + encode(try body())
        } catch {
            return describe(error)
        }
    }

    private func formatError(_ body: () throws(FormatError) -> [UInt32]) -> FormatError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    private func describe(_ error: FormatError) -> String {
        switch error.kind {
        case .value: return "!ValueError: " + error.message
        case .overflow: return "!OverflowError: " + error.message
        case .type: return "!TypeError: " + error.message
        case .memory: return "!MemoryError: "
        }
    }

    /// Correctly rounded (Swift's parser is; its generic BinaryInteger conversion is not), nil past the range.
    private func toDouble(_ big: BigInt) -> Double? {
        guard let double = Double(String(big)), double.isFinite else { return nil }
        return double
    }

    /// `i:<hex>`, `b:0|1`, `f:<bit pattern>`, `s:<code points>`.
    private func decode(_ field: Substring) -> Argument {
        let payload = field.dropFirst(2)
        switch field.prefix(2) {
        case "b:": return .int(payload == "1" ? 1 : 0)
        case "f:": return .float(Double(bitPattern: UInt64(payload, radix: 16) ?? 0))
        case "s:": return .str(codePoints(payload))
        default:
            let negative = payload.hasPrefix("-")
            let magnitude = BigUInt(payload.drop(while: { $0 == "-" }), radix: 16) ?? 0
            return .int(BigInt(sign: negative ? .minus : .plus, magnitude: magnitude))
        }
    }

    /// Comma-separated hex code points, `hex*count` for a run.
    private func codePoints(_ field: Substring) -> [UInt32] {
        var result: [UInt32] = []
        for token in field.split(separator: ",") {
            let parts = token.split(separator: "*")
            guard let value = UInt32(parts[0], radix: 16) else { continue }
            let run = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
            result.append(contentsOf: repeatElement(value, count: run))
        }
        return result
    }

    private func scalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    private func encode(_ text: [UInt32]) -> String {
        var tokens: [String] = []
        var index = 0
        while index < text.count {
            var end = index
            while end < text.count && text[end] == text[index] { end += 1 }
            let run = end - index
            tokens.append(String(text[index], radix: 16) + (run > 1 ? "*\(run)" : ""))
            index = end
        }
        return tokens.joined(separator: ",")
    }
}
