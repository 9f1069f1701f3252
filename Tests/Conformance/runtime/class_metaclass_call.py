# Metaclass __call__ controls what calling the class does (here: singletons
# and instance counting).
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print("creating", cls.__name__, args)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)


class Other(metaclass=Singleton):
    pass


print(Other() is Other(), Other() is a)


class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print("before", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("after", type(obj).__name__)
        return obj


class Traced(metaclass=Tracing):
    def __new__(cls, *args, **kwargs):
        print("  __new__")
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print("  __init__", x, y)
        self.total = x + y


print(Traced(1, y=2).total)


class Factory(type):
    def __call__(cls, kind):
        return {"int": int, "str": str}[kind]("7")


class Maker(metaclass=Factory):
    pass


print(Maker("int") + 1, Maker("str") * 2)


class NoInstances(type):
    def __call__(cls, *a):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Static(metaclass=NoInstances):
    @staticmethod
    def helper():
        return "helper works"


print(Static.helper())
try:
    Static()
except TypeError as e:
    print("TypeError:", e)
print(type.__call__(Traced, 5).total)
