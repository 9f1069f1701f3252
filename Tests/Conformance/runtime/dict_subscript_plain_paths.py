# Subscripts of a plain dict (the loop reads and writes it directly): hits, misses, unhashable keys, hash errors.
d = {}
d["a"] = 1
d[1] = 2
d[(1, 2)] = 3
print(d["a"], d[1], d[(1, 2)], d[1.0], d[True])
try:
    d[[1]]
except TypeError as e:
    print(e)
try:
    d[[1]] = 5
except TypeError as e:
    print(e)
try:
    d["zz"]
except KeyError as e:
    print(repr(e))
class K:
    def __hash__(self): raise ValueError("bad hash")
try:
    d[K()]
except ValueError as e:
    print(e)
d[K] = 9
print(d[K])
