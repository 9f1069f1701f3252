/// The little bignum behind DecimalExpansion: a significand times powers of two and
/// five, then its decimal digits. BigInt lives in the runtime's int code; Format/
/// keeps its own few operations so that it depends on nothing but the stdlib.

/// A non-negative integer as 32-bit limbs, least significant first: just the
/// operations DecimalExpansion needs.
struct LimbNumber {
    private var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    private mutating func trim() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
    }

    mutating func multiply(byPowerOfFive count: Int) {
        var remaining = count
        while remaining >= 13 {  // 5^13 is the largest power of five below 2^32
            multiply(by: 1_220_703_125)
            remaining -= 13
        }
        var power: UInt32 = 1
        for _ in 0..<remaining { power *= 5 }
        if power != 1 { multiply(by: power) }
    }

    /// self = round(self / 2^bits), ties to even, judged on the bits shifted out.
    mutating func shiftRightRoundingHalfEven(_ bits: Int) {
        guard bits > 0, !limbs.isEmpty else { return }
        func bit(_ index: Int) -> Bool {
            let limb = index / 32
            return limb < limbs.count && (limbs[limb] >> UInt32(index % 32)) & 1 == 1
        }
        let half = bit(bits - 1)
        var below = false  // any bit under the half bit
        if half {
            let limb = (bits - 1) / 32
            let mask = (UInt32(1) << UInt32((bits - 1) % 32)) &- 1
            below = limbs.prefix(min(limb, limbs.count)).contains { $0 != 0 }
                || (limb < limbs.count && limbs[limb] & mask != 0)
        }
        let whole = bits / 32
        if whole >= limbs.count {
            limbs = []
        } else {
            limbs.removeFirst(whole)
            let part = UInt32(bits % 32)
            if part != 0 {
                for index in limbs.indices {
                    let high = index + 1 < limbs.count ? limbs[index + 1] << (32 - part) : 0
                    limbs[index] = (limbs[index] >> part) | high
                }
            }
            trim()
        }
        let odd = (limbs.first ?? 0) & 1 == 1
        if half && (below || odd) { addOne() }
    }

    private mutating func addOne() {
        for index in limbs.indices {
            if limbs[index] != UInt32.max {
                limbs[index] += 1
                return
            }
            limbs[index] = 0
        }
        limbs.append(1)
    }

    mutating func shiftLeft(_ bits: Int) {
        guard bits > 0, !limbs.isEmpty else { return }
        let whole = bits / 32
        let part = UInt32(bits % 32)
        if part != 0 {
            var carry: UInt32 = 0
            for index in limbs.indices {
                let limb = limbs[index]
                limbs[index] = (limb << part) | carry
                carry = limb >> (32 - part)
            }
            if carry != 0 { limbs.append(carry) }
        }
        limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0)
    }

    /// The decimal digits of a word (values 0...9), most significant first; empty for zero.
    static func decimalDigits(of value: UInt64) -> [UInt8] {
        var result: [UInt8] = []
        var rest = value
        while rest != 0 {
            result.append(UInt8(truncatingIfNeeded: rest % 10))
            rest /= 10
        }
        result.reverse()
        return result
    }

    /// The decimal digits (values 0...9), most significant first; empty for zero.
    /// Divides by 10^9 repeatedly: quadratic, but the numbers are at most 1100 digits.
    func decimalDigits() -> [UInt8] {
        if limbs.count <= 2 {
            return Self.decimalDigits(of: UInt64(limbs.first ?? 0) | UInt64(limbs.count == 2 ? limbs[1] : 0) << 32)
        }
        var number = limbs
        var chunks: [UInt32] = []  // base 10^9, least significant first
        while !number.isEmpty {
            var remainder: UInt64 = 0
            for index in number.indices.reversed() {
                let current = (remainder << 32) | UInt64(number[index])
                number[index] = UInt32(truncatingIfNeeded: current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(truncatingIfNeeded: remainder))
            while let last = number.last, last == 0 { number.removeLast() }
        }
        var result: [UInt8] = []
        result.reserveCapacity(chunks.count * 9)
        // Least significant digit first, then reversed; the leading chunk has no leading zeros.
        for (position, chunk) in chunks.enumerated() {
            var value = chunk
            for _ in 0..<9 {
                if position == chunks.count - 1 && value == 0 { break }
                result.append(UInt8(truncatingIfNeeded: value % 10))
                value /= 10
            }
        }
        result.reverse()
        return result
    }
}
