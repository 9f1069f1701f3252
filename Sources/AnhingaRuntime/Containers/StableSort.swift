/// A stable sort whose comparison may raise (Python's `__lt__` can), for `list.sort`.
///
/// Swift's `sort(by:)` is not documented as stable and cannot propagate a
/// typed error; this is a bottom-up merge sort: runs of 32 by binary insertion
/// (few comparisons, as Python's sort tries to make), then merges between two
/// buffers. If `isLess` throws, `values` still holds every original element
/// (in some order) and the error propagates.
enum StableSort {
    static let runLength = 32

    static func sort(_ values: inout [Value],
                     by isLess: (Value, Value) throws(PythonError) -> Bool) throws(PythonError)
    {
        let count = values.count
        if count < 2 { return }
        // 1. Binary insertion sort within each run; equal items stay in order
        //    because the insertion point is after every equal item.
        var runStart = 0
        while runStart < count {
            let runEnd = min(runStart + runLength, count)
            var next = runStart + 1
            while next < runEnd {
                let item = values[next]
                var low = runStart
                var high = next
                while low < high {
                    let middle = low + (high - low) / 2
                    if try isLess(item, values[middle]) { high = middle } else { low = middle + 1 }
                }
                if low < next {
                    values.remove(at: next)
                    values.insert(item, at: low)
                }
                next += 1
            }
            runStart = runEnd
        }
        if count <= runLength { return }
        // 2. Merge runs of doubling width from `values` into `buffer`, then swap roles.
        var buffer = values
        var width = runLength
        while width < count {
            var left = 0
            // A throw leaves `values` untouched by this pass: still a permutation.
            while left < count {
                let middle = min(left + width, count)
                let right = min(left + 2 * width, count)
                try merge(values, left, middle, right, into: &buffer, by: isLess)
                left = right
            }
            swap(&values, &buffer)
            width *= 2
        }
    }

    private static func merge(_ source: [Value], _ left: Int, _ middle: Int, _ right: Int,
                              into destination: inout [Value],
                              by isLess: (Value, Value) throws(PythonError) -> Bool) throws(PythonError)
    {
        var i = left
        var j = middle
        var k = left
        while i < middle && j < right {
            // Take from the right only when strictly less: keeps equal items in order.
            if try isLess(source[j], source[i]) {
                destination[k] = source[j]
                j += 1
            } else {
                destination[k] = source[i]
                i += 1
            }
            k += 1
        }
        while i < middle { destination[k] = source[i]; i += 1; k += 1 }
        while j < right { destination[k] = source[j]; j += 1; k += 1 }
    }
}
