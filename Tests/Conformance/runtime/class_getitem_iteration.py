# A class with only __getitem__ is iterable: items 0, 1, 2, ... until
# IndexError. `in` and unpacking use the same fallback.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(3)))
print(4 in Squares(5))
x, y = Squares(2)
print(x, y)
it = iter(Squares(1))
print(type(it).__name__, next(it))
try:
    next(it)
except StopIteration:
    print("stopped")


class Letters:
    def __getitem__(self, i):
        return "abc"[i]


print(list(Letters()), "".join(Letters()), sorted(Letters(), reverse=True))


class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError:", e)


class Nothing:
    pass


for op in (lambda: iter(Nothing()), lambda: list(Nothing()), lambda: 1 in Nothing(),
           lambda: [*Nothing()], lambda: Nothing()[0]):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)


class Slicer:
    def __getitem__(self, key):
        return key


s = Slicer()
print(s[1:2], s[::3], s[1, 2], s[...], s["k"], s[1:2, 3])
