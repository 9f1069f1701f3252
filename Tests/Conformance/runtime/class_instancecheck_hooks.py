# __instancecheck__ and __subclasscheck__ on a metaclass customise
# isinstance and issubclass; __subclasshook__-style duck typing by hand.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")


class Duck:
    def quack(self):
        return "quack"

    def walk(self):
        return "waddle"


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(5, Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([n for n in range(7) if isinstance(n, EvenNumber)])
print(isinstance(EvenNumber(), EvenNumber))
