import BigInt
import XCTest

@testable import AnhingaRuntime

/// Replays the cases Scripts/record_runtime_tests.py recorded from CPython:
/// int and float arithmetic, comparisons, hashes, reprs, int() and float().
final class RecordedNumberTests: XCTestCase {
    func testBinaryOperations() {
        let rt = Runtime()
        var failures: [String] = []
        var count = 0
        for line in recordedBinaryCases.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4 else { XCTFail("bad line: \(line)"); continue }
            let a = decode(rt, fields[1])
            let b = decode(rt, fields[2])
            let actual = outcome(rt) { () throws(PythonError) -> String in
                try binary(rt, String(fields[0]), a, b)
            }
            count += 1
            if actual != fields[3] { failures.append("\(fields[0]) \(fields[1]) \(fields[2]): expected \(fields[3]), got \(actual)") }
        }
        report(failures, of: count)
    }

    func testUnaryOperations() {
        let rt = Runtime()
        var failures: [String] = []
        var count = 0
        for line in recordedUnaryCases.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { XCTFail("bad line: \(line)"); continue }
            let a = decode(rt, fields[1])
            let actual = outcome(rt) { () throws(PythonError) -> String in try unary(rt, String(fields[0]), a) }
            count += 1
            if actual != fields[2] { failures.append("\(fields[0]) \(fields[1].prefix(40)): expected \(fields[2].prefix(200)), got \(actual.prefix(200))") }
        }
        report(failures, of: count)
    }

    func testIntParsing() {
        let rt = Runtime()
        var failures: [String] = []
        var count = 0
        for line in recordedIntParseCases.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let base = Int(fields[0]) else { XCTFail("bad line: \(line)"); continue }
            let text = codePoints(fields[1])
            let actual = outcome(rt) { () throws(PythonError) -> String in
                encode(try IntText.parse(rt, text, base: base, maximumDigits: rt.intMaxStrDigits))
            }
            count += 1
            if actual != fields[2] { failures.append("int(\(fields[1].prefix(40)), \(base)): expected \(fields[2].prefix(200)), got \(actual.prefix(200))") }
        }
        report(failures, of: count)
    }

    func testFloatParsing() {
        let rt = Runtime()
        var failures: [String] = []
        var count = 0
        for line in recordedFloatParseCases.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { XCTFail("bad line: \(line)"); continue }
            let text = codePoints(fields[0])
            let actual = outcome(rt) { () throws(PythonError) -> String in
                try rt.repr(.float(try FloatText.parse(text))).string
            }
            count += 1
            if actual != fields[1] { failures.append("float(\(fields[0])): expected \(fields[1]), got \(actual)") }
        }
        report(failures, of: count)
    }

    // MARK: Helpers

    private func report(_ failures: [String], of count: Int) {
        XCTAssertGreaterThan(count, 0)
        XCTAssert(failures.isEmpty, "\(failures.count) of \(count) recorded cases differ:\n"
                  + failures.prefix(40).joined(separator: "\n"))
    }

    private func binary(_ rt: Runtime, _ name: String, _ a: Value, _ b: Value) throws(PythonError) -> String {
        let operators: [String: BinaryOperator] = [
            "add": .add, "sub": .subtract, "mul": .multiply, "truediv": .trueDivide, "floordiv": .floorDivide,
            "mod": .remainder, "divmod": .divmod, "pow": .power, "lshift": .leftShift, "rshift": .rightShift,
            "and": .bitAnd, "or": .bitOr, "xor": .bitXor,
        ]
        let comparisons: [String: CompareOperator] = [
            "lt": .lessThan, "le": .lessOrEqual, "eq": .equal, "ne": .notEqual, "gt": .greaterThan, "ge": .greaterOrEqual,
        ]
        if let op = operators[name] { return try rt.repr(rt.binary(op, a, b)).string }
        if let op = comparisons[name] { return try rt.repr(rt.compare(a, b, op)).string }
        if name == "hashpair" { return String(try rt.hash(.object(rt.makeTuple([a, b])))) }
        XCTFail("unknown operation \(name)")
        return ""
    }

    private func unary(_ rt: Runtime, _ name: String, _ a: Value) throws(PythonError) -> String {
        switch name {
        case "neg": return try rt.repr(rt.unary(.negative, a)).string
        case "pos": return try rt.repr(rt.unary(.positive, a)).string
        case "abs": return try rt.repr(rt.unary(.absolute, a)).string
        case "invert": return try rt.repr(rt.unary(.invert, a)).string
        case "hash": return String(try rt.hash(a))
        case "repr": return try rt.repr(.object(rt.repr(a))).string
        case "bool": return try rt.isTrue(a) ? "True" : "False"
        case "float", "int":
            let slots = rt.typeOf(a).slots
            guard let slot = name == "float" ? slots.float : slots.int else { return "no slot" }
            return try rt.repr(slot(rt, a)).string
        default:
            XCTFail("unknown operation \(name)")
            return ""
        }
    }

    private func outcome(_ rt: Runtime, _ body: () throws(PythonError) -> String) -> String {
        do {
            return try body()
        } catch {
            return "!\(error.kind?.name ?? "?"): \(error.message(in: rt))"
        }
    }

    /// `i:<hex>`, `f:<bit pattern>`, `b:0|1`.
    private func decode(_ rt: Runtime, _ field: Substring) -> Value {
        let payload = field.dropFirst(2)
        switch field.prefix(2) {
        case "b:": return .bool(payload == "1")
        case "f:": return .float(Double(bitPattern: UInt64(payload, radix: 16) ?? 0))
        default:
            let negative = payload.hasPrefix("-")
            let magnitude = BigUInt(payload.drop(while: { $0 == "-" }), radix: 16) ?? 0
            return rt.makeInt(BigInt(sign: negative ? .minus : .plus, magnitude: magnitude))
        }
    }

    private func encode(_ value: Value) -> String {
        guard let operand = IntegerOperand(value) else { return "not an int" }
        let big = operand.bigValue
        return "i:" + (big < 0 ? "-" : "") + String(big.magnitude, radix: 16)
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
}
