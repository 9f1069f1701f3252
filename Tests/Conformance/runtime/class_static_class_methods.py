# staticmethod and classmethod through the class, an instance and a subclass.
class Base:
    count = 0

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls.__name__, args

    @classmethod
    def chain(cls):
        return cls.create("via chain")


class Sub(Base):
    pass


print(Base.add(1, 2), Base().add(3, 4), Sub.add("a", "b"))
print(Base.create(1), Sub.create(2, 3), Sub().create())
print(Base.count, Sub.count, Sub.chain())
sm = Base.__dict__["add"]
cm = Base.__dict__["create"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5, 6), cm.__func__(Base, "raw"))
print(Base.add is sm.__func__, Base.create.__self__ is Base, Sub.create.__self__ is Sub)
print(Base.create.__func__ is cm.__func__, type(Base.create).__name__, type(Base.add).__name__)
print(callable(sm), sm(7, 8))


def free(x):
    return x * 2


Base.double = staticmethod(free)
Base.which = classmethod(lambda cls: cls.__name__)
print(Sub.double(21), Sub().which(), Base.which())
print(Base.add.__name__, Base.create.__name__, sm.__wrapped__ is free if hasattr(sm, "__wrapped__") else "no wrapped")


class Wrap:
    @classmethod
    @property
    def name(cls):
        return "prop of " + cls.__name__


print(Wrap.name)
print(isinstance(Base.__dict__["add"], staticmethod), isinstance(Base.create, classmethod))
