# __set_name__ is called with the owner class and the attribute name when the
# class is created, in definition order; descriptors added later are not.
class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.storage, value)


class Point:
    x = Field(0)
    y = Field(0)
    label = Field("origin")


p = Point()
print(p.x, p.y, p.label)
p.x = 3
p.label = "moved"
print(p.x, p.y, p.label, sorted(vars(p)))
print(Point.x.name, Point.y.storage)
late = Field(1)
Point.z = late
print(hasattr(late, "name"))


class Sub(Point):
    w = Field(9)


print(Sub().w, Sub().x)
