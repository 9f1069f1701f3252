# Cooperative multiple inheritance with zero-argument super(): each __init__
# takes its keyword and passes the rest along the MRO.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)

    def describe(self):
        return ["Named"] + super().describe()


class Sized(Base):
    def __init__(self, size, **kw):
        print("Sized", size)
        self.size = size
        super().__init__(**kw)

    def describe(self):
        return ["Sized"] + super().describe()


class Box(Named, Sized):
    def __init__(self, **kw):
        print("Box")
        super().__init__(**kw)

    def describe(self):
        return ["Box"] + super().describe()


b = Box(name="crate", size=3)
print(b.name, b.size, b.describe())
print([c.__name__ for c in Box.__mro__])


class Cls:
    @classmethod
    def make(cls):
        return "Cls.make for " + cls.__name__


class SubCls(Cls):
    @classmethod
    def make(cls):
        return "SubCls/" + super().make()


print(SubCls.make(), SubCls().make())


class Prop:
    @property
    def value(self):
        return 1


class SubProp(Prop):
    @property
    def value(self):
        return super().value + 10


print(SubProp().value)


class Repr:
    def __repr__(self):
        return "Repr<" + super().__repr__()[:9] + ">"


print(repr(Repr()))


class St(str):
    def upper(self):
        return "[" + super().upper() + "]"


print(St("abc").upper())
