class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def derive(self, excs):
        print("  derive called with", [repr(e) for e in excs])
        return MyGroup(self.message, excs, self.code)

g = MyGroup("mine", [ValueError("a"), TypeError("b"), ValueError("c")], 42)
print(type(g).__name__, g.code, str(g))
m, r = g.split(ValueError)
print(type(m).__name__, m.code, [repr(e) for e in m.exceptions])
print(type(r).__name__, r.code, [repr(e) for e in r.exceptions])

# without overriding derive, subgroup/split produce a plain ExceptionGroup
class Plain(ExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), TypeError(2)])
sm = p.subgroup(ValueError)
print(type(p).__name__, type(sm).__name__, str(sm))

# derive on the base class
base = ExceptionGroup("msg", [ValueError()])
d = base.derive([KeyError("x")])
print(type(d).__name__, d.message, d.exceptions)

# BaseExceptionGroup.derive with base exceptions
bd = BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([SystemExit(3)])
print(type(bd).__name__, repr(bd.exceptions[0]))

# the subclass is caught by except*
try:
    raise MyGroup("raised", [ValueError("x"), OSError("y")], 7)
except* ValueError as caught:
    print("caught", type(caught).__name__, caught.code, repr(caught.exceptions))
except* OSError as caught:
    print("caught", type(caught).__name__, caught.code, repr(caught.exceptions))
