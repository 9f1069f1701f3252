# __slots__ replaces the instance dict with fixed member descriptors;
# unset slots raise AttributeError; subclasses without __slots__ get a dict.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y, type(P.x).__name__)
del p.y
print(hasattr(p, "y"))


class Q(P):
    pass


q = Q(5)
q.anything = "ok"
print(q.x, q.anything, vars(q))


class R(P):
    __slots__ = ("z",)


r = R(7)
r.z = 8
print(r.x, r.z, hasattr(r, "__dict__"))
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
