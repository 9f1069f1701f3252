import math
print(math.pow(10, 300))
print(math.pow(10, -400))
print(math.pow(2, 0.5))
print(math.pow(10, 400))
