# Attribute and method sites on modules: values that change, names the module
# type defines, deletion, and math's domain errors through the same call site.
import math
import sys

def roots(values):
    out = []
    for v in values:
        try:
            out.append(round(math.sqrt(v), 6))
        except ValueError as e:
            out.append(str(e))
    return out

print(roots([4, 2.0, 0, -1, 1e308, True]))
for name in ["sin", "cos", "tan", "atanh", "log1p", "fabs", "degrees"]:
    f = getattr(math, name)
    for x in [0.5, -1, 1, float("inf"), -2]:
        try:
            print(name, x, round(f(x), 9))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)

def reads():
    return math.pi, math.__name__, type(math.__dict__).__name__, math.__class__.__name__

print(reads())
saved = math.pi
math.pi = 3
print(reads()[0])
del math.pi
try:
    reads()
except AttributeError as e:
    print("AttributeError", e)
math.pi = saved
print(reads()[0])

def call_site():
    return math.floor(2.5)

print(call_site())
math.floor = lambda x: "patched"
print(call_site())
del math.floor
try:
    call_site()
except AttributeError as e:
    print("AttributeError", e)

mod = type(sys)("made")
mod.__getattr__ = lambda name: "dynamic " + name
def dyn():
    return mod.anything, mod.value if hasattr(mod, "value") else None
print(dyn())
mod.anything = "real"
print(dyn())
print(sys.maxsize > 2**31, sys.modules["math"] is math)

def raising(name):
    if name == "soft":
        return 42
    raise AttributeError(f"custom message for {name}")
mod.__getattr__ = raising
print(mod.soft, getattr(mod, "hard", "default"), hasattr(mod, "hard"))
try:
    mod.hard
except AttributeError as e:
    print("AttributeError", e)
del mod.__getattr__
try:
    mod.gone
except AttributeError as e:
    print("AttributeError", e)
from math import *
print(floor(3.7) if "floor" in dir() else "no floor", sqrt(16))
