/// Text assembled piece by piece (a `%` result, a `join`): one byte per code point
/// while every piece fits in Latin-1, four from the first piece that does not, so
/// the finished str needs no second pass to find its storage.
struct TextBuilder {
    private var narrow: [UInt8] = []
    private var wide: [UInt32] = []
    private var isWide = false
    private var isASCII = true

    init(capacity: Int = 0) {
        narrow.reserveCapacity(capacity)
    }

    mutating func append(_ text: PyStr) {
        switch text.storage {
        case .latin1(let bytes):
            if isWide {
                for byte in bytes { wide.append(UInt32(byte)) }
            } else {
                narrow.append(contentsOf: bytes)
                isASCII = isASCII && text.isASCII
            }
        case .ucs4(let codePoints):
            widen()
            wide.append(contentsOf: codePoints)
        }
    }

    mutating func append(codePoints: [UInt32]) {
        if isWide {
            wide.append(contentsOf: codePoints)
            return
        }
        for (index, codePoint) in codePoints.enumerated() {
            guard codePoint < 0x100 else {
                widen()
                wide.append(contentsOf: codePoints[index...])
                return
            }
            if codePoint >= 0x80 { isASCII = false }
            narrow.append(UInt8(truncatingIfNeeded: codePoint))
        }
    }

    /// The decimal digits of `value`, with a `-` when negative.
    mutating func append(decimal value: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits and a sign, last first
        var count = 0
        var magnitude = value.magnitude
        withUnsafeMutableBytes(of: &digits) { room in
            repeat {
                room[count] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
                count &+= 1
            } while magnitude > 0
            if value < 0 {
                room[count] = 0x2D
                count &+= 1
            }
            while count > 0 {
                count &-= 1
                if isWide { wide.append(UInt32(room[count])) } else { narrow.append(room[count]) }
            }
        }
    }

    private mutating func widen() {
        guard !isWide else { return }
        isWide = true
        wide.reserveCapacity(narrow.count)
        for byte in narrow { wide.append(UInt32(byte)) }
        narrow = []
    }

    func finish(_ runtime: Runtime) -> PyStr {
        if isWide { return runtime.makeStr(codePoints: wide) }
        return runtime.makeStr(latin1: narrow, asciiIf: isASCII)
    }
}
