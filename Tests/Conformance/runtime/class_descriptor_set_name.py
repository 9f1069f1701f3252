# __set_name__ is called on every attribute of a new class that defines it,
# with the owner class and the attribute name, in definition order.
class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "<unset " + self.name + ">")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class Person:
    name = Field(str)
    age = Field(int)
    print("body done")


p = Person()
print(p.name, p.age)
p.name = "Ada"
p.age = 36
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(Person.name.name, Person.age.private)

f = Field(float)
Person.weight = f
print(hasattr(f, "name"))
f.__set_name__(Person, "weight")
p.weight = 1.5
print(p.weight)


class Shared:
    def __set_name__(self, owner, name):
        print("shared named", name, "in", owner.__name__)


s = Shared()


class Twice:
    a = s
    b = s


class Sub(Twice):
    c = Shared()


t = type("Dyn", (), {"x": Shared(), "y": 1})
print(t.__name__)
