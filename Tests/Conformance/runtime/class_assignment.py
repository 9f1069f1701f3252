# __class__ assignment: between classes of the same layout, with CPython's refusals otherwise.
class A:
    def hello(self): return "A"
class B:
    def hello(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.hello(), a.x, type(a).__name__, isinstance(a, B))
for bad in [1, int, list]:
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("p",)
class S2:
    __slots__ = ("p",)
class S3:
    __slots__ = ("q",)
s = S1(); s.p = 5
s.__class__ = S2
print(type(s).__name__, s.p)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
class L1(list): pass
class L2(list): pass
l = L1([1,2])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = list
except TypeError as e:
    print("TypeError:", e)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
import math; ModuleType = type(math)
class M(ModuleType): pass
m = ModuleType("m")
m.__class__ = M
print(type(m).__name__)
class I1(int): __slots__ = ()
class I2(int): pass
i = I1(3)
print(i, hasattr(i, "__dict__"))
try: i.z = 1
except AttributeError as e: print("AttributeError:", e)
j = I2(4); j.z = 2; print(j.z, j.__dict__)
try:
    i.__class__ = I2
except TypeError as e:
    print("TypeError:", e)
try:
    class T1(tuple): __slots__ = ("extra",)
except TypeError as e:
    print("TypeError:", e)
# __class__ assignment: state machines, caches, slots, methods after the change
class State:
    def handle(self, ch): raise NotImplementedError
class Idle(State):
    def handle(self, ch):
        if ch == "a": self.__class__ = Active
        return "idle"
class Active(State):
    def handle(self, ch):
        self.count = getattr(self, "count", 0) + 1
        if ch == "z": self.__class__ = Idle
        return "active"
m = Idle()
print([m.handle(c) for c in "xaabz.a"], m.count, type(m).__name__)
class P:
    def __init__(self): self.a, self.b = 1, 2
    def total(self): return self.a + self.b
class Q:
    def total(self): return self.a * 10 + self.b
ps = [P() for _ in range(3)]
for i, p in enumerate(ps):
    if i % 2: p.__class__ = Q
print([p.total() for p in ps], [type(p).__name__ for p in ps], vars(ps[1]))
ps[1].c = 3
print(vars(ps[1]), ps[1].__dict__ is ps[1].__dict__)
class Base: pass
class Meta1(type): pass
class Meta2(type):
    def describe(cls): return "meta2 " + cls.__name__
class K(metaclass=Meta1): pass
K.__class__ = Meta2
print(K.describe(), type(K).__name__)
try:
    K.__class__ = int
except TypeError as e: print(e)
class WithDel:
    def __del__(self): print("del of", type(self).__name__)
class Other:
    def __del__(self): print("other del", type(self).__name__)
w = WithDel(); w.__class__ = Other; del w
class E1(ValueError): pass
class E2(ValueError):
    def __str__(self): return "E2!"
e = E1("x"); e.__class__ = E2
print(str(e), isinstance(e, E2))
try: raise e
except E2 as caught: print("caught", caught)
print(isinstance(P(), object), P().__class__ is P)
class Sub(P): pass
s = Sub(); s.__class__ = P; print(type(s) is P, s.total())
class Str1(str): pass
class Str2(str):
    def shout(self): return self.upper() + "!"
t = Str1("hey"); t.__class__ = Str2; print(t.shout(), t + "x")
