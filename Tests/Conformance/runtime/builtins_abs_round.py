print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(-2 ** 70), abs(True))
for v in [0.5, 1.5, 2.5, -2.5, 3.5, 4.5]:
    print(v, round(v))
print(round(3.14159, 2), round(2.675, 2), round(-1.005, 2), round(12345, -2), round(15, -1), round(25, -1))
print(round(1.23456789, 5), round(7), type(round(7.0)), type(round(7.0, 1)))
print(round(0.5 + 1e-9), round(-0.5), round(123.456, -1), round(5, 2))
