# One attribute site sees instances of several classes (a base class method
# called on subclasses): each class keeps its own cache entry, and a change to
# any class is seen at once.


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return self.kind + ":" + str(self.n) + ":" + self.tag()

    def tag(self):
        return "b"


class A(Base):
    kind = "a"

    def tag(self):
        return "A"


class B(Base):
    def tag(self):
        return "B"


class C(A):
    pass


class D(Base):
    __slots__ = ()


class E(Base):
    @property
    def n(self):
        return "prop"

    @n.setter
    def n(self, value):
        pass


objects = [Base(1), A(2), B(3), C(4), D(5), E(6)]
for _ in range(3):
    print([o.describe() for o in objects])
A.tag = lambda self: "A2"
print([o.describe() for o in objects])
del B.tag
print([o.describe() for o in objects])
objects[2].tag = lambda: "own"
print([o.describe() for o in objects])
for o in objects:
    o.n = o.n * 2 if isinstance(o.n, int) else o.n
print([o.describe() for o in objects])
