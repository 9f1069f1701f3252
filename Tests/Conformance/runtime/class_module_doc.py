# __module__ and __doc__ of classes, functions and instances.
class Documented:
    """First line.

    More text."""

    def method(self):
        "method doc"


class Plain:
    pass


class Child(Documented):
    pass


print(Documented.__module__, Documented.method.__module__)
print(repr(Documented.__doc__))
print(Documented.method.__doc__, Documented().method.__doc__)
print(Plain.__doc__, Child.__doc__)
print(Documented().__doc__ == Documented.__doc__, Documented().__module__)
print("__module__" in Plain.__dict__, "__doc__" in Plain.__dict__)


class Custom:
    __module__ = "elsewhere"
    __doc__ = "set explicitly"


print(Custom.__module__, Custom.__doc__)
print(repr(Custom))


class NotDoc:
    x = 1
    "not a docstring"


print(NotDoc.__doc__)


class FString:
    f"""not a doc either {1}"""


print(FString.__doc__)
Plain.__doc__ = "assigned later"
print(Plain.__doc__)
print(int.__module__, type(len).__name__, len.__module__)
print(object.__doc__)
