for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (5, 0.5)]:
    print(a, b, divmod(a, b))
q, r = divmod(10.25, 3)
print(q, r, q * 3 + r)
print(divmod(-0.0, 1.0), divmod(1e300, 1e-300)[1])
