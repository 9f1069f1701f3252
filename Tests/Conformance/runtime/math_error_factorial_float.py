import math
print(math.factorial(4))
print(math.factorial(0))
n = 4.0
print(math.factorial(n))
