def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case [1, (2 | 3) as second]:
            return f"second is {second}"
        case (int() | float()) as num if num > 100:
            return f"big number {num}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
        case {"k": (1 | 2) as v} | {"alt": v}:
            return f"mapping v={v}"
        case [*_] as seq:
            return f"sequence of length {len(seq)}"
        case _ as anything:
            return f"anything {anything!r}"

for v in [1, 3, "a", "b", "c", [1, 2], [1, 3], [1, 4], 500, 500.5, (7, 8), (7, 8, 9),
          {"k": 2}, {"alt": "z"}, {"k": 3}, [1, 2, 3, 4], None]:
    print(repr(v), "->", f(v))

# as-pattern on a whole nested structure
match [(1, 2), (3, 4)]:
    case [(a, b) as first, second]:
        print(first, a, b, second)

# or-pattern alternatives are tried left to right
def order(x):
    match x:
        case [a, 1] | [1, a]:
            return a
print(order([1, 1]), order([5, 1]), order([1, 6]), order([2, 2]))
