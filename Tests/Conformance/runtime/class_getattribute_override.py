# __getattribute__ intercepts every look-up on instances; object.__getattribute__
# performs the normal one; an AttributeError from it falls back to __getattr__.
class Logged:
    cls_attr = "on class"

    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("lookup", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x + 1


o = Logged()
print(o.x)
print(o.cls_attr)
print(o.method())
print(type(o).__name__)


class Fallback:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name

    visible = "v"


f = Fallback()
print(f.visible, f.hidden, f.nope)


class Everything:
    def __getattribute__(self, name):
        return name * 2


e = Everything()
print(e.ab, e.x, getattr(e, "yz"), hasattr(e, "q"))
print(type(e).__name__)


class Upper:
    def __init__(self):
        object.__setattr__(self, "secret", "s3")

    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        return value.upper() if isinstance(value, str) else value


u = Upper()
print(u.secret, Upper.__getattribute__ is not object.__getattribute__)
print(object.__getattribute__(u, "secret"))
try:
    object.__getattribute__(u, "zz")
except AttributeError as ex:
    print("AttributeError:", ex)
