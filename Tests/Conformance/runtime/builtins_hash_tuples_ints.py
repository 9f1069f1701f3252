print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(10**20), hash(-10**20))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0))
print(hash(True), hash(False), hash(complex(1, 0)) == hash(1))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((None,)) == hash((None,)))
print(hash((-1,)), hash((0, 0)), hash(((),)))
print(hash(frozenset()) , hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(float("inf")), hash(float("-inf")))

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

print(hash(H(5)), hash(H(-1)), hash(H(2**70)) == hash(2**70))
print(len({H(1), H(1), H(2)}))

class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)

class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
