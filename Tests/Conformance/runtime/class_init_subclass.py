# __init_subclass__ is an implicit classmethod called on the parent when a
# subclass is created, receiving the class keywords.
class Base:
    subclasses = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        print("init_subclass", cls.__name__, tag, sorted(kwargs))
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class A(Base):
    pass


class B(Base, tag="bee"):
    pass


class C(B, tag="sea"):
    pass


print(Base.subclasses, A.tag, B.tag, C.tag)
print(type(Base.__dict__["__init_subclass__"]).__name__)


class Strict:
    def __init_subclass__(cls):
        print("Strict sees", cls.__name__)


try:
    class Bad(Strict, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Left:
    def __init_subclass__(cls, **kw):
        print("Left", cls.__name__)
        super().__init_subclass__(**kw)


class Right:
    def __init_subclass__(cls, **kw):
        print("Right", cls.__name__)
        super().__init_subclass__(**kw)


class Both(Left, Right):
    pass


class Child(Both):
    pass


class Required:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} must define name")


class Good(Required):
    name = "good"


try:
    class Missing(Required):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good.name, "Missing" in globals())
T = type("T", (Base,), {}, tag="dynamic")
print(T.tag)
