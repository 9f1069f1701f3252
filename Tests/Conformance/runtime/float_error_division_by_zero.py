values = [1.0, 2.0, 0.0]
print(values[0] / 3)
print(1e-300 / 1e10)
for v in values:
    print(10 / v)
