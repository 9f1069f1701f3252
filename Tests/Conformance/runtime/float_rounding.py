for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125]:
    print(x, round(x), round(x, 1), round(x, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(type(round(2.5)), type(round(2.5, 0)))
print(round(0.1 + 0.2, 15), round(1e20, -19), round(-0.0))
