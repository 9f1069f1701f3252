# __init__ and __new__ of builtin types reached through super() from
# subclasses, called directly on instances, and with a wrong receiver.
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = True
print(L([1, 2]), L(), L("ab").extra)
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(D(a=1), D([("b", 2)], c=3))
class S(set):
    def __init__(self, it=()):
        super().__init__(x * 2 for x in it)
print(sorted(S([1, 2])))
l = [3]; list.__init__(l, [7, 8]); print(l)
d = {"x": 1}; dict.__init__(d, y=2); print(d)
class B(bytearray):
    def __init__(self, n):
        super().__init__(n)
print(B(3))
class E(ValueError):
    def __init__(self, *a):
        super().__init__(*a)
print(E(1, 2).args)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        super().__init__()
print(T(1, 2))
class N(int):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(N(5), N(5).v)
try: list.__init__(5)
except TypeError as e: print(e)
