# Subclasses of str: methods inherited and returning plain str, custom
# methods, __new__ normalization, repr.
class Tag(str):
    def wrap(self):
        return f"<{self}>"


t = Tag("b")
print(t, repr(t), t.wrap(), t.upper(), type(t.upper()).__name__, type(t + "x").__name__)
print(t == "b", {"b": 1}[t], len(Tag("hello")), Tag("a,b").split(","), isinstance(t, str))


class Lower(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower())


print(Lower("HeLLo"), Lower("ABC") == "abc", type(Lower("X")).__name__)


class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)

    def __repr__(self):
        return f"Path({str(self)!r})"


p = Path("/usr") / "local" / "bin"
print(p, repr(p), type(p).__name__, p.startswith("/usr"))


class Shout(str):
    def __str__(self):
        return self.upper() + "!"


s = Shout("hey")
print(s, str(s), f"{s}", "%s" % s, s + "", s.join(["a", "b"]), format(s, ">6"))
print(sorted([Tag("b"), "a", Tag("c")]), "".join([Tag("x"), Tag("y")]), Tag("ab") * 2)


class Attr(str):
    pass


a = Attr("val")
a.meta = 5
print(a, a.meta, a[0], type(a[0]).__name__, list(a), a in "value", "a" in a)
print(str(Attr("z")) is not None, type(str(Attr("z"))).__name__, Attr("%s-%s") % (1, 2))
