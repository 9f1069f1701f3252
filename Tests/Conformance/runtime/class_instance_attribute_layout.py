# Instance attributes: insertion order, deletion, many names, computed names,
# shadowing methods, __dict__ replacement; whatever way they are stored.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


a = Point(1, 2)
b = Point(3, 4)
print(vars(a), b.__dict__)

# A different order of first assignment keeps its own order.
c = Point.__new__(Point)
c.y = 10
c.x = 20
print(c.__dict__, c.norm())

# Skipping a name, then setting it later.
d = Point.__new__(Point)
d.x = 1
d.z = 3
d.y = 2
print(d.__dict__)
e = Point(5, 6)
e.z = 7
print(e.__dict__, list(vars(e)))

# Deleting and adding back moves the name to the end.
del e.x
print(e.__dict__, hasattr(e, "x"))
e.x = 50
print(e.__dict__, e.norm())
try:
    del e.w
except AttributeError as error:
    print("AttributeError:", error)

# More names than fit inline.
class Many:
    def __init__(self):
        for index in range(12):
            setattr(self, "a" + str(index), index)

m = Many()
print(m.__dict__)
print(m.a0, m.a11, getattr(m, "a" + "5"), sum(getattr(m, name) for name in vars(m)))

class Wide:
    def __init__(self):
        self.p0 = 0; self.p1 = 1; self.p2 = 2; self.p3 = 3; self.p4 = 4
        self.p5 = 5; self.p6 = 6; self.p7 = 7; self.p8 = 8; self.p9 = 9

w = Wide()
w.p3 = 33
print(w.__dict__, w.p9 + w.p0)

# An instance attribute shadowing a method, set on one instance only.
p = Point(1, 1)
q = Point(2, 2)
p.norm = lambda: "shadowed"
print(p.norm(), q.norm(), "norm" in vars(p), "norm" in vars(q))
del p.norm
print(p.norm())

# Computed (not interned) names read and write the same attributes.
name = "".join(["x"])
setattr(q, name, 100)
print(q.x, getattr(q, "".join(["y"])), q.__dict__)

# Replacing __dict__.
r = Point(7, 8)
r.__dict__ = {"x": 1, "y": 1, "extra": True}
print(r.norm(), r.extra, vars(r))
r.__dict__["x"] = 9
print(r.x, r.norm())

# The dict seen through __dict__ is the live one.
s = Point(1, 2)
view = s.__dict__
s.x = 11
view["y"] = 22
print(s.x, s.y, view)

# Subclasses add their own names after their bases'.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

t = Point3(1, 2, 3)
print(t.__dict__, t.norm(), isinstance(t, Point))

# Equal dicts, different stores.
print(vars(Point(1, 2)) == vars(a), Point(1, 2).__dict__ == {"y": 2, "x": 1})

# Missing attributes still raise with the class name.
try:
    a.z
except AttributeError as error:
    print("AttributeError:", error)

# A long chain of instances frees without deep recursion.
class Node:
    def __init__(self, next_node):
        self.next = next_node

head = None
for index in range(200000):
    head = Node(head)
count = 0
node = head
while node is not None:
    count += 1
    node = node.next
print(count)
del head, node
print("freed")
