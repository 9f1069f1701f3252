# Class decorators get the finished class and their result is bound to the
# name; they stack bottom-up.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls


def tag(label):
    def deco(cls):
        cls.label = label
        print("tagging", cls.__name__, "with", label)
        return cls
    return deco


@register
@tag("outer")
@tag("inner")
@add_greeting
class Thing:
    pass


print(registry, Thing.label, Thing().greet())


def replace(cls):
    return "replaced " + cls.__name__


@replace
class Gone:
    pass


print(Gone)


def wrap(cls):
    class Wrapper(cls):
        def value(self):
            return "wrapped " + super().value()
    Wrapper.__name__ = cls.__name__
    return Wrapper


@wrap
class Base:
    def value(self):
        return "base"


print(Base().value(), Base.__name__, Base.__qualname__, Base.__mro__[1].__name__)


def counted(cls):
    original = cls.__init__
    cls.made = 0

    def __init__(self, *a):
        cls.made += 1
        original(self, *a)
    cls.__init__ = __init__
    return cls


@counted
class Item:
    def __init__(self, n):
        self.n = n


items = [Item(i) for i in range(4)]
print(Item.made, [i.n for i in items])
print((lambda c: c)(Item) is Item)
