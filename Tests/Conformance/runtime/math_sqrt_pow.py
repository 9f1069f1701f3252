import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(-8, 3))
print(math.isqrt(17), math.isqrt(10 ** 20), math.isqrt(0))
print(math.cbrt(8.0), math.cbrt(-1.0), math.cbrt(0.0))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.exp(0), math.exp(1), round(math.expm1(1e-10), 20), math.exp(-1000))
