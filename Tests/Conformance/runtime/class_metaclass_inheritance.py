# A class's metaclass is the most derived metaclass of its bases; unrelated
# metaclasses conflict.
class MetaA(type):
    def hello(cls):
        return "MetaA.hello on " + cls.__name__


class MetaB(MetaA):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


class C(A, B):
    pass


print(type(A).__name__, type(B).__name__, type(C).__name__, C.hello())
try:
    C().hello()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(C, "hello"), "hello" in dir(C), isinstance(C, MetaB))


class D(A, metaclass=type):
    pass


print(type(D).__name__)


class MetaX(type):
    pass


class X(metaclass=MetaX):
    pass


try:
    class Y(A, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("Z", (A, X), {})
except TypeError as e:
    print("TypeError:", e)


class Both(MetaA, MetaX):
    pass


class W(A, X, metaclass=Both):
    pass


print(type(W).__name__, [m.__name__ for m in type(W).__mro__])
print(type(type).__name__, type(MetaA).__name__, MetaA.__class__ is type)
print(MetaA.hello(A), A.__class__.__name__)
