for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10 ** 20, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
q, r = divmod(123456789, 1000)
print(q, r, q * 1000 + r)
print(divmod(True, 2), divmod(-1, 10 ** 30))
