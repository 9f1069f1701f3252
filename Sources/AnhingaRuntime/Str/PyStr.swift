import AnhingaSyntax

/// A Python `str`: an immutable sequence of code points (lone surrogates
/// included) with O(1) indexing.
///
/// Storage follows PEP 393 in two kinds: one byte per code point when every
/// code point is below 256 (Latin-1, which covers ASCII), four otherwise.
/// The kind is normalised: a string is Latin-1 exactly when it can be, so
/// equal strings have equal storage and compare as arrays.
public final class PyStr: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    public enum Storage: Equatable {
        case latin1([UInt8])
        case ucs4([UInt32])
    }

    public let storage: Storage
    /// Every code point is below 128: the bytes are already UTF-8.
    public let isASCII: Bool
    /// In the runtime's intern table: two interned strs with equal text are one object.
    @exclusivity(unchecked) var isInterned = false
    /// The hash, or -1 until first asked (a hash is never -1).
    @exclusivity(unchecked) private var cachedHash = -1

    init(type: PyType, storage: Storage) {
        self.storage = storage
        switch storage {
        case .latin1(let bytes): isASCII = !bytes.contains { $0 >= 0x80 }
        case .ucs4: isASCII = false
        }
        super.init(type: type)
    }

    /// Latin-1 text whose ASCII-ness the maker already knows (a concatenation or a
    /// join of pieces that know theirs): no scan of the bytes.
    init(type: PyType, latin1 bytes: [UInt8], isASCII: Bool) {
        storage = .latin1(bytes)
        self.isASCII = isASCII
        super.init(type: type)
    }

    /// The code points in the narrowest storage that holds them.
    static func normalisedStorage<C: Collection>(_ codePoints: C) -> Storage where C.Element == UInt32 {
        if codePoints.allSatisfy({ $0 < 0x100 }) {
            return .latin1(codePoints.map { UInt8(truncatingIfNeeded: $0) })
        }
        return .ucs4(Array(codePoints))
    }

    static func storage(of string: String) -> Storage {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            guard scalar.value < 0x100 else {
                return .ucs4(string.unicodeScalars.map(\.value))
            }
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        }
        return .latin1(bytes)
    }

    /// `len(s)`.
    @inlinable
    public var count: Int {
        switch storage {
        case .latin1(let bytes): return bytes.count
        case .ucs4(let codePoints): return codePoints.count
        }
    }

    /// The code point at `index` (0 ..< count; callers check the range).
    @inlinable
    public subscript(index: Int) -> UInt32 {
        switch storage {
        case .latin1(let bytes): return UInt32(bytes[index])
        case .ucs4(let codePoints): return codePoints[index]
        }
    }

    /// All code points (copies a Latin-1 string into four bytes each).
    public var codePoints: [UInt32] {
        switch storage {
        case .latin1(let bytes): return bytes.map { UInt32($0) }
        case .ucs4(let codePoints): return codePoints
        }
    }

    /// The text as a Swift string; a lone surrogate becomes U+FFFD.
    public var string: String {
        switch storage {
        case .latin1(let bytes):
            if isASCII { return String(decoding: bytes, as: UTF8.self) }
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
            return String(scalars)
        case .ucs4(let codePoints):
            var scalars = String.UnicodeScalarView()
            for value in codePoints { scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
            return String(scalars)
        }
    }

    /// `repr(s)`, with CPython's choice of quotes and escapes (see `reprUnits`).
    public var repr: String {
        var scalars = String.UnicodeScalarView()
        switch storage {
        case .latin1(let bytes):
            for byte in Self.reprUnits(bytes) { scalars.append(Unicode.Scalar(byte)) }
        case .ucs4(let codePoints):
            for unit in Self.reprUnits(codePoints) { scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}") }
        }
        return String(scalars)
    }

    /// Anhinga's str hash: 64-bit FNV-1a over the code points, computed once.
    ///
    /// CPython randomises str hashes per process (SipHash with a random key), so
    /// no Python program can rely on their values; Anhinga's are deterministic.
    /// A per-interpreter key (against hash flooding) can be added here later.
    public var pythonHash: Int {
        if cachedHash != -1 { return cachedHash }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        switch storage {
        case .latin1(let bytes):
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        case .ucs4(let codePoints):
            for codePoint in codePoints { hash = (hash ^ UInt64(codePoint)) &* 0x100_0000_01b3 }
        }
        var result = Int(bitPattern: UInt(hash))
        if result == -1 { result = -2 }
        cachedHash = result
        return result
    }

    /// Equal text (what `==` on two strs means).
    @inlinable
    public func hasSameText(as other: PyStr) -> Bool {
        self === other || storage == other.storage
    }

    /// Code-point order: -1, 0 or 1.
    public func compare(to other: PyStr) -> Int {
        switch (storage, other.storage) {
        case (.latin1(let a), .latin1(let b)): return Self.compare(a, b)
        default: return Self.compare(codePoints, other.codePoints)
        }
    }

    private static func compare<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        let common = min(a.count, b.count)
        for index in 0..<common where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
