# dict.get reached every way: with and without a default, on subclasses (which
# `get` does not send to __missing__ or __getitem__), unbound, and its errors.

class Defaulting(dict):
    def __missing__(self, key):
        return "missing"

    def __getitem__(self, key):
        return "getitem"


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print("eq", self.name)
        return isinstance(other, Key) and self.name == other.name


d = {"a": 1, 2: "two", (1, 2): [3]}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get(2, None), d.get((1, 2)))
counts = {}
for w in "x y x z x y".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
s = Defaulting(k=1)
print(s.get("k"), s.get("nope"), s.get("nope", "dflt"), s["nope"])
print(dict.get(d, "a"), dict.get(s, "zz", 5))
keys = {Key("p"): 1}
print(keys.get(Key("p")), keys.get(Key("q"), "none"))
for call in (lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get([1]), lambda: dict.get([], 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
