# __repr__, __str__ and __format__: which builtins use which, the fallbacks,
# f-string conversions, and a __format__ that reads its spec.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return f"<{self.x:{spec}}, {self.y:{spec}}>"


v = Vec(3, 4)
print(v, repr(v), str(v), [v], (v,), {"k": v})
print(f"{v}", f"{v!r}", f"{v!s}", f"{v:polar}", f"{v:06.2f}", format(v, "polar"))
print("%s %r" % (v, v), "{} {!r} {:polar}".format(v, v, v))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")


class NoFormatSpec:
    pass


try:
    format(NoFormatSpec(), "x")
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(repr("quote's"), str(b"bytes"), ascii("é"), repr(1.0), str(None))
