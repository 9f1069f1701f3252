#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// The `math` module: the C library's functions with CPython's error rules
/// (a NaN from a non-NaN argument is "math domain error", an infinity from a
/// finite one "math range error"), and the integer functions exactly.
extension Runtime {
    /// A real-number argument as a double ("must be real number, not str").
    func realArgument(_ value: Value) throws(PythonError) -> Double {
        switch value {
        case .float(let d): return d
        case .int(let x): return Double(x)
        case .bool(let flag): return flag ? 1 : 0
        case .object(let object):
            if let big = object as? PyInt { return try IntFloat.toDouble(.big(big.value)) }
            if object.type.slots.float != nil || object.type.slots.index != nil,
               case .float(let d) = try makeFloatValue(value) { return d }
            fallthrough
        default:
            throw PythonError(.typeError, "must be real number, not \(typeName(value))")
        }
    }

    /// An integer argument (no floats: "'float' object cannot be interpreted as an integer").
    func integerArgument(_ value: Value) throws(PythonError) -> BigInt {
        if let operand = IntegerOperand(value) { return operand.bigValue }
        if case .object(let object) = value, let slot = object.type.slots.index,
           let operand = IntegerOperand(try slot(self, value)) { return operand.bigValue }
        throw PythonError(.typeError, "'\(typeName(value))' object cannot be interpreted as an integer")
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func makeMathModule() -> PyModule {
        let math = makeModule("math", doc: "This module provides access to the mathematical functions\ndefined by the C standard.")
        define(math, "pi", value: .float(Double.pi))
        define(math, "e", value: .float(M_E))
        define(math, "tau", value: .float(2 * Double.pi))
        define(math, "inf", value: .float(.infinity))
        define(math, "nan", value: .float(.nan))

        func checked(_ x: Double, _ result: Double, canOverflow: Bool = true) throws(PythonError) -> Value {
            if result.isNaN && !x.isNaN { throw PythonError(.valueError, "math domain error") }
            if result.isInfinite && x.isFinite {
                throw canOverflow ? PythonError(.overflowError, "math range error") : PythonError(.valueError, "math domain error")
            }
            return .float(result)
        }
        // Each function with whether a finite argument may overflow, and the arguments
        // outside its domain that the C function would not report (decided once here,
        // not by comparing names on every call).
        let never: (Double) -> Bool = { _ in false }
        let infinite: (Double) -> Bool = { $0.isInfinite }
        let unary: [(String, (Double) -> Double, Bool, (Double) -> Bool)] = [
            ("sqrt", { $0.squareRoot() }, true, { $0 < 0 }), ("exp", { Glibc.exp($0) }, true, never),
            ("exp2", { Glibc.exp2($0) }, true, never), ("expm1", { Glibc.expm1($0) }, true, never),
            ("sin", { Glibc.sin($0) }, true, infinite), ("cos", { Glibc.cos($0) }, true, infinite),
            ("tan", { Glibc.tan($0) }, true, infinite), ("asin", { Glibc.asin($0) }, true, never),
            ("acos", { Glibc.acos($0) }, true, never), ("atan", { Glibc.atan($0) }, true, never),
            ("sinh", { Glibc.sinh($0) }, true, never), ("cosh", { Glibc.cosh($0) }, true, never),
            ("tanh", { Glibc.tanh($0) }, true, never), ("asinh", { Glibc.asinh($0) }, true, never),
            ("acosh", { Glibc.acosh($0) }, true, never), ("atanh", { Glibc.atanh($0) }, false, { Swift.abs($0) >= 1 }),
            ("fabs", { Swift.abs($0) }, true, never), ("cbrt", { Glibc.cbrt($0) }, true, never),
            ("erf", { Glibc.erf($0) }, true, never), ("erfc", { Glibc.erfc($0) }, true, never),
            ("log1p", { Glibc.log1p($0) }, false, { $0 <= -1 }),
            ("degrees", { $0 * 180 / Double.pi }, true, never), ("radians", { $0 * Double.pi / 180 }, true, never),
        ]
        for (name, function, canOverflow, outsideDomain) in unary {
            define(math, name) { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser(name, args).exactly(1)
                let x = try rt.realArgument(args[0])
                if outsideDomain(x) { throw PythonError(.valueError, "math domain error") }
                return try checked(x, function(x), canOverflow: canOverflow)
            }
        }
        define(math, "gamma") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("gamma", args).exactly(1)
            let x = try rt.realArgument(args[0])
            if x == -Double.infinity || (x <= 0 && x.rounded(.towardZero) == x) { throw PythonError(.valueError, "math domain error") }
            return try checked(x, Glibc.tgamma(x))
        }
        define(math, "lgamma") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("lgamma", args).exactly(1)
            let x = try rt.realArgument(args[0])
            if x <= 0 && x.rounded(.towardZero) == x && x.isFinite { throw PythonError(.valueError, "math domain error") }
            return try checked(x, Glibc.lgamma(x))
        }
        func logarithm(_ rt: Runtime, _ value: Value, _ function: (Double) -> Double) throws(PythonError) -> Double {
            if let operand = IntegerOperand(value), case .big(let big) = operand {
                guard big > 0 else { throw PythonError(.valueError, "math domain error") }
                // log(m * 2^e) = log(m) + e*log(2) for a big int reduced to a double mantissa.
                let shift = big.bitWidth - 60
                let mantissa = Double(big >> shift)
                return function(mantissa) + Double(shift) * function(2)
            }
            let x = try rt.realArgument(value)
            if x <= 0 { throw PythonError(.valueError, "math domain error") }
            return function(x)
        }
        define(math, "log") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("log", args).between(1, 2)
            let numerator = try logarithm(rt, args[0], Glibc.log)
            guard args.count == 2 else { return .float(numerator) }
            let denominator = try logarithm(rt, args[1], Glibc.log)
            if denominator == 0 { throw PythonError(.zeroDivisionError, "float division by zero") }
            return .float(numerator / denominator)
        }
        define(math, "log2") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("log2", args).exactly(1)
            return .float(try logarithm(rt, args[0], Glibc.log2))
        }
        define(math, "log10") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("log10", args).exactly(1)
            return .float(try logarithm(rt, args[0], Glibc.log10))
        }
        define(math, "pow") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("pow", args).exactly(2)
            let x = try rt.realArgument(args[0])
            let y = try rt.realArgument(args[1])
            if x == 0 && y < 0 && y.isFinite { throw PythonError(.valueError, "math domain error") }
            if x < 0 && x.isFinite && y.isFinite && y.rounded(.towardZero) != y { throw PythonError(.valueError, "math domain error") }
            let result = Glibc.pow(x, y)
            if result.isInfinite && x.isFinite && y.isFinite { throw PythonError(.overflowError, "math range error") }
            return .float(result)
        }
        define(math, "atan2") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("atan2", args).exactly(2)
            return .float(Glibc.atan2(try rt.realArgument(args[0]), try rt.realArgument(args[1])))
        }
        define(math, "copysign") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("copysign", args).exactly(2)
            return .float(Glibc.copysign(try rt.realArgument(args[0]), try rt.realArgument(args[1])))
        }
        define(math, "fmod") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("fmod", args).exactly(2)
            let x = try rt.realArgument(args[0])
            let y = try rt.realArgument(args[1])
            if y == 0 || x.isInfinite { if !x.isNaN && !y.isNaN { throw PythonError(.valueError, "math domain error") } }
            return .float(Glibc.fmod(x, y))
        }
        define(math, "remainder") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("remainder", args).exactly(2)
            let x = try rt.realArgument(args[0])
            let y = try rt.realArgument(args[1])
            if (y == 0 || x.isInfinite) && !x.isNaN && !y.isNaN { throw PythonError(.valueError, "math domain error") }
            return .float(Glibc.remainder(x, y))
        }
        define(math, "hypot") { (rt, args) throws(PythonError) -> Value in
            var values: [Double] = []
            for index in 0..<args.count { values.append(try rt.realArgument(args[index])) }
            if values.contains(where: { $0.isInfinite }) { return .float(.infinity) }
            if values.contains(where: { $0.isNaN }) { return .float(.nan) }
            let largest = values.map(Swift.abs).max() ?? 0
            if largest == 0 { return .float(0) }
            let sum = values.reduce(0.0) { $0 + ($1 / largest) * ($1 / largest) }
            return .float(largest * sum.squareRoot())
        }
        define(math, "dist") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("dist", args).exactly(2)
            let p = try rt.collect(args[0])
            let q = try rt.collect(args[1])
            guard p.count == q.count else { throw PythonError(.valueError, "both points must have the same number of dimensions") }
            var sum = 0.0
            for (a, b) in zip(p, q) {
                let d = try rt.realArgument(a) - rt.realArgument(b)
                sum += d * d
            }
            return .float(sum.squareRoot())
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            define(math, name) { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser(name, args).exactly(1)
                let value = args[0]
                if IntegerOperand(value) != nil { return try rt.makeIntValue(value, base: nil) }
                if let type = value.object?.type, type.isHeapType, let method = rt.heapDunder(type, "__\(name)__") {
                    return try rt.invokeMethod(method, receiver: value, [])
                }
                if name == "trunc", case .float = value {} else if name == "trunc" {
                    throw PythonError(.typeError, "type \(rt.typeName(value)) doesn't define __trunc__ method")
                }
                return try IntFloat.fromDouble(rt, try rt.realArgument(value).rounded(rule))
            }
        }
        for (name, test) in [("isfinite", { (d: Double) in d.isFinite }), ("isinf", { $0.isInfinite }), ("isnan", { $0.isNaN })] {
            define(math, name) { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser(name, args).exactly(1)
                return .bool(test(try rt.realArgument(args[0])))
            }
        }
        define(math, "isclose") { (rt, args) throws(PythonError) -> Value in
            guard args.positionalCount == 2 else { throw PythonError(.typeError, "isclose() takes exactly 2 positional arguments (\(args.positionalCount) given)") }
            let a = try rt.realArgument(args[0])
            let b = try rt.realArgument(args[1])
            let relative = try args.keyword("rel_tol").map { v throws(PythonError) in try rt.realArgument(v) } ?? 1e-9
            let absolute = try args.keyword("abs_tol").map { v throws(PythonError) in try rt.realArgument(v) } ?? 0
            if relative < 0 || absolute < 0 { throw PythonError(.valueError, "tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let difference = Swift.abs(b - a)
            return .bool(difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a) || difference <= absolute)
        }
        define(math, "frexp") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("frexp", args).exactly(1)
            let x = try rt.realArgument(args[0])
            if x == 0 || !x.isFinite { return .object(rt.makeTuple([.float(x), .int(0)])) }
            let exponent = Int(x.exponent) + 1
            return .object(rt.makeTuple([.float(x / Glibc.pow(2, Double(exponent))), .int(exponent)]))
        }
        define(math, "ldexp") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("ldexp", args).exactly(2)
            let x = try rt.realArgument(args[0])
            let exponent = try rt.integerArgument(args[1])
            let clamped = Int(exactly: exponent) ?? (exponent > 0 ? 100_000 : -100_000)
            let result = Glibc.scalbn(x, Int32(max(-100_000, min(100_000, clamped))))
            if result.isInfinite && x.isFinite { throw PythonError(.overflowError, "math range error") }
            return .float(result)
        }
        define(math, "modf") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("modf", args).exactly(1)
            let x = try rt.realArgument(args[0])
            if x.isInfinite { return .object(rt.makeTuple([.float(Glibc.copysign(0, x)), .float(x)])) }
            let whole = x.rounded(.towardZero)
            return .object(rt.makeTuple([.float(Glibc.copysign(x - whole, x)), .float(whole)]))
        }
        define(math, "nextafter") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("nextafter", args).exactly(2)
            return .float(Glibc.nextafter(try rt.realArgument(args[0]), try rt.realArgument(args[1])))
        }
        define(math, "ulp") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("ulp", args).exactly(1)
            let x = Swift.abs(try rt.realArgument(args[0]))
            if x.isNaN || x.isInfinite { return .float(x) }
            if x == .greatestFiniteMagnitude { return .float(x - x.nextDown) }
            return .float(x.nextUp - x)
        }
        define(math, "fsum") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("fsum", args).exactly(1)
            var values: [Double] = []
            for item in try rt.collect(args[0]) { values.append(try rt.realArgument(item)) }
            return .float(try ExactSum.sum(values))
        }
        installIntegerMathFunctions(math)
        return math
    }

    private func installIntegerMathFunctions(_ math: PyModule) {
        define(math, "factorial") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("factorial", args).exactly(1)
            let n = try rt.integerArgument(args[0])
            if n < 0 { throw PythonError(.valueError, "factorial() not defined for negative values") }
            guard let count = Int(exactly: n), count < 200_000 else { throw PythonError(.overflowError, "factorial() argument should not exceed 9223372036854775807") }
            return rt.makeInt(IntegerMath.product(1, count))
        }
        define(math, "gcd") { (rt, args) throws(PythonError) -> Value in
            var result = BigInt(0)
            for index in 0..<args.count { result = IntegerMath.gcd(result, try rt.integerArgument(args[index])) }
            return rt.makeInt(result)
        }
        define(math, "lcm") { (rt, args) throws(PythonError) -> Value in
            var result = BigInt(1)
            for index in 0..<args.count {
                let value = try rt.integerArgument(args[index])
                if value == 0 || result == 0 { result = 0; continue }
                result = BigInt((result / IntegerMath.gcd(result, value) * value).magnitude)
            }
            return rt.makeInt(result)
        }
        define(math, "isqrt") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("isqrt", args).exactly(1)
            let n = try rt.integerArgument(args[0])
            if n < 0 { throw PythonError(.valueError, "isqrt() argument must be nonnegative") }
            return rt.makeInt(BigInt(n.magnitude.squareRoot()))
        }
        define(math, "comb") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("comb", args).exactly(2)
            let n = try rt.integerArgument(args[0])
            let k = try rt.integerArgument(args[1])
            if n < 0 { throw PythonError(.valueError, "n must be a non-negative integer") }
            if k < 0 { throw PythonError(.valueError, "k must be a non-negative integer") }
            if k > n { return .int(0) }
            let smaller = min(k, n - k)
            guard let count = Int(exactly: smaller), count < 1_000_000 else { throw PythonError(.overflowError, "min(n - k, k) must not exceed 9223372036854775807") }
            var result = BigInt(1)
            for i in 0..<count { result = result * (n - BigInt(i)) / BigInt(i + 1) }
            return rt.makeInt(result)
        }
        define(math, "perm") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("perm", args).between(1, 2)
            let n = try rt.integerArgument(args[0])
            let k = args.count > 1 && !args[1].isIdentical(to: .none) ? try rt.integerArgument(args[1]) : n
            if n < 0 { throw PythonError(.valueError, "n must be a non-negative integer") }
            if k < 0 { throw PythonError(.valueError, "k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let count = Int(exactly: k), count < 1_000_000 else { throw PythonError(.overflowError, "k must not exceed 9223372036854775807") }
            var result = BigInt(1)
            for i in 0..<count { result *= n - BigInt(i) }
            return rt.makeInt(result)
        }
        define(math, "prod") { (rt, args) throws(PythonError) -> Value in
            guard args.positionalCount == 1 else { throw PythonError(.typeError, "prod() takes exactly 1 positional argument (\(args.positionalCount) given)") }
            var result = args.keyword("start") ?? .int(1)
            for item in try rt.collect(args[0]) { result = try rt.binary(.multiply, result, item) }
            return result
        }
    }
}

enum IntegerMath {
    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude
        var y = b.magnitude
        while !y.isZero { (x, y) = (y, x % y) }
        return BigInt(x)
    }

    /// The product lo × (lo+1) × … × hi, split in halves so the multiplications stay balanced.
    static func product(_ lo: Int, _ hi: Int) -> BigInt {
        if lo > hi { return 1 }
        if hi - lo < 16 {
            var result = BigInt(1)
            for i in lo...hi { result *= BigInt(i) }
            return result
        }
        let middle = lo + (hi - lo) / 2
        return product(lo, middle) * product(middle + 1, hi)
    }
}

/// `math.fsum`: the exactly rounded sum (Shewchuk's partials, as the algorithm is published).
enum ExactSum {
    static func sum(_ values: [Double]) throws(PythonError) -> Double {
        var partials: [Double] = []
        var specialSum = 0.0
        var infiniteSum = 0.0
        for var x in values {
            if !x.isFinite {
                if x.isInfinite { infiniteSum += x }
                specialSum += x
                continue
            }
            var kept = 0
            for var y in partials {
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let high = x + y
                let low = y - (high - x)
                if low != 0 {
                    partials[kept] = low
                    kept += 1
                }
                x = high
            }
            partials.removeSubrange(kept...)
            if x.isInfinite { throw PythonError(.overflowError, "intermediate overflow in fsum") }
            partials.append(x)
        }
        if specialSum != 0 || specialSum.isNaN {
            if infiniteSum.isNaN { throw PythonError(.valueError, "-inf + inf in fsum") }
            return specialSum
        }
        guard var high = partials.popLast() else { return 0 }
        var low = 0.0
        while let y = partials.popLast() {
            let x = high
            high = x + y
            let yr = high - x
            low = y - yr
            if low != 0 { break }
        }
        // Round half-even correctly when the remaining partials decide it.
        if let next = partials.last, (low < 0 && next < 0) || (low > 0 && next > 0) {
            let y = low * 2
            let x = high + y
            if y == x - high { high = x }
        }
        return high
    }
}
