# A namedtuple and a dataclass written by hand with type(), exec, property
# and a class decorator: __slots__ = () on a tuple subclass leaves no dict.
def namedtuple(name, fields):
    fields = fields.split()
    namespace = {"__slots__": (), "_fields": tuple(fields)}
    args = ", ".join(fields)
    scope = {}
    exec(f"def __new__(cls, {args}):\n    return tuple.__new__(cls, ({args},))\n", scope)
    namespace["__new__"] = scope["__new__"]
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self[index])

    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"

    def _replace(self, **changes):
        return type(self)(*[changes.get(f, v) for f, v in zip(fields, self)])

    namespace["__repr__"] = __repr__
    namespace["_replace"] = _replace
    return type(name, (tuple,), namespace)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple), p._replace(y=5))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 3)]), Point._fields, hash(p) == hash((1, 2)))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), [c.__name__ for c in type(p).__mro__])


def dataclass(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        for index, f in enumerate(fields):
            if index < len(args):
                value = args[index]
            elif f in kwargs:
                value = kwargs[f]
            elif f in defaults:
                value = defaults[f]
            else:
                raise TypeError(f"__init__() missing required argument: '{f}'")
            setattr(self, f, value)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    def __repr__(self):
        return cls.__qualname__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    cls.__init__, cls.__eq__, cls.__repr__ = __init__, __eq__, __repr__
    cls.__hash__ = None
    return cls


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: tuple = ()


pen = Item("pen", 1.5)
print(pen, Item("cap"), Item(name="ink", tags=("blue",)), pen == Item("pen", 1.5), pen == "pen")
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(pen)
except TypeError as e:
    print("TypeError:", e)
print(Item.__annotations__, Item.price)
