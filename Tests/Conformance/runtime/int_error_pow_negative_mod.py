print(pow(3, 2, 7))
print(pow(3, -1, 7))
print(pow(2, 10, 1000))
modulus = 4
print(pow(2, -1, modulus))
