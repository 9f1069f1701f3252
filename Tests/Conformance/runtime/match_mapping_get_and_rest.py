# Mapping patterns look keys up with the subject's own get (no __missing__),
# ignore extra keys, and **rest collects the others in order.
class Counting(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

match Counting(a=1, b=2, c=3):
    case {"z": _}:
        print("no")
    case {"a": 1, **rest}:
        print("rest", rest)

k = 1
class A:
    k = 1
try:
    match {1: 2, 3: 4}:
        case {1: _, A.k: _}:
            print("matched")
except ValueError as e:
    print("ValueError", e)

match {"x": [1, 2, (3, 4)]}:
    case {"x": [1, *mid, (a, b)]}:
        print(mid, a, b)

for subject in ["abc", b"ab", bytearray(b"x"), range(3), (1, 2, 3), [1]]:
    match subject:
        case [x, *_]:
            print(type(subject).__name__, "sequence", x)
        case _:
            print(type(subject).__name__, "not a sequence")

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y at {y}"
        case Point(x, 0):
            return f"on x at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"
        case (1 | 2 | 3) as n:
            return f"small {n}"
        case -1:
            return "minus one"
        case True:
            return "true"
        case None:
            return "none"
    return "no match"

for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 2), 2, -1, True, 1.0, None, "x"]:
    print(where(p))
