def first(x):
    match x:
        case [a]:
            return ("one", a)
        case [a, b]:
            return ("two", a, b)
        case [a, _, c]:
            return ("three, middle ignored", a, c)
        case [_, _, _, _]:
            return ("four",)
        case other:
            return ("capture all", other)

for v in [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4], "str", 7]:
    print(first(v))

# the capture target stays bound after the match
match 42:
    case n:
        pass
print("n is", n)

# a failed case may still have bound some names (implementation detail), so only check success
match (1, 2):
    case (x, y):
        print("x, y =", x, y)

# the wildcard never binds
_ = "untouched"
match 99:
    case _:
        pass
print("underscore is", _)

# captures in nested positions
match {"k": [1, (2, 3)]}:
    case {"k": [p, (q, r)]}:
        print(p, q, r)
