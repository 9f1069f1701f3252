# Defining __eq__ without __hash__ makes instances unhashable; __hash__ =
# None does too; a class with both works in sets and dicts.
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class Hashable(EqOnly):
    def __hash__(self):
        return hash(self.v)


class Unhash:
    __hash__ = None


p = Plain()
print(hash(p) == hash(p), p == p, Plain() == Plain())
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
for obj in (EqOnly(1), Unhash()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(2) in s, {Hashable(5): "five"}[Hashable(5)])
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class HashReturnsBig:
    def __hash__(self):
        return 2 ** 100


class HashReturnsStr:
    def __hash__(self):
        return "nope"


print(hash(HashReturnsBig()) == hash(2 ** 100))
try:
    hash(HashReturnsStr())
except TypeError as e:
    print("TypeError:", e)


class Inherit(Hashable):
    def __eq__(self, other):
        return False


try:
    hash(Inherit(1))
except TypeError as e:
    print("TypeError:", e)
print(hash(True) == hash(1) == hash(1.0), {1: "a", 1.0: "b", True: "c"})
