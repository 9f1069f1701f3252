d = {}
d[(1, 2)] = "tuple"
d[frozenset([1])] = "frozenset"
print(len(d))
d[[1, 2]] = "list"
