# Attributes of classes: __name__, __qualname__, __module__, __bases__,
# __mro__, __doc__, mro(); __name__ and __bases__ can be assigned.
class Outer:
    "outer doc"

    class Inner:
        pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer().method().__qualname__)


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in D.__mro__], D.__bases__, D.mro() == list(D.__mro__))
print(D.__doc__, A.__base__, D.__base__)
D.__name__ = "Renamed"
print(D.__name__, D.__qualname__, repr(D()).startswith("<__main__.D object"))
try:
    D.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))
print(type.__name__, type(type), object.__bases__, type.__bases__)
print(A.__subclasses__() == [B, C])
