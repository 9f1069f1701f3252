print(type(1), type("s"), type(None), type(type), type(int), type([]).__name__)
print(type(1) is int, type(True) is bool, type(type(1)) is type)

Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point x={self.x}"})
p = Point()
p.x = 3
print(Point.__name__, Point.__qualname__, p.describe(), Point.__bases__, type(p) is Point)

Base = type("Base", (object,), {"greet": lambda self: "hi from " + type(self).__name__})
Child = type("Child", (Base,), {"__init__": lambda self, v: setattr(self, "v", v)})
c = Child(9)
print(c.greet(), c.v, [k.__name__ for k in Child.__mro__], isinstance(c, Base))
print(Child.__module__)

Empty = type("Empty", (), {})
print(Empty.__name__, len([k for k in vars(Empty) if not k.startswith("__")]))

# the dict passed in is copied
ns = {"a": 1}
T = type("T", (), ns)
ns["a"] = 2
print(T.a)

class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, type(M("N", (), {})).__name__ if False else "skip")

for args in [(), (1, 2), ("X", 1, {}), ("X", (), []), ("X", (1,), {}), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)

class WithSlots:
    pass
S = type("S", (), {"__slots__": ("q",)})
s = S()
s.q = 1
try:
    s.r = 2
except AttributeError as e:
    print("AttributeError:", e)
