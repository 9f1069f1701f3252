# Or-patterns whose alternatives bind the same names in different orders,
# nested inside sequences and mappings; a failed case binds nothing.
def pick(v):
    match v:
        case [("a", x, y) | ("b", y, x)], tail:
            return ("pair", x, y, tail)
        case {"k": [1, a] | [a, 1], **rest} if rest:
            return ("map", a, rest)
        case [p, (q, r) | [r, q, _]]:
            return ("nest", p, q, r)
        case (1 | 2 | 3) as small:
            return ("small", small)
    return None


for v in [[("a", 1, 2)], [("b", 1, 2)]]:
    print(pick((v, "t")))
print(pick({"k": [1, 5], "z": 0}), pick({"k": [6, 1], "y": 1}), pick({"k": [1, 5]}))
print(pick([0, (1, 2)]), pick([0, [1, 2, 3]]), pick(2), pick(4))


def probe():
    match [1, [2, 3]]:
        case [first, [second, 99]]:
            pass
        case [*_]:
            pass
    return sorted(locals())


print(probe())
