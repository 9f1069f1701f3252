# getattr/setattr/hasattr/delattr/vars on user objects and classes.
class C:
    k = "class"

    def __init__(self):
        self.i = "inst"


c = C()
print(getattr(c, "i"), getattr(c, "k"), getattr(c, "nope", None), getattr(C, "k"))
setattr(c, "new", 1)
setattr(C, "shared", 2)
print(c.new, c.shared, hasattr(c, "new"), hasattr(C, "new"), hasattr(c, "shared"))
delattr(c, "new")
print(hasattr(c, "new"), sorted(vars(c)))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(C, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(c, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(c, None)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(c, c)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(C) if not k.startswith("__")))
setattr(c, "with space", "ok")
print(getattr(c, "with space"), vars(c)["with space"])


class Boom:
    @property
    def p(self):
        raise ValueError("not an AttributeError")


try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("ValueError:", e)
print(getattr(Boom(), "q", "dflt"))
try:
    getattr(Boom(), "p", "dflt")
except ValueError as e:
    print("ValueError:", e)
