# min and max: lazy over one iterable, the comparison each asks (< for min, >
# for max) including inside tuples, ties keeping the first, and their errors.
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __gt__(self, other):
        print("gt", self.n, other.n)
        return self.n > other.n
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return f"L{self.n}"
print(max([Loud(1), Loud(3), Loud(2)]), min([Loud(2), Loud(1), Loud(3)]))
print(max([(1, Loud(1)), (1, Loud(5)), (0, Loud(9))]))
print(min([(1, Loud(1)), (1, Loud(5)), (0, Loud(9))]))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"O{self.n}"
print(max([OnlyLt(1), OnlyLt(4), OnlyLt(2)]), min([OnlyLt(3), OnlyLt(0)]))
def counting(n):
    for i in range(n):
        print("yield", i)
        yield (i * 7) % 5
print(max(counting(5)), min(counting(3), default=-1))
print(max([1, 3, 3.0, 2]), min([2, 1.0, 1]), max("hello"), min("b", "a", "c"))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(1, 2), (1,), (1, 2, 0)]))
nan = float("nan")
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([2.0, nan, 1.0]))
print(max([], default="empty"), min((), default=None), max([[1, 2], [1, 3]]))
print(max({"a": 1, "b": 3, "c": 2}.items(), key=lambda kv: (kv[1], kv[0])))
print(min(range(10), key=lambda v: (v - 4) ** 2), max(["aa", "b", "cc"], key=len))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0),
            lambda: min([1, "a"]), lambda: max([(1, 2), (1, "x")]), lambda: max([1], bogus=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
