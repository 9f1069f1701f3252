print(hash((1, 2)) == hash((1, 2)))
print(hash(()), hash((1,)), hash((1, 2, 3)))
print(hash((1.5, -2)), hash((0, (1, 2))))
d = {(1, 2): "a", (3, 4): "b"}
print(d[(1, 2)], d[3, 4])
print(hash(1), hash(-1), hash(2 ** 61), hash(2 ** 61 - 1), hash(1.0), hash(0.5), hash(-0.0))
