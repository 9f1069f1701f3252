/// The arguments of one call, as the evaluation loop has them on its stack:
/// positional values, then keyword values whose names are `keywordNames`.
/// Nothing is copied to make a call; the buffer lives as long as the call.
public struct Arguments {
    public let values: UnsafeBufferPointer<Value>
    /// Names of the last `keywordNames.count` values (a constant tuple of strs).
    public let keywordNames: [PyStr]

    @inlinable
    public init(_ values: UnsafeBufferPointer<Value>, keywordNames: [PyStr] = []) {
        self.values = values
        self.keywordNames = keywordNames
    }

    @inlinable public var positionalCount: Int { values.count - keywordNames.count }
    @inlinable public var count: Int { values.count }

    /// The positional argument at `index` (callers check `positionalCount`).
    @inlinable
    public subscript(index: Int) -> Value { values[index] }

    /// The value passed by keyword as `name`, if any.
    public func keyword(_ name: String) -> Value? {
        let base = positionalCount
        for (offset, key) in keywordNames.enumerated() where key.string == name {
            return values[base + offset]
        }
        return nil
    }

    /// Calls `body` with the arguments held in an array (for calls built at run time).
    public static func with<T>(_ array: [Value], keywordNames: [PyStr] = [],
                               _ body: (Arguments) throws(PythonError) -> T) throws(PythonError) -> T {
        var result: Result<T, PythonError>?
        array.withUnsafeBufferPointer { buffer in
            do throws(PythonError) {
                result = .success(try body(Arguments(buffer, keywordNames: keywordNames)))
            } catch {
                result = .failure(error)
            }
        }
        switch result {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw PythonError(.systemError, "call failed")
        }
    }
}

/// Checks and unpacks the arguments of a builtin written in Swift, with
/// CPython's messages (`len() takes exactly one argument (2 given)`).
public struct ArgumentParser {
    let name: String
    let arguments: Arguments

    public init(_ name: String, _ arguments: Arguments) {
        self.name = name
        self.arguments = arguments
    }

    public func noKeywords() throws(PythonError) {
        if !arguments.keywordNames.isEmpty {
            throw PythonError(.typeError, "\(name)() takes no keyword arguments")
        }
    }

    /// Exactly `count` positional arguments and no keywords.
    public func exactly(_ count: Int) throws(PythonError) {
        try noKeywords()
        let given = arguments.positionalCount
        guard given == count else {
            switch count {
            case 0: throw PythonError(.typeError, "\(name)() takes no arguments (\(given) given)")
            case 1: throw PythonError(.typeError, "\(name)() takes exactly one argument (\(given) given)")
            default: throw PythonError(.typeError, "\(name) expected \(count) arguments, got \(given)")
            }
        }
    }

    /// Between `minimum` and `maximum` positional arguments, no keywords.
    public func between(_ minimum: Int, _ maximum: Int) throws(PythonError) {
        try noKeywords()
        let given = arguments.positionalCount
        if given < minimum {
            let noun = minimum == 1 ? "argument" : "arguments"
            throw PythonError(.typeError, "\(name) expected at least \(minimum) \(noun), got \(given)")
        }
        if given > maximum {
            let noun = maximum == 1 ? "argument" : "arguments"
            throw PythonError(.typeError, "\(name) expected at most \(maximum) \(noun), got \(given)")
        }
    }

    /// Binds positional-or-keyword parameters by name; missing optional ones are nil.
    public func bind(_ names: [String], required: Int, positionalOnly: Int = 0) throws(PythonError) -> [Value?] {
        var bound = [Value?](repeating: nil, count: names.count)
        let given = arguments.positionalCount
        if given > names.count {
            throw PythonError(.typeError, "\(name)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        for index in 0..<given { bound[index] = arguments.values[index] }
        for (offset, key) in arguments.keywordNames.enumerated() {
            let text = key.string
            guard let position = names.firstIndex(of: text), position >= positionalOnly else {
                throw PythonError(.typeError, "\(name)() got an unexpected keyword argument '\(text)'")
            }
            if bound[position] != nil {
                throw PythonError(.typeError, "argument for \(name)() given by name ('\(text)') and position (\(position + 1))")
            }
            bound[position] = arguments.values[given + offset]
        }
        for index in 0..<required where bound[index] == nil {
            throw PythonError(.typeError, "\(name)() missing required argument '\(names[index])' (pos \(index + 1))")
        }
        return bound
    }
}
