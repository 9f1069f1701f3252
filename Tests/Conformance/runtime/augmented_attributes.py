# `a.x += v` on instances, classes, properties, hooks and slots: the read and
# the write of an augmented attribute assignment and the errors of each half.

class Plain:
    total = 0

    def __init__(self):
        self.count = 0


class Watched:
    def __init__(self):
        self._value = 1

    @property
    def value(self):
        print("read value")
        return self._value

    @value.setter
    def value(self, new):
        print("write value", new)
        self._value = new


class Hooked:
    def __getattr__(self, name):
        print("getattr", name)
        return 10

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Slotted:
    __slots__ = ("n",)


p = Plain()
for i in range(5):
    p.count += i
    Plain.total += 1
print(p.count, Plain.total, p.total)
w = Watched()
w.value += 2
w.value *= 3
h = Hooked()
h.missing += 1
h.missing += 1
print(h.missing)
s = Slotted()
s.n = 1
s.n <<= 3
print(s.n)
try:
    t = Slotted()
    t.n += 1
except AttributeError as e:
    print("AttributeError:", e)
r = Plain()
r.count = "ab"
r.count += "cd"
print(r.count)


class Frozen:
    __slots__ = ()
    size = 1


f = Frozen()
f.size += 1
