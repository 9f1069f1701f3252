import AnhingaSyntax
import XCTest

/// `pythonRepr` and friends against python3's `repr()` (tables in ReprRecorded.swift,
/// written by Scripts/record_repr_tests.py).
final class ReprTests: XCTestCase {
    func testFloatReprMatchesPython() {
        for (bits, expected) in ReprRecorded.floats {
            XCTAssertEqual(pythonRepr(.float(Double(bitPattern: bits))), expected,
                           "bits 0x\(String(bits, radix: 16))")
        }
    }

    func testImaginaryReprMatchesPython() {
        for (bits, expected) in ReprRecorded.imaginaries {
            XCTAssertEqual(pythonRepr(.imaginary(Double(bitPattern: bits))), expected,
                           "bits 0x\(String(bits, radix: 16))")
        }
    }

    func testStringReprMatchesPython() {
        for (codePoints, expected) in ReprRecorded.strings {
            XCTAssertEqual(pythonRepr(.str(PyStringValue(codePoints: codePoints))), expected,
                           "code points \(codePoints)")
            XCTAssertEqual(pythonStringRepr(codePoints), expected)
        }
    }

    func testSwiftStringReprMatchesCodePointRepr() {
        XCTAssertEqual(pythonStringRepr("it's \u{1F600}\n"), "\"it's \u{1F600}\\n\"")
    }

    func testBytesReprMatchesPython() {
        for (bytes, expected) in ReprRecorded.bytes {
            XCTAssertEqual(pythonRepr(.bytes(bytes)), expected, "bytes \(bytes)")
        }
    }

    func testOtherConstants() {
        // Expected texts from python3: repr(None), repr(True), repr(...), repr(-2**63), ...
        XCTAssertEqual(pythonRepr(.none), "None")
        XCTAssertEqual(pythonRepr(.bool(true)), "True")
        XCTAssertEqual(pythonRepr(.bool(false)), "False")
        XCTAssertEqual(pythonRepr(.ellipsis), "Ellipsis")
        XCTAssertEqual(pythonRepr(.int(0)), "0")
        XCTAssertEqual(pythonRepr(.int(Int.max)), "9223372036854775807")
        XCTAssertEqual(pythonRepr(.int(Int.min)), "-9223372036854775808")
        XCTAssertEqual(pythonRepr(.bigInt(digits: "10000000000000000000000", radix: 10)),
                       "10000000000000000000000")
        // python3 -c 'print(repr(0x7fffffffffffffffff), repr(0o7777777777777777777777), repr(2**64))'
        XCTAssertEqual(pythonRepr(.bigInt(digits: "7fffffffffffffffff", radix: 16)), "2361183241434822606847")
        XCTAssertEqual(pythonRepr(.bigInt(digits: "7777777777777777777777", radix: 8)), "73786976294838206463")
        XCTAssertEqual(pythonRepr(.bigInt(digits: "1" + String(repeating: "0", count: 64), radix: 2)),
                       "18446744073709551616")
    }
}
