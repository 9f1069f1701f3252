# Attribute hooks and their builtin defaults: __getattr__ as the fallback of
# a property raising AttributeError, hasattr propagating other errors,
# object.__setattr__ refusing classes, type.__setattr__ reached through a
# metaclass's super().
class A:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, name): return f"getattr({name})"
print(A().p)
class B:
    @property
    def p(self): return self.missing
    def __getattr__(self, name):
        if name == "missing": raise AttributeError("really missing")
        return name
try: B().p
except AttributeError as e: print("AttributeError:", e)
class C:
    __slots__ = ("a",)
    def __getattr__(self, name): return "fallback " + name
print(C().a)
class D:
    def __getattribute__(self, name):
        if name == "x": raise AttributeError("no x")
        return super().__getattribute__(name)
try: D().x
except AttributeError as e: print(e)
print(hasattr(D(), "x"), getattr(D(), "x", "dflt"))
class E:
    def __getattr__(self, name): raise KeyError(name)
try: hasattr(E(), "q")
except KeyError as e: print("KeyError propagates from hasattr:", e)
class F:
    x = 1
    def __setattr__(self, n, v):
        print("setattr", n, v)
F().x = 2
f = F(); f.__dict__["y"] = 3; print(f.y)
class G:
    def __delattr__(self, n): print("delattr", n)
del G().anything
print(getattr(1, "real"), getattr("s", "upper")(), setattr.__name__)
try: setattr(1, "x", 2)
except AttributeError as e: print(e)
try: delattr(1, "real")
except AttributeError as e: print(e)
try: object.__setattr__(1, "x", 2)
except AttributeError as e: print(e)
try: setattr(int, "x", 2)
except TypeError as e: print(e)
try: object.__setattr__(int, "real", 2)
except TypeError as e: print(e)
class Meta2(type):
    def __setattr__(cls, n, v):
        print("meta setattr", n)
        super().__setattr__(n, v)
    def __delattr__(cls, n):
        print("meta delattr", n)
        super().__delattr__(n)
class C(metaclass=Meta2): pass
C.x = 1
print(C.x)
del C.x
print(hasattr(C, "x"), type.__setattr__ is not object.__setattr__)
type.__setattr__(C, "y", 2); print(C.y)
