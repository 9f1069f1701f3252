/// A builtin written in Swift: `(runtime, arguments) → value`.
public typealias NativeFunction = (Runtime, Arguments) throws(PythonError) -> Value

/// A function defined in Python: code, the globals it closes over, defaults
/// and cells.
public final class PyFunction: PyObject {
    /// `__code__`, which may be replaced by code with as many free variables.
    @exclusivity(unchecked) var code: PyCode
    let globals: PyDict
    @exclusivity(unchecked) var name: PyStr
    @exclusivity(unchecked) var qualname: PyStr
    @exclusivity(unchecked) var defaults: [Value]
    @exclusivity(unchecked) var keywordDefaults: PyDict?
    @exclusivity(unchecked) var closure: [PyCell]
    @exclusivity(unchecked) var annotations: PyDict?
    @exclusivity(unchecked) var attributes: PyDict?
    @exclusivity(unchecked) var doc: Value
    @exclusivity(unchecked) var module: Value

    init(type: PyType, code: PyCode, globals: PyDict, name: PyStr, qualname: PyStr, defaults: [Value],
         keywordDefaults: PyDict?, closure: [PyCell], doc: Value, module: Value) {
        self.code = code
        self.globals = globals
        self.name = name
        self.qualname = qualname
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.doc = doc
        self.module = module
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        body(code)
        body(globals)
        for case .object(let object) in defaults { body(object) }
        if let keywordDefaults { body(keywordDefaults) }
        for cell in closure { body(cell) }
        if let annotations { body(annotations) }
        if let attributes { body(attributes) }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        for case .object(let object) in defaults { references.append(object) }
        defaults = []
        closure.forEach { references.append($0) }
        closure = []
        if let keywordDefaults { references.append(keywordDefaults) }
        keywordDefaults = nil
        if let attributes { references.append(attributes) }
        attributes = nil
        annotations = nil
    }
}

/// A variable shared between a function and the functions nested in it.
public final class PyCell: PyObject {
    @exclusivity(unchecked) var contents: Value

    init(type: PyType, contents: Value) {
        self.contents = contents
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if case .object(let object) = contents { body(object) }
    }

    public override func moveReferences(into references: inout [PyObject]) {
        if case .object(let object) = contents { references.append(object) }
        contents = .null
    }
}

/// A builtin function or method descriptor written in Swift. As a method
/// descriptor in a type's dict, it receives `self` as its first argument
/// (`str.upper("a")` and `"a".upper()` reach it the same way).
public final class PyBuiltinFunction: PyObject {
    let name: String
    /// The type that defines it, when it is a method ("descriptor 'x' of 'str' object").
    let owner: PyType?
    let body: NativeFunction
    /// `self` of a bound builtin method (`[].append`), or nil.
    let boundSelf: Value?
    let doc: String?
    /// The module a module-level function belongs to (`__module__`; its `__self__` is that module).
    @exclusivity(unchecked) var moduleName: String?

    init(type: PyType, name: String, owner: PyType?, boundSelf: Value? = nil, doc: String? = nil,
         body: @escaping NativeFunction) {
        self.name = name
        self.owner = owner
        self.body = body
        self.boundSelf = boundSelf
        self.doc = doc
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if case .object(let object)? = boundSelf { body(object) }
    }
}

/// A function bound to an instance (`obj.method` read as a value).
public final class PyBoundMethod: PyObject {
    let function: Value
    let receiver: Value

    init(type: PyType, function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if case .object(let object) = function { body(object) }
        if case .object(let object) = receiver { body(object) }
    }
}

/// `staticmethod(f)` and `classmethod(f)`.
public final class PyMethodWrapper: PyObject {
    enum Kind { case staticMethod, classMethod }
    let kind: Kind
    let function: Value
    @exclusivity(unchecked) var attributes: PyDict?

    init(type: PyType, kind: Kind, function: Value) {
        self.kind = kind
        self.function = function
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        if case .object(let object) = function { body(object) }
    }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
    let getter: Value
    let setter: Value
    let deleter: Value
    let doc: Value
    /// The class attribute it was assigned to (`__set_name__`), for its error messages.
    @exclusivity(unchecked) var name: String?

    init(type: PyType, getter: Value, setter: Value, deleter: Value, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) {
        for case .object(let object) in [getter, setter, deleter, doc] { body(object) }
    }
}

/// An attribute of a builtin type computed in Swift (`complex.real`,
/// `BaseException.args`, `function.__name__`), with an optional setter and
/// deleter (without them it is read-only).
public final class PyNativeAttribute: PyObject {
    let name: String
    /// The class whose dict holds it, for its repr (`<attribute 'real' of 'int' objects>`).
    var ownerName = "object"
    let getter: (Runtime, Value) throws(PythonError) -> Value
    let setter: ((Runtime, Value, Value) throws(PythonError) -> Void)?
    let deleter: ((Runtime, Value) throws(PythonError) -> Void)?

    init(type: PyType, name: String, getter: @escaping (Runtime, Value) throws(PythonError) -> Value,
         setter: ((Runtime, Value, Value) throws(PythonError) -> Void)? = nil,
         deleter: ((Runtime, Value) throws(PythonError) -> Void)? = nil) {
        self.name = name
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        super.init(type: type)
    }
}

/// A module: a namespace with a name.
public final class PyModule: PyObject {
    public let name: String
    public let dict: PyDict

    init(type: PyType, name: String, dict: PyDict) {
        self.name = name
        self.dict = dict
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) { body(dict) }
}

/// One name of a class's `__slots__` (`member_descriptor`): a data descriptor
/// reading and writing the instance's slot at `index`.
public final class PySlotMember: PyObject {
    let name: String
    let index: Int
    /// The class whose `__slots__` named it (for its repr).
    let ownerName: String

    init(type: PyType, name: String, index: Int, ownerName: String) {
        self.name = name
        self.index = index
        self.ownerName = ownerName
        super.init(type: type)
    }
}
