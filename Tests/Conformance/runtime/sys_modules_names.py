import sys
import math
print("sys" in sys.modules, "math" in sys.modules)
print(sys.modules["math"] is math, __name__)
print(type(sys.path).__name__, "builtins" in sys.builtin_module_names)
