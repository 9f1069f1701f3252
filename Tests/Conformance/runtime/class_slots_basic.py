# __slots__ reserves fixed attributes: no per-instance __dict__, assignment of
# other names fails, and an unset slot reads as a missing attribute.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = S(1)
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
s.b = 2
print(s.a + s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.b
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
print(type(S.a).__name__, sorted(k for k in S.__dict__ if not k.startswith("__")), S.__slots__)
print(S.a.__get__(s, S), S.a.__name__)
S.a.__set__(s, 10)
print(s.a)


class One:
    __slots__ = "only"


o = One()
o.only = "x"
print(o.only, One.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithDict:
    __slots__ = ("x", "__dict__")


w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)


class Shadow:
    __slots__ = ("v",)
    k = "class attr"


sh = Shadow()
try:
    sh.k = "instance"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
