# The kinds of builtin methods: slot wrappers for the dunders behind type
# slots, method descriptors for other methods, method-wrappers and built-in
# methods once bound; a class's own functions for comparison.
print(object.__init__, object.__eq__, int.__add__, str.__getitem__)
print(list.append, dict.__contains__, list.__getitem__, object.__format__, str.upper)
kinds = {name: type(getattr(int, name)).__name__ for name in ("__add__", "__index__", "bit_length", "__format__")}
print(kinds)
print(type([].append).__name__, type((5).__add__).__name__, type(len).__name__)
print(repr([].append).split(" at ")[0], repr((5).__add__).split(" at ")[0], len)
print(list.append([1], 2) is None, int.__add__(2, 3), str.upper("abc"), (7).__add__(1))


class Own:
    def method(self):
        return "own"


print(type(Own.method).__name__, type(Own().method).__name__, type(Own.__init__).__name__)
print(Own.__init__ is object.__init__, Own.__repr__ is object.__repr__, Own().__init__.__name__)
print(list.append.__name__, list.append.__qualname__, int.__add__.__qualname__)
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
