# Classes as iterators and iterables: __iter__/__next__, StopIteration,
# the old __getitem__ protocol, iter(callable, sentinel), and exhaustion.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Manual:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c)
m = Manual("xyz")
print(next(m), list(m), list(m))
try:
    next(m)
except StopIteration:
    print("StopIteration")
print(list(Squares()), 9 in Squares(), list(enumerate(Squares())))
calls = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(calls), 0)))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "default"))


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
a, b, *rest = Countdown(5)
print(a, b, rest)
