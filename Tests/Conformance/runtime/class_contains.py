# `in` uses __contains__ (result made a bool), else iterates __iter__, else
# __getitem__.
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0


e = Evens()
print(4 in e, 3 in e, 5 not in e)


class Truthy:
    def __contains__(self, x):
        return "yes"


class Falsy:
    def __contains__(self, x):
        return []


print(1 in Truthy(), 1 in Falsy(), 1 not in Falsy())


class ByIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])


print(2 in ByIter(), 9 in ByIter())


class ByGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i


print(2 in ByGetitem(), 7 in ByGetitem())


class Raises:
    def __contains__(self, x):
        raise LookupError("from __contains__")


try:
    1 in Raises()
except LookupError as e:
    print("LookupError:", e)


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NoContains()
except TypeError as ex:
    print("TypeError:", ex)


class Eq:
    def __eq__(self, o):
        print("Eq.__eq__")
        return True


print(Eq() in [1], 1 in [Eq()], Eq() in (None,))
x = Eq()
print(x in [x], x in {"k": x}.values())
