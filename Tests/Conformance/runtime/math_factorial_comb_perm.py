import math
print([math.factorial(n) for n in range(8)])
print(math.factorial(25))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(52, 5))
print(math.perm(5, 2), math.perm(5), math.perm(3, 4), math.perm(10, 3))
print(math.comb(100, 50))
