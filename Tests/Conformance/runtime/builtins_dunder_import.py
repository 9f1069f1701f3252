m = __import__("math")
print(type(m).__name__, m.__name__, m.sqrt(16), m is __import__("math"))
import math
print(m is math)
s = __import__("sys")
print(s.__name__, "math" in s.modules, s.modules["math"] is m)

try:
    __import__("definitely_not_a_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import another_missing_module_abc
except ImportError as e:
    print("ImportError subclass:", type(e).__name__, isinstance(e, ImportError))

try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)

from math import pi as PI, floor
print(round(PI, 5), floor(2.7))

# importing inside a function binds locally
def local_import():
    import math as mm
    return mm.factorial(5), "mm" in locals()
print(local_import())

# builtins module
b = __import__("builtins")
print(b.len("abc"), b.__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
