# __new__ builds the object, __init__ fills it; __init__ runs only when
# __new__ returns an instance of the class being called.
class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, a, b=2):
        print("__init__", a, b)
        self.total = a + b


t = Traced(1, b=5)
print(t.created, t.total)


class Other:
    def __new__(cls, value):
        if value < 0:
            return "negative"
        return super().__new__(cls)

    def __init__(self, value):
        print("init with", value)
        self.value = value


print(Other(3).value)
print(Other(-1))


class Sub(Traced):
    def __init__(self, a):
        print("Sub.__init__")
        super().__init__(a, 10)


s = Sub(7)
print(type(s).__name__, s.total)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj

    def __init__(self, key):
        self.inits = getattr(self, "inits", 0) + 1
        self.key = key


a = Cached("k")
b = Cached("k")
print(a is b, a.inits, Cached("j") is a)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(3)
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(NoInit)).__name__)
