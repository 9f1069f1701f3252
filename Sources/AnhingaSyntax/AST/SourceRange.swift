/// Where a node or token sits in the source, as CPython's `ast` reports it:
/// lines are 1-based, columns are 0-based offsets in UTF-8 bytes.
public struct SourceRange: Hashable, Sendable {
    public var lineno: Int32
    public var colOffset: Int32
    public var endLineno: Int32
    public var endColOffset: Int32

    @inlinable
    public init(lineno: Int32, colOffset: Int32, endLineno: Int32, endColOffset: Int32) {
        self.lineno = lineno
        self.colOffset = colOffset
        self.endLineno = endLineno
        self.endColOffset = endColOffset
    }

    /// The range from the start of `start` to the end of `end`.
    @inlinable
    public init(from start: SourceRange, to end: SourceRange) {
        self.init(lineno: start.lineno, colOffset: start.colOffset,
                  endLineno: end.endLineno, endColOffset: end.endColOffset)
    }

    public static let zero = SourceRange(lineno: 0, colOffset: 0, endLineno: 0, endColOffset: 0)
}
