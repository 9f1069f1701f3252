# Class attributes changed after they were looked up: instances see the change
# (a look-up cache must not answer from before it).
class Base:
    kind = "base"
    def greet(self):
        return "hello from " + self.kind

class Child(Base):
    pass

c = Child()
print(c.kind, c.greet())
Base.kind = "changed"
print(c.kind, c.greet())
Child.kind = "child"
print(c.kind, Base().kind)
del Child.kind
print(c.kind)
Base.greet = lambda self: "replaced " + self.kind
print(c.greet())
setattr(Base, "extra", 42)
print(c.extra, hasattr(c, "missing"))
Base.missing = "now here"
print(c.missing)
delattr(Base, "missing")
print(hasattr(c, "missing"))
