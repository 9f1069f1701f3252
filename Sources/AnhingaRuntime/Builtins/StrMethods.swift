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
        /// `asciiTransform`, when given, does what `transform` does for ASCII text, on its bytes.
        func mapped(_ name: String, ascii asciiTransform: (([UInt8]) -> [UInt8])? = nil, _ transform: @escaping (String) -> String) {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, "str.\(name)", 0, 0)
                let text = try this(rt, args, name)
                if text.isASCII, case .latin1(let bytes) = text.storage {
                    if let asciiTransform { return .object(rt.makeStr(latin1: asciiTransform(bytes), asciiIf: true)) }
                    return .object(rt.makeStr(transform(String(decoding: bytes, as: UTF8.self))))
                }
                return .object(rt.makeStr(transform(text.string)))
            }
        }
        func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        mapped("upper", ascii: { $0.map(upper) }) { $0.uppercased() }
        mapped("lower", ascii: { $0.map(lower) }) { $0.lowercased() }
        mapped("casefold") { $0.lowercased() }
        mapped("swapcase") { text in
            String(text.unicodeScalars.map { scalar -> String in
                let s = String(scalar)
                return scalar.properties.isUppercase ? s.lowercased() : (scalar.properties.isLowercase ? s.uppercased() : s)
            }.joined())
        }
        mapped("capitalize", ascii: { bytes in bytes.indices.map { $0 == 0 ? upper(bytes[0]) : lower(bytes[$0]) } }) { text in
            guard let first = text.unicodeScalars.first else { return text }
            // The first character goes to title case ('ß' -> 'Ss'), as CPython's capitalize.
            return first.properties.titlecaseMapping + String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())).lowercased()
        }
        mapped("title") { text in
            var result = ""
            var previousCased = false
            for scalar in text.unicodeScalars {
                let s = String(scalar)
                result += previousCased ? s.lowercased() : scalar.properties.titlecaseMapping
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
            return .object(try rt.join(try rt.collect(args[1]), separator: separator))
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
                let text = try this(rt, args, name)
                var characters: PyStr?
                if args.count > 1, !args[1].isIdentical(to: .none) {
                    characters = try argument(rt, args, 1, name)
                }
                if case .latin1(let bytes) = text.storage {
                    let kept: Range<Int>
                    if let characters {
                        // Characters outside Latin-1 never occur in Latin-1 text.
                        let set: [UInt8]
                        if case .latin1(let narrow) = characters.storage {
                            set = narrow
                        } else {
                            set = characters.codePoints.filter { $0 < 0x100 }.map { UInt8($0) }
                        }
                        kept = StrSearch.keptRange(bytes, mode: mode) { set.contains($0) }
                    } else {
                        kept = StrSearch.keptRange(bytes, mode: mode) { TextScanning.isSpace(UInt32($0)) }
                    }
                    if kept.count == bytes.count && text.type === rt.types.str { return .object(text) }
                    return .object(rt.makeStr(latin1: Array(bytes[kept]), asciiIf: text.isASCII))
                }
                let codePoints = text.codePoints
                let set = characters?.codePoints
                let kept = StrSearch.keptRange(codePoints, mode: mode) { c in set.map { $0.contains(c) } ?? TextScanning.isSpace(c) }
                return .object(rt.makeStr(codePoints: Array(codePoints[kept])))
            }
        }
        defineMethod(str, "replace") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "replace", 2, 3)
            let text = try this(rt, args, "replace")
            let old = try argument(rt, args, 1, "replace")
            let new = try argument(rt, args, 2, "replace")
            let limit = args.count > 3 ? try rt.indexValue(args[3]) : -1
            let isASCII = text.isASCII && new.isASCII
            if case .latin1(let text) = text.storage, case .latin1(let old) = old.storage, case .latin1(let new) = new.storage {
                return .object(rt.makeStr(latin1: StrSearch.replace(text, old, new, limit: limit), asciiIf: isASCII))
            }
            return .object(rt.makeStr(codePoints: StrSearch.replace(text.codePoints, old.codePoints, new.codePoints, limit: limit)))
        }
        for (name, fromRight, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 3)
                let text = try this(rt, args, name)
                let needle = try argument(rt, args, 1, name)
                let (start, end) = try rt.searchBounds(args, length: text.count, from: 2)
                let found: Int
                switch TextUnitPair(text, needle) {
                case .narrow(let text, let needle): found = StrSearch.find(needle, in: text, start: start, end: end, fromRight: fromRight)
                case .wide(let text, let needle): found = StrSearch.find(needle, in: text, start: start, end: end, fromRight: fromRight)
                }
                if found < 0 && raises { throw PythonError(.valueError, "substring not found") }
                return .int(found)
            }
        }
        defineMethod(str, "count") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "count", 1, 3)
            let text = try this(rt, args, "count")
            let needle = try argument(rt, args, 1, "count")
            let (start, end) = try rt.searchBounds(args, length: text.count, from: 2)
            switch TextUnitPair(text, needle) {
            case .narrow(let text, let needle): return .int(StrSearch.count(needle, in: text, start: start, end: end))
            case .wide(let text, let needle): return .int(StrSearch.count(needle, in: text, start: start, end: end))
            }
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 3)
                let text = try this(rt, args, name)
                let (start, end) = try rt.searchBounds(args, length: text.count, from: 2)
                var candidates: [Value] = [args[1]]
                if let tuple = args[1].object as? PyTuple { candidates = tuple.items }
                for candidate in candidates {
                    guard let affix = candidate.object as? PyStr else {
                        throw PythonError(.typeError, "\(name) first arg must be str or a tuple of str, not \(rt.typeName(candidate))")
                    }
                    let found: Bool
                    switch TextUnitPair(text, affix) {
                    case .narrow(let text, let affix): found = StrSearch.hasAffix(affix, in: text, start: start, end: end, atEnd: atEnd)
                    case .wide(let text, let affix): found = StrSearch.hasAffix(affix, in: text, start: start, end: end, atEnd: atEnd)
                    }
                    if found { return .bool(true) }
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
                if padding <= 0 { return rt.plainStr(args[0]) }
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
            if padding <= 0 { return rt.plainStr(args[0]) }
            let signed = text.first == 0x2B || text.first == 0x2D
            text.insert(contentsOf: [UInt32](repeating: 0x30, count: padding), at: signed ? 1 : 0)
            return .object(rt.makeStr(codePoints: text))
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 1)
                let text = try this(rt, args, name)
                let separator = try argument(rt, args, 1, name)
                if separator.count == 0 { throw PythonError(.valueError, "empty separator") }
                let isASCII = text.isASCII
                let head: PyStr
                let tail: PyStr
                switch TextUnitPair(text, separator) {
                case .narrow(let text, let separator):
                    let found = StrSearch.find(separator, in: text, start: 0, end: text.count, fromRight: fromRight)
                    if found < 0 { return rt.partitionNotFound(args[0], fromRight: fromRight) }
                    head = rt.makeStr(latin1: Array(text[..<found]), asciiIf: isASCII)
                    tail = rt.makeStr(latin1: Array(text[(found + separator.count)...]), asciiIf: isASCII)
                case .wide(let text, let separator):
                    let found = StrSearch.find(separator, in: text, start: 0, end: text.count, fromRight: fromRight)
                    if found < 0 { return rt.partitionNotFound(args[0], fromRight: fromRight) }
                    head = rt.makeStr(codePoints: Array(text[..<found]))
                    tail = rt.makeStr(codePoints: Array(text[(found + separator.count)...]))
                }
                return .object(rt.makeTuple([.object(head), args[1], .object(tail)]))
            }
        }
        for (name, isPrefix) in [("removeprefix", true), ("removesuffix", false)] {
            defineMethod(str, name) { (rt, args) throws(PythonError) -> Value in
                try rt.expectArguments(args, name, 1, 1)
                let text = try this(rt, args, name).codePoints
                let affix = try argument(rt, args, 1, name).codePoints
                guard !affix.isEmpty, affix.count <= text.count else { return rt.plainStr(args[0]) }
                if isPrefix, text.prefix(affix.count).elementsEqual(affix) {
                    return .object(rt.makeStr(codePoints: Array(text.dropFirst(affix.count))))
                }
                if !isPrefix, text.suffix(affix.count).elementsEqual(affix) {
                    return .object(rt.makeStr(codePoints: Array(text.dropLast(affix.count))))
                }
                return rt.plainStr(args[0])
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
        defineMethod(str, "__format__") { (rt, args) throws(PythonError) -> Value in try rt.builtinFormatMethod(args) }
        str.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let text = a.object as? PyStr else { return a }
            return .object(PyIterator(type: text.isASCII ? rt.types.strASCIIIterator : rt.types.strIterator, source: .str(text)))
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
        var separatorText: PyStr?
        if case .none = separator {} else {
            guard let given = separator.object as? PyStr else {
                throw PythonError(.typeError, "must be str or None, not \(typeName(separator))")
            }
            if given.count == 0 { throw PythonError(.valueError, "empty separator") }
            separatorText = given
        }
        if case .latin1(let bytes) = text.storage {
            var narrowSeparator: [UInt8]?
            if let separatorText {
                // A separator outside Latin-1 cannot occur: the text is one piece.
                guard case .latin1(let separatorBytes) = separatorText.storage else {
                    return [.object(makeStr(storage: .latin1(bytes)))]
                }
                narrowSeparator = separatorBytes
            }
            let ranges = StrSearch.splitRanges(bytes, separator: narrowSeparator, maxSplit: maxSplit, fromRight: fromRight)
            var pieces: [Value] = []
            pieces.reserveCapacity(ranges.count)
            for range in ranges { pieces.append(.object(makeStr(latin1: Array(bytes[range]), asciiIf: text.isASCII))) }
            return pieces
        }
        let codePoints = text.codePoints
        return StrSearch.splitRanges(codePoints, separator: separatorText?.codePoints, maxSplit: maxSplit, fromRight: fromRight).map {
            .object(makeStr(codePoints: Array(codePoints[$0])))
        }
    }

    /// `separator.join(items)`: the total size is known before the text is copied.
    func join(_ items: [Value], separator: PyStr) throws(PythonError) -> PyStr {
        var total = separator.count * Swift.max(items.count - 1, 0)
        for (index, item) in items.enumerated() {
            guard let piece = item.object as? PyStr else {
                throw PythonError(.typeError, "sequence item \(index): expected str instance, \(typeName(item)) found")
            }
            total &+= piece.count
        }
        if items.count == 1, let only = items[0].object as? PyStr, only.type === types.str { return only }
        var text = TextBuilder(capacity: total)
        for (index, item) in items.enumerated() {
            if index > 0 { text.append(separator) }
            if case .object(let object) = item { text.append(unsafeDowncast(object, to: PyStr.self)) }
        }
        return text.finish(self)
    }

    /// `partition`/`rpartition` when the separator does not occur.
    func partitionNotFound(_ whole: Value, fromRight: Bool) -> Value {
        let empty = Value.object(emptyString)
        return .object(makeTuple(fromRight ? [empty, empty, whole] : [whole, empty, empty]))
    }
}

enum StrSearch {
    /// The index of `needle` in `text[start..<end]`, or -1.
    static func find<T: FixedWidthInteger>(_ needle: [T], in text: [T], start: Int, end: Int, fromRight: Bool) -> Int {
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
