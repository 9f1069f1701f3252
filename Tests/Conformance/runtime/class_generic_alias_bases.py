# PEP 560: a parameterized builtin (list[int]) or any object with
# __mro_entries__ may appear among a class's bases; the class keeps the
# originals in __orig_bases__; GenericAlias refuses isinstance/issubclass.
class IntList(list[int]):
    def total(self):
        return sum(self)


print(IntList.__bases__, IntList.__orig_bases__, IntList([1, 2]).total(), IntList.__mro__)


class Marker:
    def __init__(self, *classes):
        self.classes = classes

    def __mro_entries__(self, bases):
        print("  __mro_entries__ got", len(bases), "bases")
        return self.classes


class Base:
    def hello(self):
        return "hello from Base"


class Mixin:
    def extra(self):
        return "extra"


class Combined(Marker(Base, Mixin), dict[str, int]):
    pass


c = Combined()
print(Combined.__bases__, c.hello(), c.extra(), isinstance(c, dict), len(Combined.__orig_bases__))


class Plain(Base):
    pass


print("__orig_bases__" in vars(Plain), list[int] == list[int], list[int] != list[str])
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, dict[str, int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
print(list[int]([3, 1]), dict[str, int](a=1), tuple[int, ...]((1, 2)), type(list[int]).__name__)
