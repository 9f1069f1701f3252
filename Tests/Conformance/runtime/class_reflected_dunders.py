# Reflected dunders run when the left operand returns NotImplemented or lacks
# the method; a subclass's reflected method is tried first.
class R:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return self.tag



def _make(name):
    def method(self, other):
        return f"{name}({self.tag}, {other!r})"
    return method


for _n in ("radd", "rsub", "rmul", "rmatmul", "rtruediv", "rfloordiv", "rmod",
           "rdivmod", "rpow", "rlshift", "rrshift", "rand", "ror", "rxor"):
    setattr(R, "__" + _n + "__", _make(_n))

r = R("r")
print(1 + r, 2 - r, 3 * r, 4 / r, 5 // r, 6 % r, divmod(7, r), 8 ** r)
print(9 << r, 10 >> r, 11 & r, 12 | r, 13 ^ r, "s" + r, [1] @ r)
print(1.5 + r, True * r, None | r)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


class Same(Base):
    pass


print(Base() + Derived())
print(Derived() + Base())
print(Base() + Same())
print(5 + Base())


class Left:
    def __add__(self, other):
        print("Left.__add__ -> NotImplemented")
        return NotImplemented


class Right:
    def __radd__(self, other):
        return "Right.__radd__ got " + type(other).__name__


print(Left() + Right())


class NoRadd:
    pass


try:
    1 + NoRadd()
except TypeError as e:
    print("TypeError:", e)


class PowR:
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


print(2 ** PowR())
try:
    pow(2, PowR(), 5)
except TypeError as e:
    print("TypeError:", e)
