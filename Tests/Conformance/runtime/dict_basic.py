d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], "a" in d, "z" not in d)
del d["a"]
print(d)
d.update({"d": 4}, e=5)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("b"), d.get("zz"), d.get("zz", 0))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(), {})
