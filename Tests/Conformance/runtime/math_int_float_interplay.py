import math
print(math.floor(7 / 2), 7 // 2, math.ceil(7 / 2), -(-7 // 2))
print(math.trunc(-7 / 2), int(-7 / 2), round(-7 / 2))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.factorial(20) / math.factorial(18), math.factorial(20) // math.factorial(18))
print(math.pow(10, 2), 10 ** 2, type(math.pow(10, 2)).__name__)
