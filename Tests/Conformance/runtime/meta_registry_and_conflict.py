# A metaclass that registers every class; metaclass conflicts between bases
# raise TypeError; type(name, bases, dict) makes classes dynamically.
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin):
    pass


class Video(Plugin):
    pass


print(Registry.classes)


class OtherMeta(type):
    pass


class Foreign(metaclass=OtherMeta):
    pass


try:
    class Mixed(Plugin, Foreign):
        pass
except TypeError as e:
    print("TypeError:", e)

Dyn = type("Dyn", (Plugin,), {"x": 5, "double": lambda self: self.x * 2})
print(Dyn.__name__, Dyn().double(), type(Dyn).__name__, Registry.classes[-1])
print(Dyn.__mro__)
Empty = type("Empty", (), {})
print(Empty, Empty.__bases__, Empty.__module__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
