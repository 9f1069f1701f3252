# __getattr__ runs only when normal look-up fails (including AttributeError
# raised by a property).
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self.target, name)


p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.misses)
print(p.count(1), p.misses)
print(p.target is p.__dict__["target"], p.misses)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Dyn:
    existing = "real"

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name!r} here")

    @property
    def broken(self):
        raise AttributeError("inside property")


d = Dyn()
print(d.existing, d.auto_value, getattr(d, "auto_x"))
print(hasattr(d, "auto_y"), hasattr(d, "other"), getattr(d, "other", "default"))
try:
    d.broken
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)


class Chain:
    def __getattr__(self, name):
        return Chain.Link(name)

    class Link:
        def __init__(self, path):
            self.path = path

        def __getattr__(self, name):
            return Chain.Link(self.path + "." + name)


print(Chain().a.b.c.path)


class Rec:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        return self.data[name]


try:
    Rec().key
except AttributeError as e:
    print("AttributeError:", e)
print(type(Dyn.__getattr__).__name__, hasattr(Dyn, "auto_z"))
