print(ascii("plain"), ascii("caf\u00e9"), ascii("\u4e2d\u6587"), ascii("\U0001f600"))
print(ascii(["\xe9", ("\u20ac",), {"k\xfc": 1}]))
print(ascii(b"\xff"), ascii(3), ascii(None), ascii("tab\tnew\n"))
print(repr("caf\u00e9"), ascii("caf\u00e9") == repr("caf\u00e9"))

class Point:
    cls_attr = "shared"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point(\u00b5{self.x}, {self.y})"

p = Point(1, 2)
print(vars(p), vars(p) is p.__dict__)
vars(p)["z"] = 3
print(p.z)
print(ascii(p))
print(sorted(k for k in vars(Point) if not k.startswith("__")))
print(type(vars(Point)).__name__)

class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

def f():
    q = 1
    return vars()
print(f())

import math
print("sqrt" in vars(math), vars(math) is math.__dict__)
