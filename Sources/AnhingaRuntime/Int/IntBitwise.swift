import BigInt

/// `int` shifts and bitwise operators. Python ints behave as two's complement
/// numbers with infinitely many sign bits: `-1 & x == x`, `-5 >> 1 == -3`
/// (shifts floor), and the same for big ints.
enum IntBitwise {
    static func leftShift(_ rt: Runtime, _ a: IntegerOperand, _ count: IntegerOperand) throws(PythonError) -> Value {
        if count.isNegative { throw PythonError(.valueError, "negative shift count") }
        if a.isZero { return .int(0) }
        guard case .small(let shift) = count, shift <= IntArithmetic.maximumResultBits else {
            throw PythonError(.memoryError)
        }
        if case .small(let x) = a, shift < Int.bitWidth - 1 {
            let shifted = x << shift
            if shifted >> shift == x { return .int(shifted) }
        }
        return rt.makeInt(a.bigValue << shift)
    }

    static func rightShift(_ rt: Runtime, _ a: IntegerOperand, _ count: IntegerOperand) throws(PythonError) -> Value {
        if count.isNegative { throw PythonError(.valueError, "negative shift count") }
        guard case .small(let shift) = count else { return .int(a.isNegative ? -1 : 0) }
        switch a {
        case .small(let x):
            // Swift's >> on a signed Int is arithmetic (floors) and saturates large counts.
            return .int(x >> min(shift, Int.bitWidth - 1))
        case .big(let big):
            if big >= 0 { return rt.makeInt(big >> shift) }
            // Floor for negatives: -((-a - 1) >> n) - 1.
            let magnitudeMinusOne = BigInt(sign: .plus, magnitude: big.magnitude - 1)
            return rt.makeInt(-(magnitudeMinusOne >> shift) - 1)
        }
    }

    static func invert(_ rt: Runtime, _ a: IntegerOperand) -> Value {
        if case .small(let x) = a { return .int(~x) }
        return rt.makeInt(-a.bigValue - 1)
    }

    enum Operation { case and, or, xor }

    static func apply(_ operation: Operation, _ rt: Runtime, _ a: IntegerOperand, _ b: IntegerOperand) -> Value {
        if case .small(let x) = a, case .small(let y) = b {
            switch operation {
            case .and: return .int(x & y)
            case .or: return .int(x | y)
            case .xor: return .int(x ^ y)
            }
        }
        let left = a.bigValue
        let right = b.bigValue
        // One extra word holds the sign bit of either operand.
        let count = max(left.magnitude.words.count, right.magnitude.words.count) + 1
        let leftWords = twosComplementWords(left, count: count)
        let rightWords = twosComplementWords(right, count: count)
        var result = [UInt](repeating: 0, count: count)
        for index in 0..<count {
            switch operation {
            case .and: result[index] = leftWords[index] & rightWords[index]
            case .or: result[index] = leftWords[index] | rightWords[index]
            case .xor: result[index] = leftWords[index] ^ rightWords[index]
            }
        }
        return rt.makeInt(fromTwosComplement(result))
    }

    /// `value` as `count` words of two's complement, least significant first.
    static func twosComplementWords(_ value: BigInt, count: Int) -> [UInt] {
        var words = [UInt](repeating: 0, count: count)
        let magnitude = value.magnitude.words
        for index in 0..<min(count, magnitude.count) { words[index] = magnitude[index] }
        if value < 0 { negateInPlace(&words) }
        return words
    }

    static func fromTwosComplement(_ words: [UInt]) -> BigInt {
        guard let top = words.last, top >> (UInt.bitWidth - 1) == 1 else {
            return BigInt(sign: .plus, magnitude: BigUInt(words: words))
        }
        var magnitude = words
        negateInPlace(&magnitude)
        return BigInt(sign: .minus, magnitude: BigUInt(words: magnitude))
    }

    /// Two's complement negation: invert every bit, add one.
    private static func negateInPlace(_ words: inout [UInt]) {
        var carry = true
        for index in words.indices {
            let inverted = ~words[index]
            if carry {
                let (sum, overflow) = inverted.addingReportingOverflow(1)
                words[index] = sum
                carry = overflow
            } else {
                words[index] = inverted
            }
        }
    }
}
