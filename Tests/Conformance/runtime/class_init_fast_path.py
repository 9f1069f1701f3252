# Calling a class whose instances need only object.__new__ and a Python
# __init__ takes a fast path; everything else must still behave as CPython.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, type(p).__name__)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, v):
        raise KeyError(v)


try:
    Raises("k")
except KeyError as e:
    print("KeyError:", e)


class WithNew:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(WithNew(7).v)


class Later:
    def __init__(self, a):
        self.a = a


print(Later(1).a)


def new_init(self, a):
    self.a = a * 100


Later.__init__ = new_init
print(Later(1).a)
del Later.__init__
try:
    Later(1)
except TypeError as e:
    print("TypeError:", e)
print(type(Later()).__name__)


class Defaults:
    def __init__(self, a, b=5):
        self.total = a + b


print(Defaults(1).total, Defaults(1, 2).total, Defaults(a=3).total)


class Sub(Point):
    pass


s = Sub(3, 4)
print(s.x + s.y, isinstance(s, Point))


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)

try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
Point(1, 2, 3)
