# Iterators written as classes consumed by every builtin that iterates:
# zip, enumerate, map, filter, any/all, sorted, min/max, sum, unpacking,
# join; exhaustion, the old __getitem__ protocol, iter(callable, sentinel).
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
i = It()
print(list(i), list(i), next(i, "done"))
print(list(zip(It(), "ab")), list(enumerate(It(), 1)), dict(zip("xyz", It())))
print(list(map(lambda a, b: a + b, It(), It())), any(x > 2 for x in It()), all(It()))
print(sorted(It(), reverse=True), min(It()), max(It(), key=lambda v: -v), sum(It(), 10))
print(list(filter(None, [0, 1, 2])), list(reversed(range(3))), [*It(), *It()])
print(tuple(It()), set(It()) == {1, 2, 3}, frozenset(It()) == frozenset({1, 2, 3}), "-".join(str(x) for x in It()))
it = iter([1, 2, 3])
for x in it:
    if x == 1: print("skip", next(it))
    else: print("x", x)
class Gi:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(Gi()))
print(list(iter(It().__next__, 3)))
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise ValueError("bad")
try: list(BadNext())
except ValueError as e: print("ValueError:", e)
z = zip([1, 2, 3], [4])
print(list(z), list(z))
m = map(str, [1, 2]); print(next(m), list(m), list(m))
