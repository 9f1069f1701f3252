/// Methods of `str`, over code points (never Swift `String` indices).
extension Runtime {
    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func installStrMethods() {
        let str = types.str
        // Helpers take the runtime as an argument: a closure stored in a type dict
        // that captured `self` would keep the runtime alive forever.
        func this(_ rt: Runtime, _ args: Arguments, _ name: String) throws(PythonError) -> PyStr {
            try rt.receiver(args, PyStr.self, name, "str")
        }
        func argument(_ rt: Runtime, _ args: Arguments, _ index: Int, _ method: String) throws(PythonError) -> PyStr {
            guard let text = args[index].object as? PyStr else {
                throw PythonError(.typeError, "must be str, not \(rt.typeName(args[index]))")
            }
            return text
        }
        func mapped(_ name: String, _ transform: @escaping (String) -> String) {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "str.\(name)", 0, 0)
                let text = try this(rt, args, name)
                if text.isASCII, case .latin1(let bytes) = text.storage {
                    return .object(rt.makeStr(transform(String(decoding: bytes, as: UTF8.self))))
                }
                return .object(rt.makeStr(transform(text.string)))
            }
        }
        mapped("upper") { $0.uppercased() }
        mapped("lower") { $0.lowercased() }
        mapped("casefold") { $0.lowercased() }
        mapped("swapcase") { text in
            String(text.unicodeScalars.map { scalar -> String in
                let s = String(scalar)
                return scalar.properties.isUppercase ? s.lowercased() : (scalar.properties.isLowercase ? s.uppercased() : s)
            }.joined())
        }
        mapped("capitalize") { text in
            guard let first = text.unicodeScalars.first else { return text }
            return String(first).uppercased() + String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())).lowercased()
        }
        mapped("title") { text in
            var result = ""
            var previousCased = false
            for scalar in text.unicodeScalars {
                let s = String(scalar)
                result += previousCased ? s.lowercased() : s.uppercased()
                previousCased = scalar.properties.isCased
            }
            return result
        }
        func predicate(_ name: String, emptyResult: Bool = false, _ test: @escaping ([UInt32]) -> Bool) {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "str.\(name)", 0, 0)
                let codePoints = try this(rt, args, name).codePoints
                if codePoints.isEmpty { return .bool(emptyResult) }
                return .bool(test(codePoints))
            }
        }
        func scalar(_ c: UInt32) -> Unicode.Scalar? { Unicode.Scalar(c) }
        predicate("isdigit") { $0.allSatisfy { scalar($0)?.properties.numericType.map { $0 == .decimal || $0 == .digit } ?? false } }
        predicate("isdecimal") { $0.allSatisfy { scalar($0)?.properties.numericType == .decimal } }
        predicate("isnumeric") { $0.allSatisfy { scalar($0)?.properties.numericType != nil } }
        predicate("isalpha") { $0.allSatisfy { scalar($0)?.properties.isAlphabetic ?? false } }
        predicate("isalnum") { $0.allSatisfy { c in
            (scalar(c)?.properties.isAlphabetic ?? false) || scalar(c)?.properties.numericType != nil } }
        predicate("isspace") { $0.allSatisfy(TextScanning.isSpace) }
        predicate("isascii", emptyResult: true) { $0.allSatisfy { $0 < 128 } }
        predicate("isupper") { codePoints in
            var cased = false
            for c in codePoints {
                guard let s = scalar(c) else { continue }
                if s.properties.isLowercase { return false }
                if s.properties.isUppercase { cased = true }
            }
            return cased
        }
        predicate("islower") { codePoints in
            var cased = false
            for c in codePoints {
                guard let s = scalar(c) else { continue }
                if s.properties.isUppercase { return false }
                if s.properties.isLowercase { cased = true }
            }
            return cased
        }
        predicate("isidentifier") { codePoints in
            guard let first = codePoints.first, let s = scalar(first),
                  s == "_" || s.properties.isXIDStart else { return false }
            return codePoints.dropFirst().allSatisfy { c in scalar(c).map { $0.properties.isXIDContinue } ?? false }
        }
        predicate("istitle") { codePoints in
            var previousCased = false
            var cased = false
            for c in codePoints {
                guard let s = scalar(c) else { continue }
                if s.properties.isUppercase {
                    if previousCased { return false }
                    previousCased = true
                    cased = true
                } else if s.properties.isLowercase {
                    if !previousCased { return false }
                    previousCased = true
                    cased = true
                } else {
                    previousCased = false
                }
            }
            return cased
        }
        defineMethod(str, "join") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "str.join", 1, 1)
            let separator = try this(rt, args, "join")
            var pieces: [PyStr] = []
            for (index, item) in try rt.collect(args[1]).enumerated() {
                guard let piece = item.object as? PyStr else {
                    throw PythonError(.typeError, "sequence item \(index): expected str instance, \(rt.typeName(item)) found")
                }
                if index > 0 && separator.count > 0 { pieces.append(separator) }
                pieces.append(piece)
            }
            if pieces.isEmpty { return .object(rt.emptyString) }
            return .object(rt.joinStrings(pieces))
        }
        defineMethod(str, "split") { (rt, args) throws(PythonError) -> Value in
            let text = try this(rt, args, "split")
            let bound = try ArgumentParser("split", Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()),
                                                               keywordNames: args.keywordNames)).bind(["sep", "maxsplit"], required: 0)
            let maxSplit = try bound[1].map { v throws(PythonError) in try rt.indexValue(v) } ?? -1
            return .object(rt.makeList(try rt.split(text, separator: bound[0] ?? .none, maxSplit: maxSplit, fromRight: false)))
        }
        defineMethod(str, "rsplit") { (rt, args) throws(PythonError) -> Value in
            let text = try this(rt, args, "rsplit")
            let bound = try ArgumentParser("rsplit", Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()),
                                                                keywordNames: args.keywordNames)).bind(["sep", "maxsplit"], required: 0)
            let maxSplit = try bound[1].map { v throws(PythonError) in try rt.indexValue(v) } ?? -1
            return .object(rt.makeList(try rt.split(text, separator: bound[0] ?? .none, maxSplit: maxSplit, fromRight: true)))
        }
        defineMethod(str, "splitlines") { (rt, args) throws(PythonError) -> Value in
            let codePoints = try this(rt, args, "splitlines").codePoints
            let keepEnds = args.count > 1 ? try rt.isTrue(args[1]) : (args.keyword("keepends").map { (try? rt.isTrue($0)) ?? false } ?? false)
            var lines: [Value] = []
            var start = 0
            var index = 0
            while index < codePoints.count {
                let c = codePoints[index]
                let isBreak = [0x0A, 0x0D, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029].contains(c)
                if isBreak {
                    var end = index + 1
                    if c == 0x0D && end < codePoints.count && codePoints[end] == 0x0A { end += 1 }
                    lines.append(.object(rt.makeStr(codePoints: Array(codePoints[start..<(keepEnds ? end : index)]))))
                    start = end
                    index = end
                } else {
                    index += 1
                }
            }
            if start < codePoints.count { lines.append(.object(rt.makeStr(codePoints: Array(codePoints[start...])))) }
            return .object(rt.makeList(lines))
        }
        for (name, mode) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "str.\(name)", 0, 1)
                let codePoints = try this(rt, args, name).codePoints
                var characters: [UInt32]?
                if args.count > 1, !args[1].isIdentical(to: .none) {
                    characters = try argument(rt, args, 1, name).codePoints
                }
                func strip(_ c: UInt32) -> Bool { characters.map { $0.contains(c) } ?? TextScanning.isSpace(c) }
                var start = 0
                var end = codePoints.count
                if mode != 2 { while start < end && strip(codePoints[start]) { start += 1 } }
                if mode != 1 { while end > start && strip(codePoints[end - 1]) { end -= 1 } }
                return .object(rt.makeStr(codePoints: Array(codePoints[start..<end])))
            }
        }
        defineMethod(str, "replace") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "replace", 2, 3)
            let text = try this(rt, args, "replace").codePoints
            let old = try argument(rt, args, 1, "replace").codePoints
            let new = try argument(rt, args, 2, "replace").codePoints
            var remaining = args.count > 3 ? try rt.indexValue(args[3]) : -1
            var result: [UInt32] = []
            var index = 0
            if old.isEmpty {
                for c in text {
                    if remaining != 0 { result += new; remaining -= 1 }
                    result.append(c)
                }
                if remaining != 0 { result += new }
                return .object(rt.makeStr(codePoints: result))
            }
            while index < text.count {
                if remaining != 0, index + old.count <= text.count, text[index..<(index + old.count)].elementsEqual(old) {
                    result += new
                    index += old.count
                    remaining -= 1
                } else {
                    result.append(text[index])
                    index += 1
                }
            }
            return .object(rt.makeStr(codePoints: result))
        }
        for (name, fromRight, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 3)
                let text = try this(rt, args, name).codePoints
                let needle = try argument(rt, args, 1, name).codePoints
                let (start, end) = try rt.searchBounds(args, length: text.count, from: 2)
                let found = StrSearch.find(needle, in: text, start: start, end: end, fromRight: fromRight)
                if found < 0 && raises { throw PythonError(.valueError, "substring not found") }
                return .int(found)
            }
        }
        defineMethod(str, "count") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "count", 1, 3)
            let text = try this(rt, args, "count").codePoints
            let needle = try argument(rt, args, 1, "count").codePoints
            let (start, end) = try rt.searchBounds(args, length: text.count, from: 2)
            if start > end || start > text.count { return .int(0) }
            if needle.isEmpty { return .int(end - start + 1) }
            var count = 0
            var index = start
            while index + needle.count <= end {
                if text[index..<(index + needle.count)].elementsEqual(needle) {
                    count += 1
                    index += needle.count
                } else {
                    index += 1
                }
            }
            return .int(count)
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 3)
                let text = try this(rt, args, name).codePoints
                let (start, end) = try rt.searchBounds(args, length: text.count, from: 2)
                var candidates: [Value] = [args[1]]
                if let tuple = args[1].object as? PyTuple { candidates = tuple.items }
                for candidate in candidates {
                    guard let affix = candidate.object as? PyStr else {
                        throw PythonError(.typeError, "\(name) first arg must be str or a tuple of str, not \(rt.typeName(candidate))")
                    }
                    let a = affix.codePoints
                    if start > text.count || end - start < a.count { continue }
                    let range = atEnd ? (end - a.count)..<end : start..<(start + a.count)
                    if text[range].elementsEqual(a) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for (name, mode) in [("ljust", 0), ("rjust", 1), ("center", 2)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 2)
                let text = try this(rt, args, name).codePoints
                let width = try rt.indexValue(args[1])
                var fill: UInt32 = 0x20
                if args.count > 2 {
                    let f = try argument(rt, args, 2, name)
                    guard f.count == 1 else { throw PythonError(.typeError, "The fill character must be exactly one character long") }
                    fill = f[0]
                }
                let padding = width - text.count
                if padding <= 0 { return args[0] }
                let left: Int
                switch mode {
                case 0: left = 0
                case 1: left = padding
                default: left = padding / 2 + (padding & width & 1)
                }
                return .object(rt.makeStr(codePoints: [UInt32](repeating: fill, count: left) + text
                                          + [UInt32](repeating: fill, count: padding - left)))
            }
        }
        defineMethod(str, "zfill") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "zfill", 1, 1)
            var text = try this(rt, args, "zfill").codePoints
            let width = try rt.indexValue(args[1])
            let padding = width - text.count
            if padding <= 0 { return args[0] }
            let signed = text.first == 0x2B || text.first == 0x2D
            text.insert(contentsOf: [UInt32](repeating: 0x30, count: padding), at: signed ? 1 : 0)
            return .object(rt.makeStr(codePoints: text))
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 1)
                let text = try this(rt, args, name).codePoints
                let separator = try argument(rt, args, 1, name).codePoints
                if separator.isEmpty { throw PythonError(.valueError, "empty separator") }
                let found = StrSearch.find(separator, in: text, start: 0, end: text.count, fromRight: fromRight)
                if found < 0 {
                    let whole = args[0]
                    let empty = Value.object(rt.emptyString)
                    return .object(rt.makeTuple(fromRight ? [empty, empty, whole] : [whole, empty, empty]))
                }
                return .object(rt.makeTuple([.object(rt.makeStr(codePoints: Array(text[..<found]))), args[1],
                                             .object(rt.makeStr(codePoints: Array(text[(found + separator.count)...])))]))
            }
        }
        for (name, isPrefix) in [("removeprefix", true), ("removesuffix", false)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 1)
                let text = try this(rt, args, name).codePoints
                let affix = try argument(rt, args, 1, name).codePoints
                guard !affix.isEmpty, affix.count <= text.count else { return args[0] }
                if isPrefix, text.prefix(affix.count).elementsEqual(affix) {
                    return .object(rt.makeStr(codePoints: Array(text.dropFirst(affix.count))))
                }
                if !isPrefix, text.suffix(affix.count).elementsEqual(affix) {
                    return .object(rt.makeStr(codePoints: Array(text.dropLast(affix.count))))
                }
                return args[0]
            }
        }
        defineMethod(str, "expandtabs") { (rt, args) throws(PythonError) -> Value in
            let text = try this(rt, args, "expandtabs").codePoints
            let size = args.count > 1 ? try rt.indexValue(args[1]) : (try args.keyword("tabsize").map { v throws(PythonError) in try rt.indexValue(v) } ?? 8)
            var result: [UInt32] = []
            var column = 0
            for c in text {
                if c == 0x09 {
                    if size > 0 {
                        let spaces = size - column % size
                        result += [UInt32](repeating: 0x20, count: spaces)
                        column += spaces
                    }
                } else {
                    result.append(c)
                    column = (c == 0x0A || c == 0x0D) ? 0 : column + 1
                }
            }
            return .object(rt.makeStr(codePoints: result))
        }
        defineMethod(str, "encode") { (rt, args) throws(PythonError) -> Value in
            let text = try this(rt, args, "encode")
            let bound = try ArgumentParser("encode", Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()),
                                                                keywordNames: args.keywordNames)).bind(["encoding", "errors"], required: 0)
            let encoding = (bound[0]?.object as? PyStr)?.string ?? "utf-8"
            let errors = (bound[1]?.object as? PyStr)?.string ?? "strict"
            return .object(PyBytes(type: rt.types.bytes, bytes: try rt.encode(text, encoding: encoding, errors: errors)))
        }
        defineMethod(str, "format") { (rt, args) throws(PythonError) -> Value in
            let text = try this(rt, args, "format")
            return .object(try rt.formatTemplate(text, Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst()),
                                                                 keywordNames: args.keywordNames)))
        }
        defineMethod(str, "format_map") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "format_map", 1, 1)
            return .object(try rt.formatTemplate(try this(rt, args, "format_map"), Arguments(UnsafeBufferPointer(start: nil, count: 0)),
                                                 mapping: args[1]))
        }
        defineMethod(str, "__format__") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "__format__", 1, 1)
            return .object(try rt.format(args[0], spec: args[1]))
        }
        str.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let text = a.object as? PyStr else { return a }
            return .object(PyIterator(type: rt.types.iterator, source: .str(text)))
        }
        str.slots.remainder = { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
            guard let text = a.object as? PyStr else { return .notImplemented }
            return .object(try rt.percentFormat(text, b))
        }
    }

    /// The optional `start, end` arguments of find/count/startswith, clamped as slices are.
    func searchBounds(_ args: Arguments, length: Int, from index: Int) throws(PythonError) -> (Int, Int) {
        func bound(_ position: Int, _ defaultValue: Int) throws(PythonError) -> Int {
            guard position < args.positionalCount, !args[position].isIdentical(to: .none) else { return defaultValue }
            var value = try indexValue(args[position])
            if value < 0 { value = max(0, value + length) }
            return value
        }
        let start = try bound(index, 0)
        let end = min(try bound(index + 1, length), length)
        return (start, end)
    }

    /// `str.split` / `str.rsplit`.
    func split(_ text: PyStr, separator: Value, maxSplit: Int, fromRight: Bool) throws(PythonError) -> [Value] {
        let codePoints = text.codePoints
        var pieces: [[UInt32]] = []
        if case .none = separator {
            // Runs of whitespace separate; leading and trailing whitespace is dropped.
            let remaining = maxSplit
            var words: [Range<Int>] = []
            var index = 0
            while index < codePoints.count {
                while index < codePoints.count && TextScanning.isSpace(codePoints[index]) { index += 1 }
                if index == codePoints.count { break }
                let start = index
                while index < codePoints.count && !TextScanning.isSpace(codePoints[index]) { index += 1 }
                words.append(start..<index)
            }
            if remaining < 0 || words.count <= remaining + 1 {
                pieces = words.map { Array(codePoints[$0]) }
            } else if !fromRight {
                // The rest keeps its trailing whitespace, as CPython's split does.
                pieces = words.prefix(remaining).map { Array(codePoints[$0]) }
                pieces.append(Array(codePoints[words[remaining].lowerBound...]))
            } else {
                let tail = words.suffix(remaining).map { Array(codePoints[$0]) }
                let end = words[words.count - remaining - 1].upperBound
                pieces = [Array(codePoints[0..<end])] + tail
            }
            return pieces.map { .object(makeStr(codePoints: $0)) }
        }
        guard let separatorText = separator.object as? PyStr else {
            throw PythonError(.typeError, "must be str or None, not \(typeName(separator))")
        }
        let sep = separatorText.codePoints
        if sep.isEmpty { throw PythonError(.valueError, "empty separator") }
        var positions: [Int] = []
        if !fromRight {
            var index = 0
            while index + sep.count <= codePoints.count, maxSplit < 0 || positions.count < maxSplit {
                if codePoints[index..<(index + sep.count)].elementsEqual(sep) {
                    positions.append(index)
                    index += sep.count
                } else {
                    index += 1
                }
            }
        } else {
            var index = codePoints.count - sep.count
            while index >= 0, maxSplit < 0 || positions.count < maxSplit {
                if codePoints[index..<(index + sep.count)].elementsEqual(sep) {
                    positions.append(index)
                    index -= sep.count
                } else {
                    index -= 1
                }
            }
            positions.reverse()
        }
        var start = 0
        for position in positions {
            pieces.append(Array(codePoints[start..<position]))
            start = position + sep.count
        }
        pieces.append(Array(codePoints[start...]))
        return pieces.map { .object(makeStr(codePoints: $0)) }
    }
}

enum StrSearch {
    /// The index of `needle` in `text[start..<end]`, or -1.
    static func find(_ needle: [UInt32], in text: [UInt32], start: Int, end: Int, fromRight: Bool) -> Int {
        if start > end || start > text.count { return -1 }
        if needle.isEmpty { return fromRight ? end : start }
        if end - start < needle.count { return -1 }
        let last = end - needle.count
        if fromRight {
            var index = last
            while index >= start {
                if text[index..<(index + needle.count)].elementsEqual(needle) { return index }
                index -= 1
            }
        } else {
            var index = start
            while index <= last {
                if text[index] == needle[0] && text[index..<(index + needle.count)].elementsEqual(needle) { return index }
                index += 1
            }
        }
        return -1
    }
}
