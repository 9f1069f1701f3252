for x in [3.7, -3.7, 0.9999, 1e10, -0.0, 2.5]:
    print(x, int(x), round(x), x // 1, x % 1)
print(int(1e100))
print(float(2 ** 100))
print(float(10 ** 20) == 10 ** 20)
