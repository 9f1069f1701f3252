/// `memoryview(object)`, its methods and attributes (see Objects/PyMemoryView.swift).
extension Runtime {
    // swiftlint:disable:next function_body_length
    func installMemoryViewMethods() {
        let memoryview = types.memoryview
        memoryview.constructor = { (rt, type, args) throws(PythonError) -> Value in
            let bound = try ArgumentParser("memoryview", args).bind(["object"], required: 1)
            let object = bound[0] ?? .none
            if let bytes = object.object as? PyBytes {
                return .object(PyMemoryView(type: type, source: bytes, start: 0, step: 1, count: bytes.bytes.count,
                                            readonly: !bytes.type.isSubtype(of: rt.types.bytearray)))
            }
            if object.object is PyMemoryView {
                let view = try rt.usableView(object)
                return .object(PyMemoryView(type: type, source: view.source, start: view.start, step: view.step,
                                            count: view.count, readonly: view.readonly))
            }
            throw PythonError(.typeError, "memoryview: a bytes-like object is required, not '\(rt.typeName(object))'")
        }
        func view(_ rt: Runtime, _ args: Arguments, _ name: String) throws(PythonError) -> PyMemoryView {
            try rt.usableView(.object(try rt.receiver(args, PyMemoryView.self, name, "memoryview")))
        }
        defineMethod(memoryview, "tobytes") { (rt, args) throws(PythonError) -> Value in
            let target = try view(rt, args, "tobytes")
            let order = try ArgumentParser("tobytes", rt.droppingReceiver(args)).bind(["order"], required: 0)[0] ?? .none
            if case .none = order {} else {
                guard let text = order.object as? PyStr, ["C", "F", "A"].contains(text.string) else {
                    throw PythonError(.valueError, "order must be 'C', 'F' or 'A'")
                }
            }
            return .object(PyBytes(type: rt.types.bytes, bytes: target.contents))
        }
        defineMethod(memoryview, "tolist") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "tolist", 0, 0)
            return .object(rt.makeList(try view(rt, args, "tolist").contents.map { .int(Int($0)) }))
        }
        defineMethod(memoryview, "hex") { (rt, args) throws(PythonError) -> Value in
            let target = try view(rt, args, "hex")
            return .object(rt.makeStr(try rt.hexText(target.contents, rt.droppingReceiver(args))))
        }
        defineMethod(memoryview, "toreadonly") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "toreadonly", 0, 0)
            let target = try view(rt, args, "toreadonly")
            return .object(PyMemoryView(type: target.type, source: target.source, start: target.start, step: target.step,
                                        count: target.count, readonly: true))
        }
        defineMethod(memoryview, "release") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "release", 0, 0)
            try rt.receiver(args, PyMemoryView.self, "release", "memoryview").release()
            return .none
        }
        defineMethod(memoryview, "__enter__") { (rt, args) throws(PythonError) -> Value in
            .object(try view(rt, args, "__enter__"))
        }
        defineMethod(memoryview, "__exit__") { (rt, args) throws(PythonError) -> Value in
            try rt.receiver(args, PyMemoryView.self, "__exit__", "memoryview").release()
            return .none
        }
        let attributes: [(String, (Runtime, PyMemoryView) -> Value)] = [
            ("obj", { (rt, view) in .object(view.source) }),
            ("nbytes", { (rt, view) in .int(view.count) }),
            ("readonly", { (rt, view) in .bool(view.readonly) }),
            ("itemsize", { (rt, view) in .int(1) }),
            ("format", { (rt, view) in .object(rt.makeStr("B")) }),
            ("ndim", { (rt, view) in .int(1) }),
            ("shape", { (rt, view) in .object(rt.makeTuple([.int(view.count)])) }),
            ("strides", { (rt, view) in .object(rt.makeTuple([.int(view.step)])) }),
            ("suboffsets", { (rt, view) in .object(rt.makeTuple([])) }),
            ("c_contiguous", { (rt, view) in .bool(view.step == 1 || view.count <= 1) }),
            ("f_contiguous", { (rt, view) in .bool(view.step == 1 || view.count <= 1) }),
            ("contiguous", { (rt, view) in .bool(view.step == 1 || view.count <= 1) }),
        ]
        for (name, getter) in attributes {
            defineAttribute(memoryview, name) { (rt, value) throws(PythonError) -> Value in getter(rt, try rt.usableView(value)) }
        }
    }

    /// The arguments after `self` (argument 0) of a method.
    func droppingReceiver(_ args: Arguments) -> Arguments {
        Arguments(UnsafeBufferPointer(rebasing: args.values.dropFirst(min(1, args.positionalCount))), keywordNames: args.keywordNames)
    }

    /// `bytes.hex(sep=…, bytes_per_sep=1)` (also bytearray's and memoryview's): two
    /// hex digits per byte, `sep` between groups of `bytes_per_sep` bytes counted
    /// from the right (from the left when it is negative).
    func hexText(_ bytes: [UInt8], _ args: Arguments) throws(PythonError) -> String {
        let bound = try ArgumentParser("hex", args).bind(["sep", "bytes_per_sep"], required: 0)
        var separator: UInt8?
        if let sep = bound[0] {
            let units: [UInt32]
            if let text = sep.object as? PyStr {
                units = text.codePoints
            } else if let data = sep.object as? PyBytes {
                units = data.bytes.map { UInt32($0) }
            } else {
                throw PythonError(.typeError, "object of type '\(typeName(sep))' has no len()")
            }
            guard units.count == 1 else { throw PythonError(.valueError, "sep must be length 1.") }
            guard units[0] < 0x80 else { throw PythonError(.valueError, "sep must be ASCII.") }
            separator = UInt8(units[0])
        }
        var group = 1
        do throws(PythonError) {
            if let value = bound[1] { group = try indexValue(value) }
        } catch where error.kind == .overflowError {
            group = Int.max
        }
        // bytes_per_sep is a C int.
        guard Int(Int32.min)...Int(Int32.max) ~= group else {
            throw PythonError(.overflowError, "Python int too large to convert to C int")
        }
        let digits = Array("0123456789abcdef".utf8)
        let size = abs(group)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3)
        for (index, byte) in bytes.enumerated() {
            if index > 0, let separator, group != 0 {
                let boundary = group > 0 ? (bytes.count - index) % size == 0 : index % size == 0
                if boundary { out.append(separator) }
            }
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
