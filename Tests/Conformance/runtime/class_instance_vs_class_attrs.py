# Instance attributes shadow class attributes; mutating a shared class-level
# list is visible through every instance; deleting the instance attribute
# uncovers the class one again.
class Widget:
    color = "red"
    tags = []

    def __init__(self, name):
        self.name = name


a = Widget("a")
b = Widget("b")
print(a.color, b.color)
a.color = "blue"
print(a.color, b.color, Widget.color)
Widget.color = "green"
print(a.color, b.color)
del a.color
print(a.color)
a.tags.append("shared")
print(b.tags, Widget.tags)
b.tags = ["own"]
print(a.tags, b.tags)
print(sorted(vars(a)), sorted(vars(b)))
try:
    del a.color
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Widget.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Count:
    n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Count()
print(c.bump(), c.bump(), Count.n, c.n)


class Inc:
    instances = 0

    def __init__(self):
        type(self).instances += 1


Inc(); Inc(); Inc()
print(Inc.instances)
print(Inc().__class__.instances)
