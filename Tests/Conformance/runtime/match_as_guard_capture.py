# Capture patterns, `as` bindings, guards that see the bindings; a case whose
# pattern fails binds nothing, so the last line ends in a NameError.
def classify(value):
    match value:
        case [x, y] as pair if x == y:
            return f"pair of equal {x}: {pair}"
        case [x, y] as pair:
            return f"pair {pair} sum {x + y}"
        case (int() | float()) as number if number < 0:
            return "negative"
        case int() as n:
            return f"int {n}"
        case other:
            return f"other {other!r}"


for v in [[2, 2], [1, 2], -3, -2.5, 4, "x"]:
    print(classify(v))

calls = []


def check(tag, result):
    calls.append(tag)
    return result


match 10:
    case n if check("first", False):
        print("no")
    case n if check("second", n > 5):
        print("matched", n, calls)

match [1, 2]:
    case [a, 3]:
        print("no")
    case _:
        print("a after failed case:", a)
