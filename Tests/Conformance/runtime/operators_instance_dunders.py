# Binary operators on instances of classes defined in Python: the left
# operand's own dunder decides alone when the right one is of the same class
# or an int/float/bool; every other case goes through the full protocol.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return V(other + self.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __sub__(self, other):
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __radd__(self, other):
        return "W.__radd__ first"


print(V(1) + V(2), V(1) + 2, V(1) + 2.5, V(1) + True, 3 + V(1), V(2) * 3, V(2) * 0.5)
print(V(1) + W(5))
v = V(1)
v += V(4)
print(v)
for bad in (lambda: V(1) - V(2), lambda: V(1) - 3, lambda: V(1) + "s", lambda: V(1) / V(2), lambda: V(1) @ V(2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Counting:
    calls = 0

    def __add__(self, other):
        Counting.calls += 1
        return NotImplemented


try:
    Counting() + Counting()
except TypeError as e:
    print("TypeError:", e, Counting.calls)
try:
    Counting() + 1
except TypeError as e:
    print("TypeError:", e, Counting.calls)


class Raises:
    def __add__(self, other):
        raise ValueError("inside __add__")


def use():
    return Raises() + Raises()


use()
