# Defining __eq__ without __hash__ makes instances unhashable; defining both
# lets them dedupe in sets and dicts.
class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v


class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Both) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Both({self.v})"


p = Plain()
print(hash(p) == hash(p), p in {p}, Plain.__hash__ is object.__hash__)
print(EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
s = {Both(1), Both(1), Both(2)}
print(len(s), sorted(s, key=lambda b: b.v))
d = {Both(3): "three"}
print(d[Both(3)], Both(3) in d, hash(Both(7)) == hash(7))


class Inherit(Both):
    def __eq__(self, o):
        return False


try:
    hash(Inherit(1))
except TypeError as e:
    print("TypeError:", e)


class Keep(Both):
    def __eq__(self, o):
        return True
    __hash__ = Both.__hash__


print(hash(Keep(5)) == 5)


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class HashSub(int):
    pass


print(hash(HashSub(12)), {HashSub(1): "a"}[1])
