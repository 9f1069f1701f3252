# More builtin dunders reached through super() from subclasses (exceptions,
# float, bytes, frozenset, complex, object) and the rounding dunders of
# int and float called directly.
class E(Exception):
    def __str__(self): return "E:" + super().__str__()
    def __repr__(self): return "R:" + super().__repr__()
e = E("msg", 2)
print(str(e), repr(e), e.args)
class K(KeyError):
    def __str__(self): return "K:" + super().__str__()
print(str(K("key")), repr(K("key")))
class F(float):
    def __repr__(self): return "F" + super().__repr__()
    def __add__(self, o): return F(super().__add__(o))
    def __round__(self, n=None): return super().__round__(n)
print(repr(F(1.5) + 1), round(F(2.567), 2), round(F(2.5)))
class B(bytes):
    def __repr__(self): return "B" + super().__repr__()
    def __getitem__(self, i): return super().__getitem__(i) + 1
print(repr(B(b"ab")), B(b"ab")[0])
class O:
    def __repr__(self): return "O<" + super().__repr__().split(" object")[0] + ">"
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__() * 0 + 7
    def __setattr__(self, n, v): super().__setattr__(n, v * 2)
    def __getattribute__(self, n): return super().__getattribute__(n)
    def __dir__(self): return sorted(super().__dir__())[:2]
o = O(); o.x = 4
print(repr(o), o == o, o == 1, hash(o), o.x, dir(o))
class Fs(frozenset):
    def __repr__(self): return "Fs" + super().__repr__()
print(repr(Fs({1})), Fs({1}) | {2})
class Cx(complex):
    def __repr__(self): return "Cx" + super().__repr__()
print(repr(Cx(1, 2)), abs(Cx(3, 4)))
class ErrInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
print(repr(ErrInit(1, "m")), str(ErrInit(1, "m")), ErrInit(1, "m").args)
import math
print((2.5).__round__(), (2.567).__round__(2), (7).__round__(-1), (3.7).__trunc__(), (-3.7).__floor__(), (3.2).__ceil__(), (5).__floor__())
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.9), round(2.675, 2), round(5, -1))
try: float("nan").__floor__()
except ValueError as e: print(e)
try: float("inf").__ceil__()
except OverflowError as e: print(e)
class F(float):
    def __floor__(self): return "custom floor"
print(math.floor(F(1.5)), round(F(1.5)))
print(sorted(n for n in dir(float) if n in ("__round__", "__trunc__", "__floor__", "__ceil__")))
