# Attribute loads and stores on locals (`self.x`, `p.x = v`) through every kind
# of object, with the errors raised where the attribute is, not the local.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        p = Point(self.x + dx, self.y)
        p.x = p.x * 2
        return p


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


class Lazy:
    @property
    def value(self):
        return 42

    def __getattr__(self, name):
        return "missing " + name


def reads(objects):
    out = []
    for o in objects:
        out.append(o.real if isinstance(o, int) else len(o.__class__.__name__))
    return out


def rebinding():
    p = Point(1, 2)
    total = 0
    for i in range(5):
        total += p.x
        p = Point(i, p.y)
        p.y = p.y + i
    return total, p.x, p.y


def shadowed():
    p = Point(1, 2)
    p.__dict__["moved"] = lambda dx: "own"
    return p.moved(3)


def conditional(flag):
    p = Point(3, 4)
    q = Point(5, 6)
    # `a if c else b` then the attribute: a jump lands between the load and the look-up.
    return (p if flag else q).x


print(Point(1, 2).moved(3).x)
log = Logged()
log.a = 1
log.b = log.a + 1
print(log.log)
lazy = Lazy()
print(lazy.value, lazy.other)
print(reads([1, "ab", 3.5, [1]]))
print(rebinding())
print(shadowed())
print(conditional(True), conditional(False))


def unbound_store():
    if False:
        p = None
    p.x = 1


def unbound_load():
    try:
        return q.x
    finally:
        pass
    q = 1


for f in (unbound_store, unbound_load):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def missing():
    p = Point(1, 2)
    return p.x + p.z


missing()
