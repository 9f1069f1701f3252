class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"
    def __format__(self, spec):
        return f"formatted[{spec}]"
t = Thing()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t:abc}", f"{t!r:>10}")
print(format(t, "xyz"), str(t), repr(t))
