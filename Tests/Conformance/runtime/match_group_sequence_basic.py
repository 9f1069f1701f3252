def shape(x):
    match x:
        case []:
            return "empty"
        case [x0]:
            return f"single {x0}"
        case (a, b):
            return f"pair {a} {b}"
        case [(a, b), (c, d)]:
            return f"two pairs {a}{b}{c}{d}"
        case [a, b, c]:
            return f"triple {a} {b} {c}"
        case _:
            return "other"

for v in [[], (), [1], (1,), [1, 2], (3, 4), [(1, 2), (3, 4)], ((5, 6), [7, 8]),
          range(3), [1, 2, 3, 4], {1: 2}, {1, 2}]:
    print(repr(v), "->", shape(v))

# group patterns: parentheses just group
match 3:
    case (3):
        print("group literal")
match [1, 2]:
    case ((1 | 2), (x)):
        print("group or and capture", x)

# lists and tuples are both sequences; parens vs brackets mean the same
match (1, 2):
    case [1, 2]:
        print("tuple matched list pattern")
match [1, 2]:
    case (1, 2):
        print("list matched tuple pattern")

# single element tuple pattern needs a comma
match (7,):
    case (x,):
        print("one-tuple", x)
