# Bound methods answer for their function, compare and hash by function and
# self; function/staticmethod/classmethod __get__; static and class methods
# carry the function's names and __wrapped__; builtin functions' __self__ and
# __module__; functions, modules, generators and iterators hash by identity.
def f(x):
    "fdoc"


f.extra = 1
sm = staticmethod(f)
cm = classmethod(f)
print(sorted(vars(sm)), sm.__wrapped__ is f, hasattr(sm, "extra"))
print(sm.__name__, sm.__doc__, cm.__qualname__, sm.__isabstractmethod__)
f.__isabstractmethod__ = 1
print(sm.__isabstractmethod__, cm.__isabstractmethod__, property(f).__isabstractmethod__)
print(repr(sm).split(" at ")[0], repr(cm).split(" at ")[0])
print(callable(sm), callable(cm))


class C:
    def m(self):
        "mdoc"


a = C()
print(a.m.__doc__, a.m.__module__, a.m.__qualname__, a.m.__annotations__, a.m.__defaults__)
try:
    a.m.xyz
except AttributeError as e:
    print(e)
try:
    a.m.foo = 1
except AttributeError as e:
    print(e)
print(a.m != a.m, C().m == C().m, a.m == C.m, hash(a.m) == hash(a.m), {a.m: 1}[a.m])
print(C.m.__get__(a).__self__ is a, C.m.__get__(a, C)(), C.m.__get__(None, C) is C.m)
for args in [(), (None, None)]:
    try:
        C.m.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
print(sm.__get__(a) is f, cm.__get__(a).__self__ is C, cm.__get__(None, C).__self__ is C)
import math
import sys
print(len.__self__, math.sqrt.__self__ is math, math.sqrt.__module__, len.__module__, [].append.__module__)
print([].append.__self__, hasattr(str.upper, "__self__"), str.upper.__qualname__)


def gen():
    yield 1


for thing in [f, len, f.__code__, sys, gen(), filter(None, []), sm, cm, property(f), {}.values(), sys.stdout]:
    print(type(thing).__name__, hash(thing) == hash(thing))
for thing in [[], {}, set(), slice(1), {}.keys(), {}.items(), bytearray()]:
    try:
        hash(thing)
    except TypeError as e:
        print("TypeError:", e)
