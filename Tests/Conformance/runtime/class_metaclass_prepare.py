# __prepare__ supplies the namespace the class body runs in: it can record
# definition order, reject duplicates, or pre-populate names.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls


class Form(metaclass=OrderMeta):
    zeta = 1
    alpha = 2

    def mid(self):
        pass

    zeta = 3


print(Form.order, Form.zeta)


class NoDup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()


try:
    class Twice(metaclass=StrictMeta):
        def f(self):
            return 1

        def f(self):
            return 2
except TypeError as e:
    print("TypeError:", e)


class Auto(dict):
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        return key.upper()


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Auto()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Words(metaclass=AutoMeta):
    hello = world
    x = abc.lower()


print(Words.hello, Words.x)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(type.__prepare__("n", ())).__name__)
