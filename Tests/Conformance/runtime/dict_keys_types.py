d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[(1, 2)] = "tuple"
d[None] = "none"
d["1"] = "str"
print(d)
print(d[1], len(d), {0: "a", False: "b", 0.0: "c"})
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
