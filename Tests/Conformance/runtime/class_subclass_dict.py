# Subclasses of dict: overridden __getitem__/__setitem__ are used by d[k]
# but not by get(), update() or the constructor.
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


d = Lower()
d["Hello"] = 1
print(d, d["HELLO"], d.get("HELLO"), "hello" in d)
e = Lower(Mixed=2)
e.update(Other=3)
print(e, sorted(e))
try:
    e["mixed"]
except KeyError as ex:
    print("KeyError:", ex)


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


a = Attr(x=1)
a.y = 2
print(a, a.x, a.y, repr(a), type(a).__name__)
try:
    a.z
except AttributeError as ex:
    print("AttributeError:", ex)


class Reprd(dict):
    def __repr__(self):
        return "Reprd(" + super().__repr__() + ")"


r = Reprd(b=2, a=1)
print(r, [r], dict(r), type(dict(r)).__name__, type(r.copy()).__name__, r | {"c": 3}, type(r | {}).__name__)
print(isinstance(r, dict), r == {"a": 1, "b": 2}, len(r), list(r), list(r.items()))


class Counting(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.lookups = 0

    def __getitem__(self, k):
        self.lookups += 1
        return super().__getitem__(k)


c = Counting({"k": 1})
print(c["k"], c["k"], c.lookups, c.get("k"), c.lookups, c)
print(Counting.fromkeys("ab", 0), type(Counting.fromkeys("a")).__name__)
