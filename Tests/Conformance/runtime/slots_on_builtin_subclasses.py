# __slots__ on subclasses of list, dict, str, float, set and exceptions; refused over int, tuple, bytes.
class L(list):
    __slots__ = ("a", "b")
l = L([1, 2]); l.a = 3
print(l, l.a, hasattr(l, "__dict__"))
try: l.c = 1
except AttributeError as e: print("AttributeError:", e)
try: print(l.b)
except AttributeError as e: print("AttributeError:", e)
class D(dict):
    __slots__ = ("tag",)
d = D(x=1); d.tag = "t"; print(d, d.tag)
class S(str):
    __slots__ = ()
s = S("hi"); print(s.upper(), type(s).__name__)
try: s.q = 1
except AttributeError as e: print("AttributeError:", e)
class E(Exception):
    __slots__ = ("code",)
e = E("m"); e.code = 3; e.other = 4; print(e, e.code, e.other)
for base in (int, tuple, bytes):
    try:
        type("X", (base,), {"__slots__": ("z",)})
    except TypeError as e:
        print("TypeError:", e)
class I(int): __slots__ = ()
print(I(5) + 1, I.__slots__)
class F(float): __slots__ = ("u",)
f = F(1.5); f.u = 2; print(f, f.u)
class St(set): __slots__ = ("w",)
st = St([1]); st.w = 1; print(st, st.w)
class Pair(list):
    __slots__ = ("left", "right")
    def __init__(self, left, right):
        super().__init__([left, right])
        self.left, self.right = left, right
p = Pair(1, 2)
p.append(3)
print(p, p.left, p.right, len(p))
del p.left
try: p.left
except AttributeError as e: print("AttributeError:", e)
try: del p.left
except AttributeError as e: print("AttributeError:", e)
class Sub(Pair):
    pass
q = Sub(5, 6); q.extra = 7
print(q.left, q.extra, q.__dict__)
try: Pair.left.__get__([1])
except TypeError as e: print("TypeError:", e)
class WithDict(dict):
    __slots__ = ("__dict__", "flag")
w = WithDict(); w.flag = 1; w.other = 2; print(w.flag, w.__dict__)
for s in ("'z'", "('__dict__',)", "('__weakref__',)"):
    try:
        exec(f"class X(int): __slots__ = {s}")
    except TypeError as e:
        print("TypeError:", e)
class Plain(int): pass
try:
    class Deeper(Plain): __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)
class Shadow:
    __slots__ = ("v",)
sh = Shadow()
Shadow.v.__set__(sh, 10)
print(Shadow.v.__get__(sh, Shadow), Shadow.v.__get__(None, Shadow))
Shadow.v.__delete__(sh)
try: Shadow.v.__get__(sh, Shadow)
except AttributeError as e: print("AttributeError:", e)
try: Shadow.v.__set__(object(), 1)
except TypeError as e: print("TypeError:", e)
