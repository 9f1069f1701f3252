d = {1: "one", 2: "two", 3: "three"}
k = d.keys()
v = d.values()
it = d.items()
d[4] = "four"
print(k, len(k), 2 in k, "two" in v, (3, "three") in it)
print(sorted(k & {2, 3, 5}), sorted(k | {9}), sorted(k - {1}))
print(list(v), list(it)[:2])
print(type(k).__name__, type(v).__name__, type(it).__name__)
