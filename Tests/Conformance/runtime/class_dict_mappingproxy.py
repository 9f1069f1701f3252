# A class's __dict__ and vars(cls) are a read-only mappingproxy over its namespace.
class C:
    a = 1
d = C.__dict__
print(type(d).__name__, len(d) > 0, d["a"], d.get("a"), d.get("zz", 5), "a" in d, [k for k in d if k == "a"])
print(sorted(k for k, v in d.items() if k == "a"), type(d.copy()).__name__, d == dict(d), vars(C) == d)
print(repr(type("E", (), {"b": 2}).__dict__)[:25])
try: d["a"] = 2
except TypeError as e: print(e)
try: del d["a"]
except TypeError as e: print(e)
try: d["missing"]
except KeyError as e: print("KeyError", e)
