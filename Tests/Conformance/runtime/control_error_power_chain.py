base = 2
exponent = None
print(base ** 3)
print(base ** 3 ** 2, (base ** 3) ** 2)
print(base ** -1)
print(base ** exponent + 1)
