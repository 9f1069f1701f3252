import math
print(math.exp(10))
print(math.exp(709) > 1e307)
print(math.exp(-1000))
print(math.exp(1000))
