import math
print(math.sqrt(9))
print(hasattr(math, "isqrt"), hasattr(math, "squareroot"))
print(math.isqrt(10))
print(math.squareroot(9))
