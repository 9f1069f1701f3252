# A hand-written, cut-down @dataclass: reads class annotations, generates
# __init__ with exec, __repr__ and __eq__ via closures, optional ordering and
# frozen instances.
MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


class field:
    def __init__(self, default=MISSING, default_factory=MISSING, repr=True, compare=True):
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare
        self.name = None

    def __repr__(self):
        return f"field(name={self.name!r}, repr={self.repr}, compare={self.compare})"


def _make_init(fields, frozen):
    params = []
    body = []
    ns = {"MISSING": MISSING}
    for f in fields:
        if f.default is not MISSING:
            ns["_dflt_" + f.name] = f.default
            params.append(f"{f.name}=_dflt_{f.name}")
        elif f.default_factory is not MISSING:
            ns["_fact_" + f.name] = f.default_factory
            params.append(f"{f.name}=MISSING")
        else:
            params.append(f.name)
        if f.default_factory is not MISSING:
            value = f"_fact_{f.name}() if {f.name} is MISSING else {f.name}"
        else:
            value = f.name
        if frozen:
            body.append(f"    object.__setattr__(self, {f.name!r}, {value})")
        else:
            body.append(f"    self.{f.name} = {value}")
    if not body:
        body.append("    pass")
    source = "def __init__(self, " + ", ".join(params) + "):\n" + "\n".join(body) + "\n"
    exec(source, ns)
    return ns["__init__"], source


def dataclass(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        annotations = cls.__dict__.get("__annotations__", {})
        fields = []
        for base in cls.__mro__[-1:0:-1]:
            fields.extend(getattr(base, "__fields__", []))
        seen_default = False
        for name in annotations:
            default = cls.__dict__.get(name, MISSING)
            f = default if isinstance(default, field) else field(default=default)
            f.name = name
            fields = [g for g in fields if g.name != name] + [f]
        for f in fields:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if seen_default and not has_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            seen_default = seen_default or has_default
            if isinstance(cls.__dict__.get(f.name), field):
                if f.default is MISSING:
                    delattr(cls, f.name)
                else:
                    setattr(cls, f.name, f.default)
        cls.__fields__ = fields
        init, source = _make_init(fields, frozen)
        init.__qualname__ = cls.__qualname__ + ".__init__"
        cls.__init__ = init
        cls._init_source = source

        shown = [f.name for f in fields if f.repr]

        def __repr__(self):
            inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in shown)
            return f"{type(self).__qualname__}({inner})"
        cls.__repr__ = __repr__

        compared = [f.name for f in fields if f.compare]

        def astuple(self):
            return tuple(getattr(self, n) for n in compared)

        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return astuple(self) == astuple(other)
        cls.__eq__ = __eq__
        cls.__hash__ = (lambda self: hash(astuple(self))) if frozen else None

        if order:
            import_ops = {"__lt__": lambda a, b: a < b, "__le__": lambda a, b: a <= b,
                          "__gt__": lambda a, b: a > b, "__ge__": lambda a, b: a >= b}
            for name, op in import_ops.items():
                def method(self, other, op=op):
                    if other.__class__ is not self.__class__:
                        return NotImplemented
                    return op(astuple(self), astuple(other))
                method.__name__ = name
                setattr(cls, name, method)

        if frozen:
            def __setattr__(self, name, value):
                raise FrozenInstanceError(f"cannot assign to field {name!r}")

            def __delattr__(self, name):
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__
        return cls

    return wrap if cls is None else wrap(cls)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point._init_source, end="")
print(Point.__init__.__qualname__, [f.name for f in Point.__fields__])
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


versions = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, "beta"), Version(1, 2, 3, "rc")]
print(sorted(versions))
print(Version(1, 2, 3) == Version(1, 2, 3, "x"), Version(2) > Version(1, 9), Version(1) <= Version(1))
print(max(versions), min(versions).label)
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)


a = Inventory("ann")
b = Inventory("bob")
a.items.append("apple")
print(a, b, a.items is b.items, a.secret)
print(Inventory._init_source, end="")


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


red = Color(255, 0, 0)
print(red, red.hex(), hash(red) == hash(Color(255, 0, 0)), len({red, Color(255, 0, 0), Color(0, 0, 0)}))
try:
    red.r = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del red.g
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Point3(Point):
    z: int = 0


q = Point3(1, 2, 3)
print(q, [f.name for f in Point3.__fields__], q == Point3(1, 2, 3), q == Point(1, 2))
print(Point3._init_source, end="")
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty._init_source.strip())
