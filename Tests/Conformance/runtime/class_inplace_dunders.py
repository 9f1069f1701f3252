# Augmented assignment uses __iXXX__ when present (and keeps its result), and
# falls back to the binary operator, then the reflected one.
class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Acc({self.v!r})"

    def __iadd__(self, o):
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __imatmul__(self, o):
        return "imatmul result"

    def __itruediv__(self, o):
        self.v /= o
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        return self

    def __imod__(self, o):
        self.v %= o
        return self

    def __ipow__(self, o):
        self.v **= o
        return self

    def __ilshift__(self, o):
        self.v <<= o
        return self

    def __irshift__(self, o):
        self.v >>= o
        return self

    def __iand__(self, o):
        self.v &= o
        return self

    def __ior__(self, o):
        self.v |= o
        return self

    def __ixor__(self, o):
        self.v ^= o
        return self


a = Acc(10)
keep = a
a += 5; print(a)
a -= 3; print(a)
a *= 4; print(a)
a //= 5; print(a)
a %= 7; print(a)
a **= 3; print(a)
a <<= 2; print(a)
a >>= 1; print(a)
a &= 0xFF; print(a)
a |= 0x100; print(a)
a ^= 1; print(a)
a /= 2; print(a)
print(a is keep)
a @= 1
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__ used")
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)


class INotImpl:
    def __iadd__(self, o):
        print("__iadd__ -> NotImplemented")
        return NotImplemented

    def __add__(self, o):
        return "fell back to __add__"


z = INotImpl()
z += 1
print(z)


class RAdd:
    def __radd__(self, o):
        return "RAdd.__radd__"


n = 5
n += RAdd()
print(n)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
