d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d)
d["apple"] = 100
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d))
print(list(reversed(d)), dict(sorted(d.items())))
