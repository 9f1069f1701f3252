import math
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2))
print(math.log10(1000), math.log2(1024), round(math.log1p(1e-10), 20), math.log(2))
print(math.log(10 ** 100), math.log2(2 ** 1000), math.log10(10 ** 300))
print(math.log(0.5), math.log(1e-300))
