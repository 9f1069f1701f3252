def parts(x):
    match x:
        case [*rest]:
            pass
    match x:
        case [first, *rest]:
            a = ("head", first, rest)
        case _:
            a = ("head none",)
    match x:
        case [*init, last]:
            b = ("last", init, last)
        case _:
            b = ("last none",)
    match x:
        case [p, *mid, q]:
            c = ("ends", p, mid, q)
        case _:
            c = ("ends none",)
    return a, b, c

for v in [[], [1], [1, 2], [1, 2, 3, 4], (9, 8, 7), range(4)]:
    print(repr(v))
    for r in parts(v):
        print("  ", r)

# star with wildcard does not bind
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts 1 ends 5")
match (1, 2, 3):
    case (*_, 3):
        print("tuple ending 3")

# star captures always give a list
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)

# star in the middle with several fixed on each side
match list(range(10)):
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)
match [1, 2]:
    case [a, b, *mid, y, z]:
        print("too short")
    case [*everything]:
        print("everything", everything)
