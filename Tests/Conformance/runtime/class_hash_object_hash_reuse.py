# A class that defines __eq__ and takes object.__hash__ back stays hashable
# (this once recursed through the slot until the native stack ran out).
class C:
    def __eq__(self, other):
        return self is other
    __hash__ = object.__hash__

c = C()
print(hash(c) == hash(c), {c: 1}[c])

class Loop:
    def __repr__(self):
        return repr(self)

try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError")

class Late:
    pass

Late.__eq__ = lambda self, other: "eq"
Late.__radd__ = lambda self, other: "radd"
Late.__len__ = lambda self: 3
print(Late() == 1, 1 + Late(), len(Late()), hash(Late()) is not None)

class Child(Late):
    pass

Late.__neg__ = lambda self: "neg"
print(-Child(), len(Child()))
del Late.__len__
try:
    len(Child())
except TypeError as e:
    print(e)
