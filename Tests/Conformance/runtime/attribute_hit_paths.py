# LOAD_ATTR, LOAD_METHOD and STORE_ATTR answer common cases from the site's
# cache and the instance's small dict without calls; everything that changes
# the answer must still be seen.


class C:
    def __init__(self):
        self.a = 1

    def m(self):
        return "method"


def read(o):
    return o.a


def call(o):
    return o.m()


def write(o, v):
    o.a = v


c = C()
for _ in range(3):
    print(read(c), call(c))
c.m = lambda: "shadow"
print(call(c))
del c.m
print(call(c))
write(c, 5)
print(read(c))
for i in range(12):
    setattr(c, "x" + str(i), i)
write(c, 6)
print(read(c), c.x11, len(vars(c)))
del c.a
try:
    read(c)
except AttributeError as e:
    print("AttributeError:", e)
write(c, 7)
print(read(c))


class D:
    pass


d = D()
d.a = 10
print(read(d))
D.__getattr__ = lambda self, name: "hooked " + name
del d.a
print(read(d))
D.__setattr__ = lambda self, name, value: print("set", name, value)
write(d, 3)
print(read(d))


class P:
    @property
    def a(self):
        return "property"


print(read(P()))
e = C()
name = "".join(["a"])
setattr(e, name, 99)
print(read(e), e.__dict__)
C.m = lambda self: "replaced"
print(call(e))
write(e, "z")
print(read(e))
