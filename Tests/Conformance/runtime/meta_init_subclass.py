# __init_subclass__ is an implicit classmethod called on the parent when a
# subclass is made, with the class keywords; it chains through super().
class Shape:
    registry = {}

    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass", cls.__name__, kind)
        if kind:
            Shape.registry[kind] = cls


class Circle(Shape, kind="circle"):
    pass


class Square(Shape, kind="square"):
    pass


class Unnamed(Shape):
    pass


class Small(Circle, kind="small-circle"):
    pass


print(sorted(Shape.registry), Shape.registry["small-circle"].__mro__[1].__name__)
try:
    class Wrong(Shape, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    class Kw(Plain, option=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counting:
    subclasses = 0

    @classmethod
    def __init_subclass__(cls):
        Counting.subclasses += 1


class A(Counting):
    pass


class B(A):
    pass


print(Counting.subclasses)
