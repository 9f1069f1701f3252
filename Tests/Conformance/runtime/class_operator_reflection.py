# Binary operators try the left operand's method, then the reflected method
# of the right one; a right operand of a subclass goes first.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if isinstance(other, int):
            return Num(other + self.v)
        return NotImplemented

    def __mul__(self, other):
        return Num(self.v * other) if isinstance(other, int) else NotImplemented

    __rmul__ = __mul__


class Sub(Num):
    def __radd__(self, other):
        print(f"  {self!r}.__radd__ (sub) ({other!r})")
        return Sub(999)


print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(Num(1) + Sub(2))
print(3 * Num(4), Num(4) * 3)
print(sum([Num(1), Num(2), Num(3)]))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Num(1)
except TypeError as e:
    print("TypeError:", e)
