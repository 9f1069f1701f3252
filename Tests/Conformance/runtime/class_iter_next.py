# The iterator protocol: __iter__ returns an iterator, __next__ raises
# StopIteration to end; for, list(), next() with default, unpacking.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))
for x in Countdown(2):
    print("for", x)
it = iter(Countdown(2))
print(iter(it) is it, next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
a, b, c2 = Countdown(3)
print(a, b, c2, sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(tuple(zip(Countdown(3), "xyz")), dict(enumerate(Countdown(2))))


class GenIter:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for i in self.items:
            yield i * 10


print(list(GenIter([1, 2])), [*GenIter([3])], 20 in GenIter([2]))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NotIterator:
    pass


try:
    next(NotIterator())
except TypeError as e:
    print("TypeError:", e)


class StopWithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


print(list(StopWithValue()))
print(list(map(str, Countdown(3))), list(filter(None, Countdown(2))))
