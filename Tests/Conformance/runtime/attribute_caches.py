# Attribute look-ups that the per-site caches must not get wrong: methods
# shadowed by instance attributes, class attributes changed after use,
# __setattr__ and properties added to a class after its instances were used.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


def norms(points):
    return [p.norm() for p in points]


points = [Point(i, -i) for i in range(4)]
print(norms(points))
points[2].norm = lambda: "shadowed"
print(norms(points))
del points[2].norm
print(norms(points))

Point.norm = lambda self: self.x * 10
print(norms(points))


def read_x(p):
    return p.x


print([read_x(p) for p in points])
Point.x = property(lambda self: "property wins")
print([read_x(p) for p in points])
del Point.x
print([read_x(p) for p in points])


def move(p, value):
    p.x = value


log = []
move(points[0], 5)
Point.__setattr__ = lambda self, name, value: log.append((name, value))
move(points[0], 6)
print(points[0].x, log)
del Point.__setattr__
move(points[0], 7)
print(points[0].x, log)


class Base:
    def who(self):
        return "base"


class Child(Base):
    pass


def ask(obj):
    return obj.who()


c = Child()
print(ask(c), ask(Base()))
Child.who = lambda self: "child"
print(ask(c), ask(Base()))
Base.who = lambda self: "new base"
print(ask(c), ask(Base()))


try:
    print(points[1].missing)
except AttributeError as error:
    print("AttributeError:", error)
