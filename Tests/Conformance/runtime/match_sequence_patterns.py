# Sequence patterns: fixed length, star captures, nested, and what counts as
# a sequence (lists, tuples, ranges; not str, bytes or dicts).
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} inside)"
        case [first, *rest]:
            return f"head {first} rest {rest}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(3), "ab", b"ab", {"a": 1}, 5]:
    print(repr(v), "->", shape(v))


def nested(x):
    match x:
        case [[a, b], [c, *_]]:
            return a + b + c
        case ((x1, y1), (x2, y2)):
            return "never: the first case wins"
        case [*_, [*inner]]:
            return inner
    return None


print(nested([[1, 2], [3, 4, 5]]), nested([0, [7, 8]]), nested([1, 2]))
match (1, 2, 3):
    case [*all_items]:
        print(type(all_items).__name__, all_items)
