/// Making strs and the operations on their text: concatenation, repetition,
/// indexing, slicing, search, interning.
extension Runtime {
    public func makeStr(_ string: String) -> PyStr {
        // ASCII text (most of what the runtime makes) is copied as its UTF-8 bytes at once.
        var string = string
        let ascii = string.withUTF8 { utf8 -> [UInt8]? in
            utf8.allSatisfy { $0 < 0x80 } ? Array(utf8) : nil
        }
        if let ascii { return makeStr(latin1: ascii, asciiIf: true) }
        return makeStr(storage: PyStr.storage(of: string))
    }

    /// `str(x)` of an int that fits in `Int`: its decimal digits written straight into
    /// the str's bytes (no Swift `String` made and converted).
    func makeStr(decimal value: Int) -> PyStr {
        if value >= 0 && value < 10 { return latin1Characters[0x30 + value] }
        // Appended last digit first into reserved room, then reversed: Swift's
        // uninitialized-array initializers reach the runtime's generic metadata look-up.
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        while magnitude > 0 {
            digits.append(0x30 + UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        }
        if value < 0 { digits.append(0x2D) }
        digits.reverse()
        return makeStr(latin1: digits, asciiIf: true)
    }

    /// A str from code points (which may include lone surrogates).
    public func makeStr(codePoints: [UInt32]) -> PyStr {
        makeStr(storage: PyStr.normalisedStorage(codePoints))
    }

    /// Latin-1 text cut from `source` or made from ASCII pieces of it (a slice, a
    /// split piece, a strip): ASCII when `asciiIf` says so, without a scan of the bytes.
    func makeStr(latin1 bytes: [UInt8], asciiIf knownASCII: Bool) -> PyStr {
        if knownASCII && bytes.count > 1 { return PyStr(type: types.str, latin1: bytes, isASCII: true) }
        return makeStr(storage: .latin1(bytes))
    }

    func makeStr(storage: PyStr.Storage) -> PyStr {
        if case .latin1(let bytes) = storage, bytes.count <= 1 {
            guard let byte = bytes.first else { return emptyString }
            return latin1Characters[Int(byte)]
        }
        return PyStr(type: types.str, storage: storage)
    }

    /// The one str object for `text` in this runtime: identifiers and attribute
    /// names are interned, so dict look-ups with them hit on identity.
    public func intern(_ text: String) -> PyStr {
        if let existing = internTable[text] { return existing }
        let str = makeStr(text)
        str.isInterned = true
        internTable[text] = str
        return str
    }

    func concatenate(_ a: PyStr, _ b: PyStr) -> PyStr {
        // One side empty: the other, unless it is an instance of a str subclass (the result is a plain str).
        if a.count == 0 && b.type === types.str { return b }
        if b.count == 0 && a.type === types.str { return a }
        switch (a.storage, b.storage) {
        case (.latin1(let x), .latin1(let y)):
            return PyStr(type: types.str, latin1: x + y, isASCII: a.isASCII && b.isASCII)
        default: return PyStr(type: types.str, storage: .ucs4(a.codePoints + b.codePoints))
        }
    }

    func repeated(_ a: PyStr, _ count: Int) throws(PythonError) -> PyStr {
        if count <= 0 || a.count == 0 { return emptyString }
        if count == 1 && a.type === types.str { return a }
        let (total, overflow) = a.count.multipliedReportingOverflow(by: count)
        if overflow || total > Int(Int32.max) * 16 { throw PythonError(.memoryError) }
        switch a.storage {
        case .latin1(let bytes):
            var result: [UInt8] = []
            result.reserveCapacity(total)
            for _ in 0..<count { result.append(contentsOf: bytes) }
            return PyStr(type: types.str, storage: .latin1(result))
        case .ucs4(let codePoints):
            var result: [UInt32] = []
            result.reserveCapacity(total)
            for _ in 0..<count { result.append(contentsOf: codePoints) }
            return PyStr(type: types.str, storage: .ucs4(result))
        }
    }

    /// `s[i]`, `i` already normalised into range.
    func character(_ s: PyStr, at index: Int) -> PyStr {
        let codePoint = s[index]
        if codePoint < 0x100 { return latin1Characters[Int(codePoint)] }
        return PyStr(type: types.str, storage: .ucs4([codePoint]))
    }

    func slice(_ s: PyStr, _ indices: SliceIndices) -> PyStr {
        if indices.count == s.count && indices.step == 1 { return s }
        switch s.storage {
        case .latin1(let bytes): return makeStr(latin1: indices.select(from: bytes), asciiIf: s.isASCII)
        // A slice of a wide string may be narrow: normalise.
        case .ucs4(let codePoints): return makeStr(storage: PyStr.normalisedStorage(indices.select(from: codePoints)))
        }
    }

    /// `needle in haystack`.
    func contains(_ haystack: PyStr, _ needle: PyStr) -> Bool {
        if case .latin1(let text) = haystack.storage, case .latin1(let part) = needle.storage {
            return StrSearch.find(part, in: text, start: 0, end: text.count, fromRight: false) >= 0
        }
        let n = needle.count
        let h = haystack.count
        if n == 0 { return true }
        if n > h { return false }
        let first = needle[0]
        for start in 0...(h - n) where haystack[start] == first {
            var offset = 1
            while offset < n && haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == n { return true }
        }
        return false
    }
}

extension Runtime {
    /// A str method's receiver returned unchanged: a plain str, as CPython returns
    /// for an instance of a str subclass.
    func plainStr(_ value: Value) -> Value {
        guard let text = value.object as? PyStr, text.type !== types.str else { return value }
        return .object(PyStr(type: types.str, storage: text.storage))
    }
}
