# A container class: __len__, __getitem__ with ints and slices, __setitem__,
# __delitem__, __contains__, __iter__, __reversed__, and the errors when a
# protocol is missing.
class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Ring(self.items[key])
        return self.items[key % len(self.items)]

    def __setitem__(self, key, value):
        self.items[key % len(self.items)] = value

    def __delitem__(self, key):
        del self.items[key % len(self.items)]

    def __contains__(self, value):
        print("  __contains__", value)
        return value in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return iter(self.items[::-1])

    def __repr__(self):
        return f"Ring({self.items})"


r = Ring("abcd")
print(len(r), r[0], r[5], r[-1], r[1:3])
r[6] = "C"
del r[4]
print(r, "C" in r, "z" in r, list(reversed(r)), sorted(r))


class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


print(20 in OnlyGetitem(), 5 in OnlyGetitem(), list(reversed([1, 2])))
for attempt in (lambda: len(OnlyGetitem()), lambda: OnlyGetitem()[0:1], lambda: reversed(OnlyGetitem())):
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)


class ReadOnly:
    def __getitem__(self, key):
        return key


ro = ReadOnly()
print(ro["anything"], ro[1, 2], ro[::2])
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[0]
except TypeError as e:
    print("TypeError:", e)
