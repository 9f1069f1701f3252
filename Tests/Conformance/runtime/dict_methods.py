d = {"x": 1, "y": 2, "z": 3}
print(d.pop("x"), d.pop("q", None), d)
print(d.setdefault("y", 99), d.setdefault("w", 0), d)
print(d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
d.clear()
print(d, bool(d), bool(e))
