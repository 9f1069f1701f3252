# __getattr__ runs only when normal lookup fails; __getattribute__ runs for
# every lookup; object.__getattribute__ reaches the normal machinery.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("computed_"):
            value = len(name)
            setattr(self, name, value)
            return value
        raise AttributeError(f"no {name}")


z = Lazy()
print(z.real, z.computed_abc, "computed_abc" in vars(z))
try:
    z.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(z, "other", "default"))


class Logged:
    def __init__(self):
        self.x = 10

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x + 1


g = Logged()
print(g.x)
print(g.method())
try:
    g.nope
except AttributeError as e:
    print("AttributeError:", e)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


print(Both().boom, Both().__class__.__name__)
