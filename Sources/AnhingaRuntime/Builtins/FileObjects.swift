/// `open()` and file objects, through the interpreter's `FileSystemAccess`
/// (brief decision 10): a file's bytes are read when it is opened for reading
/// and written when it is flushed or closed.
public final class PyFile: PyObject {
    let path: String
    let mode: String
    let binary: Bool
    let writable: Bool
    let readable: Bool
    let appending: Bool
    /// Read mode: the whole content and the read position (in bytes).
    var content: [UInt8] = []
    var position = 0
    /// Write mode: what has not reached the file system yet.
    var pending: [UInt8] = []
    var closed = false
    var truncatePending: Bool

    /// `open(newline=)`: nil for universal newlines (read `\r\n` and `\r` as `\n`, write
    /// `\n`); `""` to split lines at any of the three but keep them; else the one terminator.
    var newline: [UInt8]?

    /// Where the line starting at `position` ends (after its newline, or at the end).
    func lineEnd() -> Int {
        var end = position
        switch newline {
        case nil, [0x0A]?:
            while end < content.count && content[end] != 0x0A { end += 1 }
            return end < content.count ? end + 1 : end
        case []?:
            while end < content.count && content[end] != 0x0A && content[end] != 0x0D { end += 1 }
            if end < content.count && content[end] == 0x0D && end + 1 < content.count && content[end + 1] == 0x0A { return end + 2 }
            return end < content.count ? end + 1 : end
        case let terminator?:
            while end < content.count {
                if content[end...].starts(with: terminator) { return end + terminator.count }
                end += 1
            }
            return end
        }
    }

    /// Text written: each `\n` becomes the `newline` given to open() when that is `\r` or `\r\n`.
    func encodedForWriting(_ text: PyStr) -> [UInt8] {
        let bytes = Array(text.string.utf8)
        guard let newline, newline.first == 0x0D, bytes.contains(0x0A) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 0x0A { result += newline } else { result.append(byte) }
        }
        return result
    }

    /// Where `count` characters (UTF-8 sequences) from `position` end.
    func characterEnd(_ count: Int) -> Int {
        var index = position
        var characters = 0
        while index < content.count && characters < count {
            index += 1
            while index < content.count && content[index] & 0xC0 == 0x80 { index += 1 }
            characters += 1
        }
        return index
    }

    /// Text mode reads with universal newlines: `\r\n` and `\r` become `\n`.
    static func translatingNewlines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(bytes[index])
            }
            index += 1
        }
        return result
    }

    init(type: PyType, path: String, mode: String, binary: Bool, readable: Bool, writable: Bool, appending: Bool) {
        self.path = path
        self.mode = mode
        self.binary = binary
        self.readable = readable
        self.writable = writable
        self.appending = appending
        truncatePending = writable && !appending
        super.init(type: type)
    }
}

extension Runtime {
    func openFile(_ args: Arguments) throws(PythonError) -> Value {
        let bound = try ArgumentParser("open", args).bind(["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], required: 1)
        guard let pathText = bound[0]?.object as? PyStr else {
            throw PythonError(.typeError, "expected str, bytes or os.PathLike object, not \(typeName(bound[0] ?? .none))")
        }
        let mode = (bound[1]?.object as? PyStr)?.string ?? "r"
        let valid = Set("rwaxb+t")
        guard mode.allSatisfy({ valid.contains($0) }), mode.filter({ "rwax".contains($0) }).count == 1 else {
            throw PythonError(.valueError, "invalid mode: '\(mode)'")
        }
        let binary = mode.contains("b")
        if binary, let encoding = bound[3], !encoding.isIdentical(to: .none) {
            throw PythonError(.valueError, "binary mode doesn't take an encoding argument")
        }
        var newline: [UInt8]?
        if let given = bound[5], !given.isIdentical(to: .none) {
            guard let text = given.object as? PyStr else {
                throw PythonError(.typeError, "open() argument 'newline' must be str or None, not \(typeName(given))")
            }
            guard ["", "\n", "\r", "\r\n"].contains(text.string) else {
                throw PythonError(.valueError, "illegal newline value: \(text.string)")
            }
            if binary { throw PythonError(.valueError, "binary mode doesn't take a newline argument") }
            newline = Array(text.string.utf8)
        }
        let plus = mode.contains("+")
        let file = PyFile(type: types.file, path: pathText.string, mode: mode, binary: binary,
                          readable: mode.contains("r") || plus, writable: !mode.contains("r") || plus,
                          appending: mode.contains("a"))
        file.newline = newline
        if mode.contains("r") {
            let bytes = try fileSystem.read(path: pathText.string)
            file.content = binary || newline != nil ? bytes : PyFile.translatingNewlines(bytes)
        } else if mode.contains("x") {
            if (try? fileSystem.read(path: pathText.string)) != nil {
                throw PythonError(.fileExistsError, "[Errno 17] File exists: '\(pathText.string)'")
            }
            try fileSystem.write(path: pathText.string, bytes: [], append: false)
            file.truncatePending = false
        } else {
            try fileSystem.write(path: pathText.string, bytes: [], append: file.appending)
            file.truncatePending = false
        }
        return .object(file)
    }

    func flushFile(_ file: PyFile) throws(PythonError) {
        guard file.writable, !file.pending.isEmpty || file.truncatePending else { return }
        try fileSystem.write(path: file.path, bytes: file.pending, append: !file.truncatePending)
        file.pending = []
        file.truncatePending = false
    }

    // swiftlint:disable:next function_body_length
    func installFileMethods() {
        let fileType = types.file
        func open(_ rt: Runtime, _ args: Arguments, _ name: String) throws(PythonError) -> PyFile {
            let file = try rt.receiver(args, PyFile.self, name, "TextIOWrapper")
            if file.closed { throw PythonError(.valueError, "I/O operation on closed file.") }
            return file
        }
        func text(_ rt: Runtime, _ file: PyFile, _ bytes: ArraySlice<UInt8>) throws(PythonError) -> Value {
            if file.binary { return .object(PyBytes(type: rt.types.bytes, bytes: Array(bytes))) }
            return .object(try rt.decodeUTF8(Array(bytes)))
        }
        defineMethod(fileType, "read") { (rt, args) throws(PythonError) -> Value in
            let file = try open(rt, args, "read")
            guard file.readable else { throw PythonError(.unsupportedOperation, "not readable") }
            var end = file.content.count
            if args.count > 1, case .int(let size) = args[1], size >= 0 {
                if file.binary {
                    end = min(file.content.count, file.position + size)
                } else {
                    end = file.characterEnd(size)
                }
            }
            let result = try text(rt, file, file.content[file.position..<end])
            file.position = end
            return result
        }
        defineMethod(fileType, "readline") { (rt, args) throws(PythonError) -> Value in
            let file = try open(rt, args, "readline")
            guard file.readable else { throw PythonError(.unsupportedOperation, "not readable") }
            var end = file.lineEnd()
            if args.count > 1, case .int(let size) = args[1], size >= 0 {
                end = min(end, file.binary ? file.position + size : file.characterEnd(size))
            }
            let result = try text(rt, file, file.content[file.position..<end])
            file.position = end
            return result
        }
        defineMethod(fileType, "readlines") { (rt, args) throws(PythonError) -> Value in
            let file = try open(rt, args, "readlines")
            var lines: [Value] = []
            while file.position < file.content.count {
                let end = file.lineEnd()
                lines.append(try text(rt, file, file.content[file.position..<end]))
                file.position = end
            }
            return .object(rt.makeList(lines))
        }
        defineMethod(fileType, "write") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "write", 1, 1)
            let file = try open(rt, args, "write")
            guard file.writable else { throw PythonError(.unsupportedOperation, "not writable") }
            if file.binary {
                guard let bytes = args[1].object as? PyBytes else {
                    throw PythonError(.typeError, "a bytes-like object is required, not '\(rt.typeName(args[1]))'")
                }
                file.pending += bytes.bytes
                return .int(bytes.bytes.count)
            }
            guard let string = args[1].object as? PyStr else {
                throw PythonError(.typeError, "write() argument must be str, not \(rt.typeName(args[1]))")
            }
            file.pending += file.encodedForWriting(string)
            return .int(string.count)
        }
        defineMethod(fileType, "writelines") { (rt, args) throws(PythonError) -> Value in
            let file = try open(rt, args, "writelines")
            for item in try rt.collect(args[1]) {
                guard let string = item.object as? PyStr else { throw PythonError(.typeError, "write() argument must be str, not \(rt.typeName(item))") }
                file.pending += file.encodedForWriting(string)
            }
            return .none
        }
        defineMethod(fileType, "flush") { (rt, args) throws(PythonError) -> Value in
            try rt.flushFile(try open(rt, args, "flush"))
            return .none
        }
        defineMethod(fileType, "close") { (rt, args) throws(PythonError) -> Value in
            let file = try rt.receiver(args, PyFile.self, "close", "TextIOWrapper")
            if !file.closed {
                try rt.flushFile(file)
                file.closed = true
            }
            return .none
        }
        defineMethod(fileType, "__enter__") { (rt, args) throws(PythonError) -> Value in
            _ = try open(rt, args, "__enter__")
            return args[0]
        }
        defineMethod(fileType, "__exit__") { (rt, args) throws(PythonError) -> Value in
            let file = try rt.receiver(args, PyFile.self, "__exit__", "TextIOWrapper")
            if !file.closed {
                try rt.flushFile(file)
                file.closed = true
            }
            return .none
        }
        for (name, test) in [("readable", { (f: PyFile) in f.readable }), ("writable", { $0.writable }), ("seekable", { _ in true })] {
            defineMethod(fileType, name) { (rt, args) throws(PythonError) -> Value in .bool(test(try open(rt, args, name))) }
        }
        defineAttribute(fileType, "closed") { (rt, value) throws(PythonError) -> Value in .bool((value.object as? PyFile)?.closed ?? true) }
        defineAttribute(fileType, "name") { (rt, value) throws(PythonError) -> Value in .object(rt.makeStr((value.object as? PyFile)?.path ?? "")) }
        defineAttribute(fileType, "mode") { (rt, value) throws(PythonError) -> Value in .object(rt.makeStr((value.object as? PyFile)?.mode ?? "")) }
        fileType.slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let file = a.object as? PyFile else { return a }
            if file.closed { throw PythonError(.valueError, "I/O operation on closed file.") }
            return rt.makeIterator { (rt) throws(PythonError) -> Value? in
                guard file.position < file.content.count else { return nil }
                let end = file.lineEnd()
                let line = try text(rt, file, file.content[file.position..<end])
                file.position = end
                return line
            }
        }
        fileType.slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let file = a.object as? PyFile else { return rt.emptyString }
            return rt.makeStr("<_io.TextIOWrapper name='\(file.path)' mode='\(file.mode)' encoding='UTF-8'>")
        }
    }
}
