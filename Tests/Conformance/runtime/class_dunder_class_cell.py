# Methods that mention __class__ or super() get a cell holding the class being
# defined, whatever the instance's type is.
class Base:
    def which(self):
        return __class__.__name__

    def kind(self):
        return type(self).__name__

    def cell_is_class(self):
        return __class__ is Base


class Derived(Base):
    def which2(self):
        return __class__.__name__, super().which()


d = Derived()
print(d.which(), d.kind(), d.which2(), d.cell_is_class())
print(Base.which.__code__.co_freevars, Base.kind.__code__.co_freevars)
print(Base.which.__closure__[0].cell_contents is Base)


def captured():
    class Inner:
        def get(self):
            return __class__
    return Inner


I = captured()
print(I().get() is I)


class Replaced:
    def who(self):
        return __class__.__name__


Old = Replaced


class Replaced:
    pass


print(Old().who(), Replaced.__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls


class WithMeta(metaclass=Meta):
    def f(self):
        return __class__ is WithMeta


print(WithMeta().f())


class UsesClassCell:
    def m(self):
        return [__class__.__name__ for _ in range(2)]

    attr = "plain"


print(UsesClassCell().m(), "__classcell__" in UsesClassCell.__dict__)
