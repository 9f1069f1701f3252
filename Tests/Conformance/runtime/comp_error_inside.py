rows = [[1, 2], [3], [4, 5]]
print([r[0] for r in rows])
print([len(r) for r in rows])
print([r[-1] for r in rows])
print([r[1] for r in rows])
