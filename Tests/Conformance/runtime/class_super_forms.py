# super() without arguments, two-argument super, cooperative multiple
# inheritance along the MRO, and super() in classmethods and properties.
class Base:
    def greet(self):
        return ["Base"]

    @classmethod
    def create(cls):
        return f"create {cls.__name__}"

    @property
    def kind(self):
        return "base"


class Left(Base):
    def greet(self):
        return ["Left"] + super().greet()


class Right(Base):
    def greet(self):
        return ["Right"] + super().greet()

    @classmethod
    def create(cls):
        return "Right:" + super().create()


class Diamond(Left, Right):
    def greet(self):
        return ["Diamond"] + super().greet()

    @property
    def kind(self):
        return "diamond over " + super().kind


d = Diamond()
print(d.greet())
print([c.__name__ for c in Diamond.__mro__])
print(Diamond.create(), d.kind)
print(super(Left, d).greet(), super(Diamond, d).greet())
print(super(Left, Diamond).create())
s = super(Right, d)
print(type(s).__name__, s.greet())


def outside():
    return super().greet()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Left, 5)
except TypeError as e:
    print("TypeError:", e)
