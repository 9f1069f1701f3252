a = 2 - 3j
b = -1 + 0.5j
print(a + b, a - b, a * b)
print(a / b)
print(a ** 2, a ** 0, b ** 3)
print(abs(b), abs(3j))
print(a == 2 - 3j, a != b)
print(pow(1j, 4), 1j ** 0.5)
