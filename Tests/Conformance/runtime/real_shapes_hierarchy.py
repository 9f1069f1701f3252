# A shape hierarchy with an abstract-like base that refuses instantiation and
# checks subclasses implement its abstract methods, properties with
# validation, comparisons through total ordering by area, and class-level
# registries.
import math


def abstract(fn):
    fn.is_abstract = True
    return fn


class Shape:
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "is_abstract", False))
        cls._abstract = missing
        if not missing:
            Shape.registry[cls.__name__.lower()] = cls

    def __new__(cls, *args, **kwargs):
        if cls is Shape or getattr(cls, "_abstract", None):
            names = ", ".join(getattr(cls, "_abstract", None) or ["area", "perimeter"])
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__new__(cls)

    @abstract
    def area(self):
        pass

    @abstract
    def perimeter(self):
        pass

    @property
    def name(self):
        return type(self).__name__.lower()

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __le__(self, other):
        return self < other or self == other

    __hash__ = object.__hash__

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)


class Positive:
    def __set_name__(self, owner, name):
        self.attr = "_" + name
        self.label = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.attr)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.label} must be a positive number, not {value!r}")
        setattr(obj, self.attr, value)


class Circle(Shape):
    radius = Positive()

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    @property
    def diameter(self):
        return self.radius * 2

    @diameter.setter
    def diameter(self, d):
        self.radius = d / 2

    def __repr__(self):
        return f"Circle(r={self.radius})"


class Polygon(Shape):
    def perimeter(self):
        return sum(self.sides())


class Rectangle(Polygon):
    width = Positive()
    height = Positive()

    def __init__(self, width, height):
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height

    def sides(self):
        return [self.width, self.height] * 2

    def __repr__(self):
        return f"{type(self).__name__}({self.width}x{self.height})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def side(self):
        return self.width

    @side.setter
    def side(self, value):
        self.width = self.height = value


class Triangle(Polygon):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not form a triangle")
        self.a, self.b, self.c = a, b, c

    def sides(self):
        return [self.a, self.b, self.c]

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def __repr__(self):
        return f"Triangle{tuple(self.sides())}"


print(sorted(Shape.registry), Polygon._abstract, Circle._abstract, Square._abstract)
for cls in (Shape, Polygon):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
shapes = [Circle(1), Rectangle(2, 3), Square(2), Triangle(3, 4, 5), Shape.create("circle", 0.5), Shape.create("square", 3)]
for s in shapes:
    print(f"{s!r:>18} {s.describe()}")
print([repr(s) for s in sorted(shapes)])
print(max(shapes), min(shapes), Square(2) == Rectangle(1, 4), Square(2) <= Circle(1), Circle(1) < Square(2))
c = shapes[0]
c.diameter = 10
print(c, c.radius, c.diameter, round(c.area(), 3))
sq = Square(4)
sq.side = 5
print(sq, sq.side, sq.area(), sq.perimeter(), sq.name, isinstance(sq, Rectangle), isinstance(sq, Polygon))
for bad in (lambda: Circle(-1), lambda: Rectangle(2, "3"), lambda: setattr(sq, "side", 0), lambda: Triangle(1, 2, 10)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    Circle(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    sq.name = "other"
except AttributeError as e:
    print("AttributeError:", e)
print(Circle.radius.label, type(Rectangle.__dict__["width"]).__name__, "width" in vars(Square))
print(sorted(vars(sq)), [k.__name__ for k in Square.__mro__])
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__mro__[1].__name__, []).append(s.name)
print(sorted(by_kind.items()))
total = sum(s.area() for s in shapes)
print(f"total area {total:.3f}", len({Circle(1), Circle(1)}))
print(sum(isinstance(s, Polygon) for s in shapes), [type(s).__name__ for s in shapes if not isinstance(s, Polygon)])
