# Subclasses of int keep int behaviour; arithmetic returns plain ints unless
# overridden; __new__ customizes the value.
class Bits(int):
    def __repr__(self):
        return f"Bits({int(self):#b})"

    def count(self):
        return bin(self).count("1")


b = Bits(10)
print(b, repr(b), str(b), b.count(), b + 1, type(b + 1).__name__, type(-b).__name__)
print(b == 10, hash(b) == hash(10), isinstance(b, int), {10: "ten"}[b], [0] * 11 == [0] * (b + 1))
print(f"{b:x} {b:>5}|", "%d" % b, int(b), type(int(b)).__name__, b.bit_length())


class Clamped(int):
    def __new__(cls, value, lo=0, hi=100):
        return super().__new__(cls, max(lo, min(hi, value)))


print(Clamped(150), Clamped(-5), Clamped(50, hi=10), type(Clamped(1)).__name__)


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __str__(self):
        return f"${int(self)}"


total = Money(5) + 7
print(total, type(total).__name__, 3 + Money(4), sum([Money(1), Money(2)]))


class WithAttr(int):
    pass


w = WithAttr(3)
w.note = "has dict"
print(w, w.note, w * 2, sorted([WithAttr(3), 1, WithAttr(2)]))


class B(int):
    pass


print(B("ff", 16), B(3.9), B(), B(True), type(B(True)).__name__)
print(True + B(1), divmod(B(7), 2), B(7) // 2, B(2) ** 10, abs(B(-4)))
print(range(B(3)), "abc"[B(1)], B(5).real, type(B(5).real).__name__)
