def f(x):
    match x:
        case -1:
            return "minus one"
        case -0.5:
            return "minus half"
        case 1j:
            return "imaginary unit"
        case -2j:
            return "minus two j"
        case 3 + 4j:
            return "three plus four j"
        case -1 - 1j:
            return "minus one minus j"
        case 0x10:
            return "hex sixteen"
        case 0o17:
            return "octal fifteen"
        case 1_000:
            return "thousand"
        case _:
            return "other"

for v in [-1, -0.5, 1j, -2j, complex(3, 4), complex(-1, -1), 16, 15, 1000, -1.0, 2, complex(0, 1)]:
    print(repr(v), "->", f(v))

match -0:
    case 0:
        print("-0 matches 0")
match -0.0:
    case 0:
        print("-0.0 matches 0")
