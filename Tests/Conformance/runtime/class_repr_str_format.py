# __repr__, __str__ (falls back to __repr__), __format__ and the conversions
# that use them.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "polar":
            return "polar!"
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


p = Point(1.5, "y")
q = Point(2, 3)
print(p, repr(p), str(p))
print([p], (q,), {"k": q})
print(f"{q}|{q!r}|{q!s}|{q:polar}|{q:05.1f}|{q:>4}")
print("{} {!r} {:x}".format(q, q, q), format(q, "b"))
print("%s %r" % (q, q))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))


class OnlyStr:
    def __str__(self):
        return "just str"


print(OnlyStr(), [str(OnlyStr())], repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
try:
    format(OnlyStr(), "x")
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1


for f in (lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: format(BadFormat()),
          lambda: f"{BadFormat()}", lambda: print(BadStr())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class Sub(str):
    def __str__(self):
        return "custom str"


print(str(Sub("x")), repr(Sub("x")), f"{Sub('x')}", "%s" % Sub("x"))
print(ascii(Point("é", 1)), repr(Point("é", 1)))
