def walk(tree):
    match tree:
        case ["leaf", value]:
            return value
        case ["node", left, right]:
            return walk(left) + walk(right)
        case ["node", *children]:
            return sum(walk(c) for c in children)
        case _:
            raise ValueError(f"bad tree {tree!r}")

t = ["node", ["leaf", 1], ["node", ["leaf", 2], ["leaf", 3]]]
print(walk(t))
print(walk(["node", ["leaf", 1], ["leaf", 2], ["leaf", 3], ["leaf", 4]]))
try:
    walk(["twig"])
except ValueError as e:
    print("error:", e)

def pts(p):
    match p:
        case [(0, 0), *others]:
            return f"origin first, then {len(others)}"
        case [(x, 0), (0, y)]:
            return f"axes x={x} y={y}"
        case [[x1, y1], [x2, y2], *_] if x1 == x2:
            return "vertical start"
        case [[[deep]]]:
            return f"deep {deep}"
    return "no"

print(pts([(0, 0), (1, 1), (2, 2)]))
print(pts([(3, 0), (0, 4)]))
print(pts([[5, 1], [5, 9], [0, 0]]))
print(pts([[["bottom"]]]))
print(pts([[["a", "b"]]]))
