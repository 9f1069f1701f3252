a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(b - a)
print(a * b)
print(b // a, b % a)
print(a ** 3)
print(-a * b)
print(a < b, a == a + 0)
print(abs(-a), (a * b) // b == a)
