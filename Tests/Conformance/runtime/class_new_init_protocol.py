# __new__ and __init__: singletons, __new__ returning another type (no
# __init__), __init__ returning non-None, object.__new__'s argument rules,
# properties on a metaclass, attribute shadowing, and builtin subclasses
# that rewrite their value in __new__.
class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class RetOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(RetOther())
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class NewArgs:
    def __init__(self, x): self.x = x
print(type(object.__new__(NewArgs, 1)).__name__)
class Plain: pass
class OwnNew:
    def __new__(cls, *a): return object.__new__(cls, *a)
for cls in (Plain, OwnNew):
    try: object.__new__(cls, 1)
    except TypeError as e: print(e)
try: NewArgs(1, 2)
except TypeError as e: print(e)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls); o.x = x; return o
print(OnlyNew(3).x)
try: OnlyNew()
except TypeError as e: print(e)
class Meta(type):
    @property
    def table(cls): return cls.__name__.lower() + "s"
class User(metaclass=Meta): pass
print(User.table)
try: User().table
except AttributeError as e: print(e)
class Shadow:
    x = "class"
s = Shadow(); s.x = "instance"; print(s.x, Shadow.x); del s.x; print(s.x)
try: del s.x
except AttributeError as e: print(e)
class WithSlots:
    __slots__ = ("a",)
    def __init__(self): self.a = 1; self.b = 2
try: WithSlots()
except AttributeError as e: print(e)
print(type("X", (), {"__slots__": ("q",)})().__class__.__name__)
class Num(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(Num(3), type(Num(3)).__name__, Num(3) + 1, f"{Num(4)}", repr(Num(5)), str(Num(6)))
class S(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(S("abc"), S("x") + "y", f"{S('q')}", S("a").lower(), type(S("a").lower()).__name__)
class T(tuple):
    def __new__(cls, *items): return super().__new__(cls, items)
    def __repr__(self): return "T" + super().__repr__()
print(T(1, 2), T(1, 2) + (3,), len(T(1)), T() == ())
