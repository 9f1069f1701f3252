import math
print(math.sqrt(4))
print(math.sqrt(0.0), math.sqrt(1e-300))
print(math.sqrt(2.25), -1 ** 0.5)
print(math.sqrt(-1))
