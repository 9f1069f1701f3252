# Slots are inherited; a subclass without __slots__ gets a __dict__; a
# subclass with __slots__ adds only its own names.
class Base:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


class NoSlots(Base):
    pass


class MoreSlots(Base):
    __slots__ = ("y",)

    def __init__(self):
        super().__init__()
        self.y = 2


n = NoSlots()
n.z = 3
print(n.x, n.z, n.__dict__)
m = MoreSlots()
print(m.x, m.y, hasattr(m, "__dict__"))
try:
    m.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(MoreSlots.__slots__, "x" in MoreSlots.__dict__, "y" in MoreSlots.__dict__)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    __hash__ = None


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


p = Point3(1, 2, 3)
print(p, p == Point(1, 2), [getattr(p, n) for n in ("x", "y", "z")])
try:
    p.w = 0
except AttributeError as e:
    print("AttributeError:", e)


class Dup(Base):
    __slots__ = ("x",)


d = Dup()
d.x = 5
print(d.x, "dup ok")


class Mixed:
    pass


class SlotsOverDict(Mixed):
    __slots__ = ("a",)


so = SlotsOverDict()
so.anything = 1
print(so.anything, hasattr(so, "__dict__"))
try:
    class TwoLayouts(Point, Dup):
        pass
except TypeError as e:
    print("TypeError:", e)
