# Unary operators and the conversion dunders: __neg__, __pos__, __abs__,
# __invert__, __bool__, __len__ for truth, __int__, __float__, __index__,
# __round__, __trunc__, __floor__ and __ceil__ via math.
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return Money(abs(self.cents))

    def __abs__(self):
        return Money(abs(self.cents))

    def __invert__(self):
        return Money(~self.cents)

    def __bool__(self):
        return self.cents != 0

    def __float__(self):
        return self.cents / 100

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2 if ndigits is None else ndigits))

    def __trunc__(self):
        return int(self.cents / 100)

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)


m = Money(-250)
print(-m, +m, abs(m), ~m, bool(m), bool(Money(0)))
print(float(m), round(Money(1250)), round(Money(1234), -1))
print(math.trunc(m), math.floor(m), math.ceil(m))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Sized(0)), bool(Sized(3)), "yes" if Sized(2) else "no")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class NegativeLen:
    def __len__(self):
        return -1


try:
    len(NegativeLen())
except ValueError as e:
    print("ValueError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
