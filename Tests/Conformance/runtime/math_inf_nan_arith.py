import math
inf, nan = math.inf, math.nan
print(inf + inf, inf - inf, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, max(1, nan), max(nan, 1), min(nan, 1))
print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.atan(inf))
print(math.floor(1e300) == 10 ** 300, math.isnan(inf - inf))
print(sorted([3, 1.5, -inf, inf, 0]))
