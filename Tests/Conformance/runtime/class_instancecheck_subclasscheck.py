# A metaclass can decide isinstance() and issubclass() answers through
# __instancecheck__ and __subclasscheck__.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacker))
print(isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))


class Sub(Quacker):
    def quack(self):
        return "sub"


print(isinstance(Sub(), Quacker))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)], isinstance("2", EvenNumber))


class Never(type):
    def __instancecheck__(cls, obj):
        return 0

    def __subclasscheck__(cls, sub):
        return "yes"


class Nope(metaclass=Never):
    pass


print(isinstance(Nope(), Nope), issubclass(int, Nope))
try:
    issubclass(3, Nope)
except TypeError as e:
    print("TypeError:", e)
