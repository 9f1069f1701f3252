# type(name, bases, namespace) builds classes at run time; type(obj) gives the
# class.
def init(self, v):
    self.v = v


Point = type("Point", (), {"__init__": init, "dims": 2, "show": lambda self: f"P({self.v})"})
p = Point(4)
print(p.show(), p.dims, Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, type(Point) is type, type(type) is type, Point.__bases__)
Sub = type("Sub", (Point,), {"dims": 3})
print(Sub(1).show(), Sub.dims, [c.__name__ for c in Sub.__mro__])
print(type(1).__name__, type("s").__name__, type(None).__name__, type(len).__name__)
Empty = type("Empty", (), {})
print(repr(Empty()).startswith("<__main__.Empty object"), repr(Empty))
ns = {"x": 1}
K = type("K", (), ns)
ns["y"] = 2
print(hasattr(K, "y"), K.x)
for bad in (lambda: type("A"), lambda: type("A", (), {}, 1), lambda: type(1, (), {}),
            lambda: type("A", [], {}), lambda: type("A", (), []), lambda: type("A", (1,), {})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Doc = type("Doc", (), {"__doc__": "made by type", "__qualname__": "Q.Doc"})
print(Doc.__doc__, Doc.__qualname__, Doc.__name__)
print(type.__name__, type(Point).__name__, isinstance(Point, type), isinstance(p, type))
Dyn = type("Dyn", (dict,), {"__missing__": lambda self, k: k})
print(Dyn()["key"], Dyn(a=1))
