# __class_getitem__ is an implicit classmethod used by Cls[...]; builtin
# generics produce GenericAlias objects.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int], Box["x"], Box[1, 2], SubBox[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class Both:
    def __getitem__(self, k):
        return "instance " + repr(k)

    def __class_getitem__(cls, k):
        return "class " + repr(k)


print(Both()[0], Both[0])


class NoGeneric:
    pass


try:
    NoGeneric[int]
except TypeError as e:
    print("TypeError:", e)
a = list[int]
print(a, dict[str, list[int]], tuple[int, ...], type(a).__name__)
print(a.__origin__ is list, a.__args__, a([1, 2]))
print(list[int] == list[int], set[str])


class Registry:
    store = {}

    def __class_getitem__(cls, key):
        return cls.store.setdefault(key, type(f"{cls.__name__}_{key.__name__}", (cls,), {}))


R1 = Registry[int]
R2 = Registry[int]
print(R1 is R2, R1.__name__, issubclass(R1, Registry), Registry[str].__name__)
