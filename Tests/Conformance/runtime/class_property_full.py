# property with getter, setter, deleter and doc; .setter/.deleter return new
# property objects; missing parts raise AttributeError.
class Temp:
    def __init__(self):
        self._c = 0

    def _get(self):
        print("get")
        return self._c

    def _set(self, v):
        print("set", v)
        self._c = v

    def _del(self):
        print("del")
        del self._c

    celsius = property(_get, _set, _del, "Temperature in C")

    @property
    def fahrenheit(self):
        """F from C."""
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
del t.celsius
print(hasattr(t, "_c"))
print(Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget is Temp._get, Temp.fahrenheit.fdel)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


class RO:
    @property
    def x(self):
        return 1


r = RO()
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset, p2.fset is not None)
bare = property()
class Bare:
    b = bare
try:
    Bare().b
except AttributeError as e:
    print("AttributeError:", e)


class Computed:
    def __init__(self):
        self.calls = 0

    @property
    def value(self):
        self.calls += 1
        return self.calls


c = Computed()
print(c.value, c.value, c.calls)
c.__dict__["value"] = "shadow?"
print(c.value)
