/// One UTF-8 sequence judged as CPython's decoder judges it: the shortest form
/// only, no surrogates, nothing above U+10FFFF. Shared by the source decoder and
/// the runtime's `bytes.decode`, whose errors name the same reasons and lengths.
public enum UTF8Sequence {
    public enum Problem: Error, Equatable {
        case invalidStart
        /// The byte at this offset from the start does not continue the sequence.
        case invalidContinuation(Int)
        /// The bytes end this many bytes into the sequence.
        case unexpectedEnd(Int)

        /// CPython's wording, as in `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`.
        public var reason: String {
            switch self {
            case .invalidStart: return "invalid start byte"
            case .invalidContinuation: return "invalid continuation byte"
            case .unexpectedEnd: return "unexpected end of data"
            }
        }

        /// How many bytes the error covers: the maximal invalid prefix, which one
        /// replacement character stands for.
        public var length: Int {
            switch self {
            case .invalidStart: return 1
            case .invalidContinuation(let offset), .unexpectedEnd(let offset): return offset
            }
        }
    }

    /// The scalar at `index` and the sequence's length, or what is wrong with it.
    public static func decode(_ bytes: [UInt8], at index: Int) -> Result<(scalar: UInt32, length: Int), Problem> {
        let lead = bytes[index]
        if lead < 0x80 { return .success((UInt32(lead), 1)) }
        let length: Int
        // The second byte's range narrows for the leads that could otherwise spell an
        // overlong form, a surrogate or a code point past U+10FFFF.
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return .failure(.invalidStart)
        }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            guard index + offset < bytes.count else { return .failure(.unexpectedEnd(offset)) }
            let byte = bytes[index + offset]
            let (lower, upper) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lower && byte <= upper else { return .failure(.invalidContinuation(offset)) }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return .success((scalar, length))
    }
}
