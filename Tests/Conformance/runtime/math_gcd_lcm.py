import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-4, 6))
print(math.gcd(12, 18, 30), math.gcd(), math.gcd(7))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6))
print(math.gcd(2 ** 100, 6 ** 50))
