# Unary operators and the math/builtin hooks: __neg__, __pos__, __abs__,
# __invert__, __round__, __trunc__, __floor__, __ceil__.
import math


class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(+self.v)

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"


n = N(5)
print(-n, +n, abs(N(-3)), ~n, -(-n))
print(round(n), round(n, 2), round(n, None))
print(math.trunc(n), math.floor(n), math.ceil(n))


class Plain:
    pass


for f in (lambda: round(Plain()), lambda: math.floor(Plain()), lambda: math.trunc(Plain())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class FloatLike:
    def __float__(self):
        return 2.7


print(math.floor(FloatLike()), math.ceil(FloatLike()), math.sqrt(FloatLike()))


class IntSub(int):
    def __neg__(self):
        return "negated IntSub"


print(-IntSub(3), abs(IntSub(-3)), type(abs(IntSub(-3))).__name__, ~IntSub(0))
