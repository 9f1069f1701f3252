# __setattr__ and __delattr__ intercept every assignment and deletion,
# including those in __init__; object.__setattr__ does the real work.
class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")


f = Frozen(a=1, b=2)
print(f.a, f.b)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Tracked:
    def __init__(self):
        self.changes = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.changes.append(("del", name))
        super().__delattr__(name)


t = Tracked()
t.value = 5
t.extra = "x"
del t.extra
print(t.changes, t.value, hasattr(t, "extra"))
try:
    del t.extra
except AttributeError as e:
    print("AttributeError:", e)
