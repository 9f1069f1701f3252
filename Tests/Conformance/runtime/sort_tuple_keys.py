# Sorting by tuple keys, and sorting tuples: the first two items decide quickly
# when they can, everything else goes through the full tuple comparison with
# the same calls, in the same order, as CPython makes.
rows = [("b", 2, 1.0), ("a", 2, 0.5), ("b", 1, 0.5), ("a", 2, -1.0), ("a",), ("b", 1), ("a", 2)]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(rows, key=lambda r: (r[0], -len(r))))
print(sorted([(1, 2.5), (1, 2), (1.0, 1), (0, "x")][:3]))
print(sorted([(float("nan"), 1), (1.0, 2), (float("nan"), 0)]))
print(sorted([(True, 1), (1, 0), (False, 2)]), sorted([((1, 2), 1), ((1,), 2)]))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __eq__(self, other):
        if not isinstance(other, Loud):
            print("eq", self.n, "other")
            return False
        print("eq", self.n, other.n)
        return self.n == other.n
    def __repr__(self):
        return f"L{self.n}"
print(sorted([(1, "x", Loud(3)), (1, "x", Loud(1)), (0, "y", Loud(2)), (1, "w", Loud(0))]))
print(sorted([(Loud(2), 1), (Loud(1), 2)]))
try:
    sorted([(1, "a", 2), (1, "a", "b")])
except TypeError as e:
    print("TypeError", e)
data = [(1, "a", Loud(5)), (1, "a", "oops")]
try:
    data.sort()
except TypeError as e:
    print("TypeError", e, data)
victim = [(1, Loud(1)), (1, Loud(2))]
def meddle(self, other):
    victim.append((0, Loud(9)))
    return False
Loud.__lt__ = meddle
try:
    victim.sort()
except ValueError as e:
    print("ValueError", e)
print(len(victim))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (w[0], -len(w)), reverse=True))
print(sorted(((i % 3, -i) for i in range(10))), sorted([()] + [(1,)], reverse=True))
