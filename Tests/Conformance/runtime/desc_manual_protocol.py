# The descriptor protocol called by hand: property, function, classmethod,
# staticmethod and getset descriptors all answer __get__ (and the data
# descriptors __set__/__delete__) as attribute access would.
class Box:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value

    def method(self):
        return "method of " + type(self).__name__

    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__

    @staticmethod
    def sm():
        return "sm"


b = Box()
prop = Box.__dict__["v"]
print(prop.__get__(b, Box), prop.__get__(None, Box) is prop)
prop.__set__(b, 42)
print(b.v)
try:
    prop.__delete__(b)
except AttributeError as e:
    print("AttributeError:", e)
print(Box.__dict__["method"].__get__(b, Box)(), Box.__dict__["cm"].__get__(None, Box)(), Box.__dict__["sm"].__get__(b)())
d = Box.__dict__["__dict__"]
print(d, d.__get__(b, Box))
d.__set__(b, {"_v": 7})
print(b.v, vars(b))
print(int.real, int.real.__get__(5), float.imag.__get__(2.5))
try:
    int.real.__set__(5, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Box.__dict__["method"].__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
print(type(Box.__dict__["__weakref__"]).__name__, Box.__dict__["__weakref__"].__get__(b))
print(sorted(k for k in vars(Box) if k.startswith("__") and k not in ("__module__", "__doc__", "__init__")))
