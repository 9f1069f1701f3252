import Foundation
import XCTest

@testable import AnhingaRuntime

/// Prints timings (never asserts on them): run with `swift test -c release
/// --filter MicroBenchmarkTests` for meaningful numbers.
final class MicroBenchmarkTests: XCTestCase {
    static let iterations = 10_000_000

    func testSmallIntAdditionThroughSlots() throws {
        let rt = Runtime()
        guard let add = rt.types.int.slots.add else { return XCTFail("int has an add slot") }
        var accumulator = Value.int(0)
        let one = Value.int(1)
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<Self.iterations { accumulator = try add(rt, accumulator, one) }
        let slotNanoseconds = DispatchTime.now().uptimeNanoseconds - start
        XCTAssertEqual(try rt.repr(accumulator).string, String(Self.iterations))

        accumulator = .int(0)
        let dispatchStart = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<Self.iterations { accumulator = try rt.binary(.add, accumulator, one) }
        let dispatchNanoseconds = DispatchTime.now().uptimeNanoseconds - dispatchStart

        accumulator = .int(0)
        let mixed = Value.float(0.5)
        let floatStart = DispatchTime.now().uptimeNanoseconds
        let floatIterations = Self.iterations / 10
        for _ in 0..<floatIterations { accumulator = try rt.binary(.add, accumulator, mixed) }
        let floatNanoseconds = (DispatchTime.now().uptimeNanoseconds - floatStart) * 10

        func perIteration(_ nanoseconds: UInt64) -> String {
            String(format: "%.2f ns/iteration", Double(nanoseconds) / Double(Self.iterations))
        }
        print("int slot add x\(Self.iterations): \(perIteration(slotNanoseconds))")
        print("rt.binary(.add) int fast path x\(Self.iterations): \(perIteration(dispatchNanoseconds))")
        print("rt.binary(.add) int+float via slots x\(Self.iterations / 10): \(perIteration(floatNanoseconds))")
    }

    func testStrIndexing() {
        let rt = Runtime()
        let ascii = rt.makeStr(String(repeating: "abcdefgh", count: 1000))
        let wide = rt.makeStr(String(repeating: "abcdefg\u{20ac}", count: 1000))
        for (name, str) in [("latin-1", ascii), ("ucs-4", wide)] {
            var sum: UInt32 = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for round in 0..<1000 {
                for index in stride(from: round % 8, to: str.count, by: 8) { sum &+= str[index] }
            }
            let nanoseconds = DispatchTime.now().uptimeNanoseconds - start
            print("str[\(name)] indexing: \(String(format: "%.2f", Double(nanoseconds) / 1_000_000)) ns/index (checksum \(sum))")
        }
    }
}
