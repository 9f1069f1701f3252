import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), round(math.sin(math.pi), 10))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print([round(f(x), 12) for f, x in [(math.sinh, 1), (math.cosh, 1), (math.tanh, 1), (math.asinh, 1), (math.acosh, 2), (math.atanh, 0.5)]])
