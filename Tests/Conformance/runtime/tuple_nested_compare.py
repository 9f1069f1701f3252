rows = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(rows))
print(max(rows), min(rows))
print((1, (2, 3)) < (1, (2, 4)), (1, 2, 3) == (1, 2, 3))
print(() < (0,), (1, 2) == [1, 2], (1, 2) != (2, 1))
print(tuple(sorted((3, 1, 2))))
