# dict subclasses may define __missing__: d[key] calls it for absent keys,
# but get(), in and setdefault do not.
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2


d = Default(a=1)
print(d["a"], d["bc"], d.get("zz"), "bc" in d, d)


class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))


class Raises(dict):
    def __missing__(self, key):
        raise KeyError("custom: " + str(key))


try:
    Raises()["x"]
except KeyError as e:
    print("KeyError:", e)


class NoMissing(dict):
    pass


try:
    NoMissing()["x"]
except KeyError as e:
    print("KeyError:", e)
inst = NoMissing()
inst.__missing__ = lambda k: "never"
try:
    inst["q"]
except KeyError as e:
    print("KeyError:", e)
try:
    dict().__missing__ = 1
except AttributeError as e:
    print("AttributeError:", e)
print(d.setdefault("new", 5), d.pop("new"), sorted(d))


class Nested(dict):
    def __missing__(self, key):
        value = self[key] = Nested()
        return value


tree = Nested()
tree["a"]["b"]["c"] = 1
print(tree, type(tree["a"]).__name__)
