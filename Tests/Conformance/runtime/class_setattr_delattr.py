# __setattr__ and __delattr__ intercept assignment and deletion; the object
# versions do the real work.
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: Frozen")


f = Frozen(1, 2)
print(f.x, f.y)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Recorder:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)


r = Recorder()
r.a = 1
r.a += 10
setattr(r, "b", "bee")
del r.a
print(r.log)
print(sorted(vars(r)))
try:
    del r.zzz
except AttributeError as e:
    print("AttributeError:", e)
print(r.log[-1])


class Typed:
    def __setattr__(self, name, value):
        if name.startswith("n_") and not isinstance(value, int):
            raise TypeError(name + " needs an int")
        object.__setattr__(self, name, value)


t = Typed()
t.n_count = 3
t.label = "ok"
try:
    t.n_bad = "x"
except TypeError as e:
    print("TypeError:", e)
print(vars(t))
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
