# __format__, __str__ and __repr__ overridden on subclasses of int, str,
# float, complex and Exception, with super().__format__ reaching the
# builtin formatting.
class I(int):
    def __format__(self, spec): return "I:" + super().__format__(spec)
print(f"{I(5):03d}", format(I(7), "x"), "{:>4}".format(I(1)))
class S(str):
    def __str__(self): return "custom"
s = S("orig")
print(s, str(s), f"{s}", "%s" % s, s + "!", format(s), repr(s))
class F(float):
    def __str__(self): return "F!"
print(F(1.5), f"{F(1.5)}", str(F(1.5)), repr(F(1.5)), f"{F(1.5):.1f}")
class E(Exception):
    def __str__(self): return "E-str"
    def __repr__(self): return "E-repr"
print(E(), repr(E()), f"{E()!r}", [E()])
class N:
    def __index__(self): return 3
print(f"{N():b}" if False else "n/a", "%d" % N() if False else bin(N()))
class R:
    def __repr__(self): return "R()"
print(f"{R()!s} {R()!r} {R()!a}", str([R()]), "%r" % (R(),))
class U:
    def __str__(self): return "üñí"
    def __repr__(self): return "Ü()"
print(U(), ascii(U()), f"{U()!a}", repr([U()]), ascii([U()]))
class C(complex):
    def __format__(self, spec): return "<" + super().__format__(spec) + ">"
print(f"{C(1, 2):.1f}", format(C(3)), complex.__format__(1j, ">5"), int.__format__(5, "03"), str.__format__("a", "^5"))
