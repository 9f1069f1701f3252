import math
print(math.factorial(5))
print(math.factorial(10))
n = -3
print(math.factorial(n))
