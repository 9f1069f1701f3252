# User exceptions: args, str/repr with zero, one and many arguments, custom
# __init__ and __str__, extra attributes.
class Plain(Exception):
    pass


for e in (Plain(), Plain("one"), Plain("a", 2), Plain(None), Plain(("t",))):
    print(repr(e), "|", str(e), "|", e.args)


class WithInit(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


w = WithInit(404, "not found")
print(w, repr(w), w.args, w.code, w.detail)


class CustomStr(Exception):
    def __init__(self, field):
        super().__init__(field)
        self.field = field

    def __str__(self):
        return f"invalid field {self.field!r}"


c = CustomStr("age")
print(c, repr(c), c.args)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


n = NoSuper(1, 2)
print(n.args, n.total, str(n), repr(n))


class Rich(ValueError):
    def __repr__(self):
        return "Rich!"


print(repr(Rich("x")), str(Rich("x")), [Rich()])
e = Plain("x")
e.args = ("replaced", 1)
print(e, e.args)
e.args = "ab"
print(e.args)
e.extra = [1, 2]
print(e.extra, sorted(vars(e)))
try:
    raise WithInit(500, "boom")
except WithInit as caught:
    print("caught", caught.code, caught.detail, caught.args)
try:
    raise CustomStr
except TypeError as caught:
    print("TypeError:", caught)
