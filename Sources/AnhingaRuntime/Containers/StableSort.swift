/// A stable sort whose comparison may raise (Python's `__lt__` can), for `list.sort`.
///
/// Swift's `sort(by:)` is not documented as stable and cannot propagate a
/// typed error; this is a bottom-up merge sort: runs of `minimumRun` items (32 to
/// 64, all of a list shorter than 64) made as CPython's sort makes them, then
/// merges between two buffers. A run starts with the natural run at its front
/// (reversed when strictly descending) and binary insertion adds the rest, so a
/// short list sees exactly the comparisons CPython's sort makes. If `isLess` throws, `values` still holds every original element
/// (in some order) and the error propagates.
///
/// Elements move by their bits, never by copies: a merge pass writes bit
/// copies into the other buffer and only the pass's end makes that buffer the
/// owner, so no reference count changes while sorting, and a comparison that
/// throws mid-pass leaves the owning buffer as it was.
enum StableSort {
    /// CPython's minrun: `count` itself below 64, else the top six bits of it, plus one
    /// if any lower bit is set.
    static func minimumRun(_ count: Int) -> Int {
        var n = count
        var extra = 0
        while n >= 64 {
            extra |= n & 1
            n >>= 1
        }
        return n + extra
    }

    static func sort<Element>(_ values: inout [Element],
                              by isLess: (Element, Element) throws(PythonError) -> Bool) throws(PythonError)
    {
        let count = values.count
        if count < 2 { return }
        var failure: PythonError?
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            do throws(PythonError) {
                try sort(base, count: count, by: isLess)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    private static func sort<Element>(_ base: UnsafeMutablePointer<Element>, count: Int,
                                      by isLess: (Element, Element) throws(PythonError) -> Bool) throws(PythonError)
    {
        // 1. Each run: its natural run, then binary insertion; equal items stay in
        //    order because the insertion point is after every equal item.
        let runLength = minimumRun(count)
        var runStart = 0
        while runStart < count {
            let runEnd = min(runStart + runLength, count)
            var next = try naturalRunEnd(base, runStart, runEnd, by: isLess)
            while next < runEnd {
                var low = runStart
                var high = next
                while low < high {
                    let middle = low + (high - low) / 2
                    if try isLess(base[next], base[middle]) { high = middle } else { low = middle + 1 }
                }
                var position = next
                while position > low {
                    swap(&base[position], &base[position - 1])
                    position -= 1
                }
                next += 1
            }
            runStart = runEnd
        }
        if count <= runLength { return }
        // 2. Merge runs of doubling width from the owning buffer into the other.
        let stride = MemoryLayout<Element>.stride
        let scratch = UnsafeMutablePointer<Element>.allocate(capacity: count)
        var source = base
        var destination = scratch
        defer {
            // Whichever buffer owns the elements now, they end up in `base`.
            if source != base { UnsafeMutableRawPointer(base).copyMemory(from: source, byteCount: count * stride) }
            scratch.deallocate()
        }
        var width = runLength
        while width < count {
            var left = 0
            while left < count {
                let middle = min(left + width, count)
                let right = min(left + 2 * width, count)
                try merge(source, left, middle, right, into: destination, by: isLess)
                left = right
            }
            swap(&source, &destination)
            width *= 2
        }
    }

    /// The end of the run at `start` that is already in order (CPython's count_run): ascending,
    /// or strictly descending and then reversed in place.
    private static func naturalRunEnd<Element>(_ base: UnsafeMutablePointer<Element>, _ start: Int, _ end: Int,
                                               by isLess: (Element, Element) throws(PythonError) -> Bool) throws(PythonError) -> Int
    {
        if start + 1 >= end { return end }
        var next = start + 2
        if try isLess(base[start + 1], base[start]) {
            while next < end, try isLess(base[next], base[next - 1]) { next += 1 }
            var low = start
            var high = next - 1
            while low < high {
                swap(&base[low], &base[high])
                low += 1
                high -= 1
            }
        } else {
            while next < end, !(try isLess(base[next], base[next - 1])) { next += 1 }
        }
        return next
    }

    /// Bit-copies `source[left..<right]`, merged, into `destination` (which owns nothing).
    private static func merge<Element>(_ source: UnsafeMutablePointer<Element>, _ left: Int, _ middle: Int, _ right: Int,
                                       into destination: UnsafeMutablePointer<Element>,
                                       by isLess: (Element, Element) throws(PythonError) -> Bool) throws(PythonError)
    {
        let stride = MemoryLayout<Element>.stride
        @inline(__always) func copy(_ from: Int, _ to: Int, _ count: Int = 1) {
            UnsafeMutableRawPointer(destination + to).copyMemory(from: source + from, byteCount: count * stride)
        }
        var i = left
        var j = middle
        var k = left
        while i < middle && j < right {
            // Take from the right only when strictly less: keeps equal items in order.
            if try isLess(source[j], source[i]) {
                copy(j, k)
                j += 1
            } else {
                copy(i, k)
                i += 1
            }
            k += 1
        }
        if i < middle { copy(i, k, middle - i) }
        if j < right { copy(j, k, right - j) }  // (only one of the two halves has items left)
    }
}
