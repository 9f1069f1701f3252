/// Private name mangling: inside class `Name`, an identifier `__x` (two leading
/// underscores, not ending in two, no dot) becomes `_Name__x`, with the class
/// name's own leading underscores dropped. A class named only `_`s mangles nothing.
public func mangle(_ name: String, privateName: String?) -> String {
    guard let privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = privateName.drop { $0 == "_" }
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}
