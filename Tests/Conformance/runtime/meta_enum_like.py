# An enumeration built with a metaclass: members are made from the class
# body, the class itself is iterable, sized, subscriptable and supports
# `in`; members are singletons compared by identity.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            member = object.__new__(cls)
            member.name, member.value = k, v
            cls._members[k] = member
            setattr(cls, k, member)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members

    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print(list(Color), len(Color), Color["GREEN"], Color(3))
print(Color.RED is Color(1), Color.RED in Color, 1 in Color, Color.BLUE.describe())
print(sorted(m.name for m in Color if m.value > 1), type(Color.RED).__name__, type(Color).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print({Color.RED: "stop"}[Color(1)])
