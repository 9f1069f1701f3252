/// The code units the str methods work on, at the narrowest width that holds
/// them: a Latin-1 str's own bytes (no conversion, no copy), else code points.
/// Most text is Latin-1, and converting it to 4-byte code points on every call
/// cost more than the methods themselves.
enum TextUnitPair {
    case narrow([UInt8], [UInt8])
    case wide([UInt32], [UInt32])

    init(_ a: PyStr, _ b: PyStr) {
        if case .latin1(let x) = a.storage, case .latin1(let y) = b.storage {
            self = .narrow(x, y)
        } else {
            self = .wide(a.codePoints, b.codePoints)
        }
    }
}

/// Searching and cutting sequences of code units of either width (`StrSearch.find` too).
extension StrSearch {
    /// Non-overlapping occurrences of `needle` in `text[start..<end]` (`str.count`).
    static func count<T: FixedWidthInteger>(_ needle: [T], in text: [T], start: Int, end: Int) -> Int {
        if start > end || start > text.count { return 0 }
        if needle.isEmpty { return end - start + 1 }
        var count = 0
        var index = start
        while index + needle.count <= end {
            if text[index] == needle[0] && text[index..<(index + needle.count)].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }

    /// `text` with the first `limit` (all when negative) occurrences of `old` replaced by `new`.
    static func replace<T: FixedWidthInteger>(_ text: [T], _ old: [T], _ new: [T], limit: Int) -> [T] {
        var remaining = limit
        var result: [T] = []
        result.reserveCapacity(text.count)
        if old.isEmpty {
            for unit in text {
                if remaining != 0 { result += new; remaining -= 1 }
                result.append(unit)
            }
            if remaining != 0 { result += new }
            return result
        }
        var index = 0
        var copied = 0
        while remaining != 0, index + old.count <= text.count {
            if text[index] == old[0] && text[index..<(index + old.count)].elementsEqual(old) {
                result += text[copied..<index]
                result += new
                index += old.count
                copied = index
                remaining -= 1
            } else {
                index += 1
            }
        }
        result += text[copied...]
        return result
    }

    /// Where `affix` occurs at the start (or end) of `text[start..<end]`.
    static func hasAffix<T: FixedWidthInteger>(_ affix: [T], in text: [T], start: Int, end: Int, atEnd: Bool) -> Bool {
        if start > text.count || end - start < affix.count { return false }
        let range = atEnd ? (end - affix.count)..<end : start..<(start + affix.count)
        return text[range].elementsEqual(affix)
    }

    /// The part `strip` keeps: `mode` 0 both ends, 1 the left, 2 the right.
    static func keptRange<T: FixedWidthInteger>(_ text: [T], mode: Int, stripping: (T) -> Bool) -> Range<Int> {
        var start = 0
        var end = text.count
        if mode != 2 { while start < end && stripping(text[start]) { start += 1 } }
        if mode != 1 { while end > start && stripping(text[end - 1]) { end -= 1 } }
        return start..<end
    }

    /// The pieces of `str.split`/`rsplit` as ranges of `text`.
    static func splitRanges<T: FixedWidthInteger>(_ text: [T], separator: [T]?, maxSplit: Int, fromRight: Bool) -> [Range<Int>] {
        guard let separator else { return whitespaceSplitRanges(text, maxSplit: maxSplit, fromRight: fromRight) }
        var positions: [Int] = []
        if !fromRight {
            var index = 0
            while index + separator.count <= text.count, maxSplit < 0 || positions.count < maxSplit {
                if text[index] == separator[0] && text[index..<(index + separator.count)].elementsEqual(separator) {
                    positions.append(index)
                    index += separator.count
                } else {
                    index += 1
                }
            }
        } else {
            var index = text.count - separator.count
            while index >= 0, maxSplit < 0 || positions.count < maxSplit {
                if text[index..<(index + separator.count)].elementsEqual(separator) {
                    positions.append(index)
                    index -= separator.count
                } else {
                    index -= 1
                }
            }
            positions.reverse()
        }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(positions.count + 1)
        var start = 0
        for position in positions {
            ranges.append(start..<position)
            start = position + separator.count
        }
        ranges.append(start..<text.count)
        return ranges
    }

    /// Runs of whitespace separate; leading and trailing whitespace is dropped, except
    /// that what is left after `maxSplit` pieces keeps its own (as CPython's split).
    private static func whitespaceSplitRanges<T: FixedWidthInteger>(_ text: [T], maxSplit: Int, fromRight: Bool) -> [Range<Int>] {
        let latin1Spaces = TextScanning.latin1Spaces
        func isSpace(_ unit: T) -> Bool {
            unit < 0x100 ? latin1Spaces[Int(truncatingIfNeeded: unit)] : TextScanning.isSpace(UInt32(truncatingIfNeeded: unit))
        }
        var words: [Range<Int>] = []
        words.reserveCapacity(Swift.min(text.count / 2 &+ 1, 32))  // short lines: no regrowth
        var index = 0
        while index < text.count {
            while index < text.count && isSpace(text[index]) { index += 1 }
            if index == text.count { break }
            let start = index
            while index < text.count && !isSpace(text[index]) { index += 1 }
            words.append(start..<index)
        }
        if maxSplit < 0 || words.count <= maxSplit { return words }
        if !fromRight {
            return Array(words.prefix(maxSplit)) + [words[maxSplit].lowerBound..<text.count]
        }
        return [0..<words[words.count - maxSplit - 1].upperBound] + Array(words.suffix(maxSplit))
    }
}
