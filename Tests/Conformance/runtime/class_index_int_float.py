# __index__ lets objects be used as integers in slices, bin/hex/oct, range
# and sequence indexing; __int__ and __float__ drive int() and float().
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], "abcdef"[Idx(-1)], (1, 2, 3)[Idx(0)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))), range(10)[Idx(2)])
print(int(Idx(7)), [0] * Idx(3), "ab" * Idx(2), Idx(4).__index__())
print("xyz"[Idx(1):], chr(Idx(65)), round(2.567, Idx(2)))


class IntOnly:
    def __int__(self):
        return 42


class FloatOnly:
    def __float__(self):
        return 2.5


print(int(IntOnly()), float(FloatOnly()), float(Idx(3)), int(3.9))
try:
    [1, 2][IntOnly()]
except TypeError as e:
    print("TypeError:", e)
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    float(IntOnly())
except TypeError as e:
    print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "x"


class BadIndex:
    def __index__(self):
        return 1.5


class BadFloat:
    def __float__(self):
        return 1


for f in (lambda: int(BadInt()), lambda: [0][BadIndex()], lambda: bin(BadIndex()), lambda: float(BadFloat())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class IntSub(int):
    pass


print(type(int(IntSub(5))).__name__, [5, 6, 7][IntSub(2)], hex(IntSub(17)))
print(float("1.5"), int("12"), type(float(FloatOnly())).__name__)
