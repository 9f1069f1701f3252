# no case matched: nothing happens, statement completes
match 10:
    case 1:
        print("one")
print("after unmatched match")

# match is a soft keyword: usable as a name
match = [1, 2]
case = "c"
print(match, case)
match match:
    case [1, x]:
        print("soft keyword subject, x =", x)
del match

# subject can be a tuple without parentheses
a, b = 1, "s"
match a, b:
    case (1, "s"):
        print("tuple subject")

# star subject
rest = [3, 4]
match 1, *rest:
    case [1, 3, 4]:
        print("starred subject")

# mapping pattern with a dict subclass and a non-dict mapping-like class does not match
class D(dict):
    pass
match D(x=1):
    case {"x": v}:
        print("dict subclass matches", v)

class NotMapping:
    def __getitem__(self, k):
        return 1
    def keys(self):
        return ["x"]
match NotMapping():
    case {"x": v}:
        print("wrong")
    case _:
        print("plain class with keys() is not a Mapping")

# mapping pattern uses get, not __getitem__ on missing (defaultdict-like __missing__ is ignored)
class Dflt(dict):
    def __missing__(self, key):
        return "made up"
match Dflt(a=1):
    case {"b": v}:
        print("wrong", v)
    case {"a": v}:
        print("__missing__ not used", v)

# returning from inside a case
def f(v):
    match v:
        case [*_]:
            for item in v:
                if item < 0:
                    return "has negative"
            return "all non-negative"
print(f([1, -1]), f([1, 2]))
