import math
print(math.comb(5, 2))
print(math.comb(5, 5), math.comb(5, 6))
k = -1
print(math.comb(5, k))
