# A metaclass that checks required methods at class creation time, a
# handwritten stand-in for abc.
class Interface(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        required = set()
        for base in cls.__mro__[1:]:
            required |= getattr(base, "__required__", set())
        missing = sorted(r for r in required if r not in ns and not any(r in vars(b) for b in cls.__mro__[1:-1] if r not in getattr(b, "__required__", ())))
        cls.__missing__ = missing
        return cls

    def __call__(cls, *args):
        if cls.__missing__:
            raise TypeError(f"Can't instantiate {cls.__name__} without {', '.join(cls.__missing__)}")
        return super().__call__(*args)


class Reader(metaclass=Interface):
    __required__ = {"read", "close"}


class FileReader(Reader):
    def read(self):
        return "data"

    def close(self):
        return "closed"


class Half(Reader):
    def read(self):
        return "half"


fr = FileReader()
print(fr.read(), fr.close(), FileReader.__missing__)
print(Half.__missing__)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
try:
    Reader()
except TypeError as e:
    print("TypeError:", e)
