a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 2, 2 ** 10, (-2) ** 3)
print(2 ** -1, 10 ** 0)
print(-(-a), +a, ~a, ~-1)
