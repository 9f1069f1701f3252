import math
print(math.floor(3.5))
print(math.floor(-3.5), math.floor(7))
value = "3.5"
print(math.floor(value))
