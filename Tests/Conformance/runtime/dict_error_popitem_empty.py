d = {"first": 1, "only": 2}
print(d.popitem())
print(d.popitem())
print(d, len(d))
d.popitem()
