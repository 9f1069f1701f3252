x = 2 ** 100
print(x)
print(x * x)
print(x - 1, x + 1)
print(x // 3, x % 3)
print(-x // 7, -x % 7)
print(3 ** 80)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(x == 1267650600228229401496703205376)
print(x > 2 ** 99, -x < -(2 ** 99))
