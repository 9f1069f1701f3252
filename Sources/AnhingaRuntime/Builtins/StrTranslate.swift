/// `str.maketrans`, `str.translate` and `str.isprintable`: the code-point tables of `str`.
extension Runtime {
    func installStrTranslation() {
        let str = types.str
        let maketrans = builtinFunction("maketrans", owner: str) { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("maketrans", args).between(1, 3)
            let table = rt.makeDict()
            if args.count == 1 {
                guard let mapping = args[0].object as? PyDict else {
                    throw PythonError(.typeError, "if you give only one argument to maketrans it must be a dict")
                }
                for entry in mapping.orderedEntries {
                    if let key = entry.key.object as? PyStr {
                        guard key.count == 1 else { throw PythonError(.valueError, "string keys in translate table must be of length 1") }
                        try table.set(.int(Int(key.codePoints[0])), entry.value, rt)
                    } else if IntegerOperand(entry.key) != nil {
                        try table.set(entry.key, entry.value, rt)
                    } else {
                        throw PythonError(.typeError, "keys in translate table must be strings or integers")
                    }
                }
                return .object(table)
            }
            guard let from = args[0].object as? PyStr else {
                throw PythonError(.typeError, "first maketrans argument must be a string if there is a second argument")
            }
            guard let to = args[1].object as? PyStr else { throw PythonError(.typeError, "maketrans() argument 2 must be str, not \(rt.typeName(args[1]))") }
            guard from.count == to.count else { throw PythonError(.valueError, "the first two maketrans arguments must have equal length") }
            for (source, target) in zip(from.codePoints, to.codePoints) {
                try table.set(.int(Int(source)), .int(Int(target)), rt)
            }
            if args.count == 3 {
                guard let deleted = args[2].object as? PyStr else {
                    throw PythonError(.typeError, "maketrans() argument 3 must be str, not \(rt.typeName(args[2]))")
                }
                for c in deleted.codePoints { try table.set(.int(Int(c)), .none, rt) }
            }
            return .object(table)
        }
        defineClassAttribute(str, "maketrans", .object(PyMethodWrapper(type: types.staticMethod, kind: .staticMethod, function: .object(maketrans))))

        defineMethod(str, "translate") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "str.translate", 1, 1)
            let text = try rt.receiver(args, PyStr.self, "translate", "str")
            let table = args[1]
            var result: [UInt32] = []
            result.reserveCapacity(text.count)
            for c in text.codePoints {
                let mapped: Value
                do throws(PythonError) {
                    mapped = try rt.getItem(table, .int(Int(c)))
                } catch {
                    // A table without the character (LookupError) leaves it as it is.
                    guard rt.isLookupError(error) else { throw error }
                    result.append(c)
                    continue
                }
                switch mapped {
                case .none: continue
                case .int(let point):
                    guard point >= 0 && point < 0x110000 else { throw PythonError(.valueError, "character mapping must be in range(0x110000)") }
                    result.append(UInt32(point))
                default:
                    if let piece = mapped.object as? PyStr {
                        result.append(contentsOf: piece.codePoints)
                    } else if IntegerOperand(mapped) != nil {
                        throw PythonError(.valueError, "character mapping must be in range(0x110000)")
                    } else {
                        throw PythonError(.typeError, "character mapping must return integer, None or str")
                    }
                }
            }
            return .object(rt.makeStr(codePoints: result))
        }

        defineMethod(str, "isprintable") { (rt, args) throws(PythonError) -> Value in
            try rt.expectArguments(args, "str.isprintable", 0, 0)
            let text = try rt.receiver(args, PyStr.self, "isprintable", "str")
            return .bool(text.codePoints.allSatisfy(Runtime.isPrintable))
        }
    }

    /// Whether `repr` shows a code point as it is: everything but the separators other than
    /// the space, control and format characters, surrogates, private use and unassigned points.
    static func isPrintable(_ c: UInt32) -> Bool {
        if c == 0x20 { return true }
        guard let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Whether a raised error is a LookupError (KeyError, IndexError or a subclass).
    func isLookupError(_ error: PythonError) -> Bool {
        if let kind = error.kind, kind == .keyError || kind == .indexError || kind == .lookupError { return true }
        return error.exception(in: self).type.isSubtype(of: types.exceptionType(.lookupError))
    }
}
