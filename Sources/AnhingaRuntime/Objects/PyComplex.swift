#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Python `complex`: two doubles.
public final class PyComplex: PyObject, SubclassInstanceStorage {
    /// The `__dict__` and slot values of an instance of a subclass defined in Python (nil otherwise).
    @exclusivity(unchecked) var extras: SubclassExtras?
    let real: Double
    let imag: Double

    init(type: PyType, real: Double, imag: Double) {
        self.real = real
        self.imag = imag
        super.init(type: type)
    }
}

enum ComplexSlots {
    static func operands(_ a: Value, _ b: Value) -> ((Double, Double), (Double, Double))? {
        func parts(_ v: Value) -> (Double, Double)? {
            switch v {
            case .int(let x): return (Double(x), 0)
            case .bool(let flag): return (flag ? 1 : 0, 0)
            case .float(let d): return (d, 0)
            case .object(let object):
                if let c = object as? PyComplex { return (c.real, c.imag) }
                if let big = object as? PyInt { return (Double(big.value), 0) }
                return nil
            default: return nil
            }
        }
        guard a.object is PyComplex || b.object is PyComplex, let x = parts(a), let y = parts(b) else { return nil }
        return (x, y)
    }

    static func make() -> TypeSlots {
        var slots = TypeSlots()
        func binary(_ body: @escaping (Runtime, (Double, Double), (Double, Double)) throws(PythonError) -> (Double, Double)) -> BinarySlot {
            { (rt: Runtime, a: Value, b: Value) throws(PythonError) -> Value in
                guard let (x, y) = operands(a, b) else { return .notImplemented }
                let (re, im) = try body(rt, x, y)
                return .object(PyComplex(type: rt.types.complex, real: re, imag: im))
            }
        }
        slots.add = binary { (_, x, y) throws(PythonError) in (x.0 + y.0, x.1 + y.1) }
        slots.subtract = binary { (_, x, y) throws(PythonError) in (x.0 - y.0, x.1 - y.1) }
        slots.multiply = binary { (_, x, y) throws(PythonError) in (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0) }
        slots.trueDivide = binary { (_, x, y) throws(PythonError) in
            if y.0 == 0 && y.1 == 0 { throw PythonError(.zeroDivisionError, "complex division by zero") }
            // Smith's algorithm, as CPython, to avoid needless overflow.
            if abs(y.0) >= abs(y.1) {
                let ratio = y.1 / y.0
                let denominator = y.0 + y.1 * ratio
                return ((x.0 + x.1 * ratio) / denominator, (x.1 - x.0 * ratio) / denominator)
            }
            let ratio = y.0 / y.1
            let denominator = y.0 * ratio + y.1
            return ((x.0 * ratio + x.1) / denominator, (x.1 * ratio - x.0) / denominator)
        }
        slots.power = { (rt: Runtime, a: Value, b: Value, modulus: Value) throws(PythonError) -> Value in
            guard let (x, y) = operands(a, b) else { return .notImplemented }
            if !modulus.isIdentical(to: .none) { throw PythonError(.valueError, "complex modulo") }
            if x.0 == 0 && x.1 == 0 {
                if y.1 != 0 || y.0 < 0 { throw PythonError(.zeroDivisionError, "0.0 to a negative or complex power") }
                return .object(PyComplex(type: rt.types.complex, real: y.0 == 0 ? 1 : 0, imag: 0))
            }
            // Small integer exponents by repeated multiplication, as CPython (exact for i ** 2).
            if y.1 == 0, y.0.rounded() == y.0, abs(y.0) <= 100 {
                var result = (1.0, 0.0)
                var base = x
                var n = Int(abs(y.0))
                while n > 0 {
                    if n & 1 == 1 { result = (result.0 * base.0 - result.1 * base.1, result.0 * base.1 + result.1 * base.0) }
                    base = (base.0 * base.0 - base.1 * base.1, 2 * base.0 * base.1)
                    n >>= 1
                }
                if y.0 < 0 {
                    let denominator = result.0 * result.0 + result.1 * result.1
                    result = (result.0 / denominator, -result.1 / denominator)
                }
                return .object(PyComplex(type: rt.types.complex, real: result.0, imag: result.1))
            }
            return power(rt, x, y)
        }
        slots.negative = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let c = a.object as? PyComplex else { return a }
            return .object(PyComplex(type: rt.types.complex, real: -c.real, imag: -c.imag))
        }
        slots.positive = { (rt: Runtime, a: Value) throws(PythonError) -> Value in a }
        slots.absolute = { (rt: Runtime, a: Value) throws(PythonError) -> Value in
            guard let c = a.object as? PyComplex else { return a }
            let result = (c.real * c.real + c.imag * c.imag).squareRoot()
            if result.isInfinite && c.real.isFinite && c.imag.isFinite {
                throw PythonError(.overflowError, "absolute value too large")
            }
            return .float(result)
        }
        slots.bool = { (rt: Runtime, a: Value) throws(PythonError) -> Bool in
            guard let c = a.object as? PyComplex else { return true }
            return c.real != 0 || c.imag != 0
        }
        slots.richCompare = { (rt: Runtime, a: Value, b: Value, op: CompareOperator) throws(PythonError) -> Value in
            guard let (x, y) = operands(a, b), op == .equal || op == .notEqual else { return .notImplemented }
            return .bool((x.0 == y.0 && x.1 == y.1) == (op == .equal))
        }
        slots.hash = { (rt: Runtime, a: Value) throws(PythonError) -> Int in
            guard let c = a.object as? PyComplex else { return 0 }
            let combined = try rt.hash(.float(c.real)) &+ 1_000_003 &* (try rt.hash(.float(c.imag)))
            return combined == -1 ? -2 : combined
        }
        slots.repr = { (rt: Runtime, a: Value) throws(PythonError) -> PyStr in
            guard let c = a.object as? PyComplex else { return rt.emptyString }
            return rt.makeStr(complexRepr(c.real, c.imag))
        }
        return slots
    }

    /// `x ** y` in polar form, as CPython's general case.
    static func power(_ rt: Runtime, _ x: (Double, Double), _ y: (Double, Double)) -> Value {
        let magnitude = (x.0 * x.0 + x.1 * x.1).squareRoot()
        var length = Glibc.pow(magnitude, y.0)
        let angle = Glibc.atan2(x.1, x.0)
        var phase = angle * y.0
        if y.1 != 0 {
            length /= Glibc.exp(angle * y.1)
            phase += y.1 * Glibc.log(magnitude)
        }
        return .object(PyComplex(type: rt.types.complex, real: length * Glibc.cos(phase), imag: length * Glibc.sin(phase)))
    }

    /// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`, with float reprs without a trailing `.0`.
    static func complexRepr(_ real: Double, _ imag: Double) -> String {
        func part(_ d: Double) -> String {
            let text = FloatText.repr(d)
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        if real == 0 && real.sign == .plus {
            return part(imag) + "j"
        }
        let imagText = part(imag)
        let sign = imag.sign == .minus || imag.isNaN && imagText.hasPrefix("-") ? "" : "+"
        return "(" + part(real) + sign + imagText + "j)"
    }
}

/// `complex(text)`: `[(] real | real±imag j | imag j [)]` with whitespace allowed only at
/// the ends and inside the parentheses; each number is written as `float()` reads it.
enum ComplexText {
    static func parse(_ text: [UInt32]) throws(PythonError) -> (real: Double, imag: Double) {
        let malformed = PythonError(.valueError, "complex() arg is a malformed string")
        let range = TextScanning.strippedRange(text)
        var body = Array(text[range])
        if body.count >= 2, body[0] == 0x28, body[body.count - 1] == 0x29 {
            body = Array(body[1..<(body.count - 1)])
            body = Array(body[TextScanning.strippedRange(body)])
        }
        guard !body.isEmpty, !body.contains(where: TextScanning.isSpace) else { throw malformed }
        func number(_ part: ArraySlice<UInt32>) throws(PythonError) -> Double {
            guard !part.isEmpty, let value = try? FloatText.parse(Array(part)) else { throw malformed }
            return value
        }
        // The imaginary part starts at a sign that is neither first nor an exponent's.
        var split: Int?
        for index in body.indices.dropFirst() where body[index] == 0x2B || body[index] == 0x2D {
            if body[index - 1] | 0x20 != 0x65 { split = index }
        }
        let last = body[body.count - 1]
        guard last | 0x20 == 0x6A else {   // no j: a real number alone
            if split != nil { throw malformed }
            return (try number(body[...]), 0)
        }
        let imagText = body[(split ?? 0)..<(body.count - 1)]
        let imag: Double
        switch Array(imagText) {
        case [], [0x2B]: imag = 1
        case [0x2D]: imag = -1
        default: imag = try number(imagText)
        }
        guard let split else { return (0, imag) }
        return (try number(body[..<split]), imag)
    }
}
