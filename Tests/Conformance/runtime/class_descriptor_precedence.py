# Attribute look-up order: data descriptors on the type beat the instance
# dict, which beats non-data descriptors and plain class attributes.
class Data:
    def __get__(self, obj, owner):
        return "data descriptor"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"


class GetOnlySet:
    def __set__(self, obj, value):
        print("GetOnlySet.__set__", value)


class C:
    d = Data()
    n = NonData()
    g = GetOnlySet()
    plain = "class attribute"


c = C()
c.__dict__.update(d="instance d", n="instance n", g="instance g", plain="instance plain")
print(c.d)
print(c.n)
print(c.g)
print(c.plain)
c.d = 5
c.n = 6
print(c.__dict__["d"], c.__dict__["n"])
print(C.d, C.n, type(C.__dict__["g"]).__name__)
del c.n
print(c.n)


def method(self):
    return "method"


C.m = method
c.__dict__["m"] = lambda: "instance callable"
print(c.m())
del c.__dict__["m"]
print(c.m())


class WithDelete:
    def __get__(self, obj, owner):
        return "wd"

    def __delete__(self, obj):
        print("WithDelete.__delete__")


class E:
    w = WithDelete()


e = E()
e.__dict__["w"] = "inst"
print(e.w)
del e.w
print(e.__dict__)
try:
    e.w = 1
except AttributeError as ex:
    print("AttributeError:", ex)
