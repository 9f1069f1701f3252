/// `\N{NAME}` look-up. Swift can name a scalar but not find a scalar by name,
/// so the reverse table is built once, on first use, from every assigned
/// scalar's name and name alias (a `let` global: lazily and thread-safely
/// initialized). Look-up is case-insensitive, as in CPython.
private let scalarsByName: [String: UInt32] = {
    var table: [String: UInt32] = [:]
    table.reserveCapacity(300_000)
    // Planes 0-3 and plane 14 hold every named scalar.
    let ranges: [ClosedRange<UInt32>] = [0...0x3FFFF, 0xE0000...0xE01EF]
    for range in ranges {
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if let alias = properties.nameAlias { table[alias] = value }
            if let name = properties.name { table[name] = value }
        }
    }
    return table
}()

/// The scalar value named `name` (ASCII bytes), or nil.
func unicodeScalarNamed(_ name: ArraySlice<UInt8>) -> UInt32? {
    guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
    let upper = String(decoding: name.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    return scalarsByName[upper]
}
