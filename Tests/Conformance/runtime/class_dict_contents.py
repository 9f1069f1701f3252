# __dict__ of instances is a plain dict; a class's __dict__ is a read-only
# mapping proxy holding the names of its body.
class P:
    """Doc of P."""
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


p = P(3, -4)
print(p.__dict__)
print(type(p.__dict__).__name__, type(P.__dict__).__name__)
p.__dict__["z"] = 9
print(p.z, vars(p) is p.__dict__)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
print("__init__" in P.__dict__, "__doc__" in P.__dict__, P.__dict__["kind"])
print("norm" in p.__dict__, "x" in P.__dict__)
try:
    P.__dict__["kind"] = "other"
except TypeError as e:
    print("TypeError:", e)
p.__dict__ = {"x": 1, "y": 1}
print(p.norm(), hasattr(p, "z"))
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)


class Q(P):
    extra = 1


print(sorted(k for k in Q.__dict__ if not k.startswith("__")))
print("kind" in Q.__dict__, Q.kind)
print(P.__dict__["norm"](p))
d = dict(P.__dict__)
print(type(d).__name__, d["kind"])
