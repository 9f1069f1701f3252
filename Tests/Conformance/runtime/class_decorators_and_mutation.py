# Class decorators that add methods; changing a class after instances
# exist (they see new and deleted methods); replacing methods on the class.
def with_repr(cls):
    fields = cls.fields

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    cls.__repr__ = __repr__
    return cls


def with_init(cls):
    def __init__(self, *values):
        for f, v in zip(cls.fields, values):
            setattr(self, f, v)

    cls.__init__ = __init__
    return cls


@with_repr
@with_init
class Point:
    fields = ("x", "y")


p = Point(1, 2)
print(p, Point.__init__.__qualname__)


class Animal:
    def speak(self):
        return "..."


a = Animal()
print(a.speak())
Animal.speak = lambda self: "changed"
print(a.speak())
Animal.extra = property(lambda self: "new property")
print(a.extra)
del Animal.speak
try:
    a.speak()
except AttributeError as e:
    print("AttributeError:", e)
Animal.__eq__ = lambda self, other: True
print(a == 5, Animal.__hash__ is object.__hash__)
Animal.__len__ = lambda self: 7
print(len(a), bool(a))
del Animal.__len__
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
