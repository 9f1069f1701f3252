import AnhingaSyntax

/// A literal key of a mapping pattern, compared as Python compares dict keys
/// (`1`, `1.0` and `True` are the same key), after the folding CPython's AST
/// optimiser does first (`-1`, `1 + 2j` become constants).
enum MappingKey: Hashable {
    case none, ellipsis
    case int(Int)
    case bigInt(String)
    case real(Double)
    case complex(Double, Double)
    case str(PyStringValue)
    case bytes([UInt8])

    /// The key and its `repr`, or nil when `expr` is not a literal.
    static func fold(_ expr: Expr) -> (key: MappingKey, repr: String)? {
        switch expr.kind {
        case .constant(let value, _):
            return (key(value), pythonRepr(value))
        case .unaryOp(.uSub, let operand):
            guard case .constant(let value, _) = operand.kind else { return nil }
            switch value {
            case .int(let int) where int != Int.min:
                return (.int(-int), pythonRepr(.int(-int)))
            case .float(let double):
                return (normalized(-double), pythonRepr(.float(-double)))
            case .imaginary(let imag):
                return (normalizedComplex(-0.0, -imag), "(-0-\(pythonRepr(.imaginary(imag))))")
            case .bigInt(let digits, let radix):
                let decimal = "-" + ConstantValue.decimalDigits(of: digits, radix: radix)
                return (.bigInt(decimal), decimal)
            default:
                return nil
            }
        case .binOp(let left, let op, let right) where op == .add || op == .sub:
            guard let real = fold(left), case .constant(.imaginary(let imag), _) = right.kind else { return nil }
            let realValue: Double
            switch real.key {
            case .int(let int): realValue = Double(int)
            case .real(let double): realValue = double
            default: return nil
            }
            let signedImag = op == .add ? imag : -imag
            return (normalizedComplex(realValue, signedImag),
                    "(\(real.repr)\(op == .add ? "+" : "-")\(pythonRepr(.imaginary(imag))))")
        default:
            return nil
        }
    }

    private static func key(_ value: ConstantValue) -> MappingKey {
        switch value {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let bool): return .int(bool ? 1 : 0)
        case .int(let int): return .int(int)
        case .bigInt(let digits, let radix): return .bigInt(ConstantValue.decimalDigits(of: digits, radix: radix))
        case .float(let double): return normalized(double)
        case .imaginary(let imag): return normalizedComplex(0, imag)
        case .str(let string): return .str(string)
        case .bytes(let bytes): return .bytes(bytes)
        }
    }

    /// Integral floats equal the int of the same value; -0.0 equals 0.
    private static func normalized(_ double: Double) -> MappingKey {
        if double.isFinite, double.rounded() == double, abs(double) < 9.0e15 { return .int(Int(double)) }
        return .real(double)
    }

    private static func normalizedComplex(_ real: Double, _ imag: Double) -> MappingKey {
        imag == 0 ? normalized(real) : .complex(real == 0 ? 0 : real, imag)
    }
}
