# Subclasses of str and int keep their class only where they construct it;
# builtin operations return plain str and int.
class Name(str):
    def shout(self):
        return self.upper() + "!"

    def __repr__(self):
        return f"Name({str.__repr__(self)})"


n = Name("ada")
print(n, repr(n), n.shout(), type(n.upper()).__name__, type(n + "x").__name__)
print(n == "ada", hash(n) == hash("ada"), {"ada": 1}[n], isinstance(n, str), len(n))


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def __str__(self):
        return f"{float(self):.1f}°C"


c = Celsius(21.5)
print(c, repr(c), type(c + 1).__name__, c * 2)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Flags(int):
    def __new__(cls, value, names=()):
        obj = super().__new__(cls, value)
        obj.names = names
        return obj

    def __or__(self, other):
        return Flags(int(self) | int(other), self.names + getattr(other, "names", ()))


f = Flags(1, ("read",)) | Flags(2, ("write",))
print(f, f.names, type(f).__name__, f + 1, type(f + 1).__name__, f"{f:04b}")
