import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.nan))
print(math.pi * 2 == math.tau, type(math.inf).__name__)
