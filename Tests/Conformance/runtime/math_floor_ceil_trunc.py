import math
for x in [2.5, -2.5, 2.0, -0.5, 0.9999, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5) == 10 ** 20)
print(math.modf(3.75), math.modf(-2.5), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
