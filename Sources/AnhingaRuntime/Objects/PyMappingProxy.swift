/// `mappingproxy`: what a class's `__dict__` (and `vars(cls)`) gives, a
/// read-only view of the class's namespace. Reads go to the dict; there is no
/// way to write through it (changes go through `setattr` on the class, which
/// keeps the attribute caches right).
public final class PyMappingProxy: PyObject {
    let mapping: PyDict

    init(type: PyType, mapping: PyDict) {
        self.mapping = mapping
        super.init(type: type)
    }

    public override func forEachReference(_ body: (PyObject) -> Void) { body(mapping) }
}

enum MappingProxySlots {
    static func make() -> TypeSlots {
        var slots = TypeSlots()
        func mapping(_ value: Value) -> Value {
            (value.object as? PyMappingProxy).map { .object($0.mapping) } ?? value
        }
        slots.length = { (rt: Runtime, a: Value) throws(PythonError) -> Int in try rt.length(mapping(a)) }
        slots.getItem = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Value in try rt.getItem(mapping(a), key) }
        slots.contains = { (rt: Runtime, a: Value, key: Value) throws(PythonError) -> Bool in
            guard let proxy = a.object as? PyMappingProxy else { return false }
            return try proxy.mapping.get(key, rt) != nil
        }
        slots.setItem = { (rt: Runtime, a: Value, key: Value, value: Value?) throws(PythonError) in
            // CPython's messages for a mapping that has no item assignment.
            throw PythonError(.typeError, "'mappingproxy' object does not support item \(value == nil ? "deletion" : "assignment")")
        }
        slots.iterate = { (rt: Runtime, a: Value) throws(PythonError) -> Value in try rt.iterate(mapping(a)) }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            rt.makeStr("mappingproxy(" + (try rt.repr(mapping(a)).string) + ")")
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            try rt.compare(mapping(a), mapping(b), op)
        }
        return slots
    }
}

extension Runtime {
    /// `cls.__dict__`.
    func mappingProxy(_ type: PyType) -> PyMappingProxy {
        PyMappingProxy(type: types.mappingProxy, mapping: typeDict(type))
    }

    /// `keys`, `values`, `items`, `get` and `copy`: the dict's own methods on the viewed dict.
    func installMappingProxyMethods() {
        for name in ["keys", "values", "items", "get", "copy"] {
            defineMethod(types.mappingProxy, name) { (rt, args) throws(PythonError) -> Value in
                let proxy = try rt.receiver(args, PyMappingProxy.self, name, "mappingproxy")
                guard let method = rt.lookupInType(rt.types.dict, rt.intern(name)) else { throw rt.attributeError(args[0], rt.intern(name)) }
                let rest = rt.droppingReceiver(args)
                return try rt.callValues(method, [.object(proxy.mapping)] + Array(rest.values), keywordNames: rest.keywordNames)
            }
        }
    }
}
