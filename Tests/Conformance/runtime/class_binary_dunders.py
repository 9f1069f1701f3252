# Every binary operator dispatches to its dunder on the left operand.
class Op:
    def __init__(self, tag):
        self.tag = tag

    def _r(name):
        def method(self, other):
            return f"{self.tag}.{name}({other!r})"
        method.__name__ = name
        return method

    __add__ = _r("__add__")
    __sub__ = _r("__sub__")
    __mul__ = _r("__mul__")
    __matmul__ = _r("__matmul__")
    __truediv__ = _r("__truediv__")
    __floordiv__ = _r("__floordiv__")
    __mod__ = _r("__mod__")
    __divmod__ = _r("__divmod__")
    __lshift__ = _r("__lshift__")
    __rshift__ = _r("__rshift__")
    __and__ = _r("__and__")
    __or__ = _r("__or__")
    __xor__ = _r("__xor__")

    def __pow__(self, other, mod=None):
        return f"{self.tag}.__pow__({other!r}, {mod!r})"

    del _r


a = Op("a")
print(a + 1)
print(a - 2)
print(a * 3)
print(a @ 4)
print(a / 5)
print(a // 6)
print(a % 7)
print(divmod(a, 8))
print(a ** 9)
print(pow(a, 10))
print(pow(a, 11, 12))
print(a << 13)
print(a >> 14)
print(a & 15)
print(a | 16)
print(a ^ 17)
print(a + a is not None, a % "fmt")
print(Op.__add__.__name__, Op.__dict__["__or__"].__name__)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


print(Money(150) + Money(275), Money(199) * 3, Money(1000) / 3)
print(sum([Money(1), Money(2)], Money(0)))
