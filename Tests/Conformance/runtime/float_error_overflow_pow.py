print(2.0 ** 1000)
print(2 ** 10000 > 0)
print(2.0 ** -10000)
big = 2.0
print(big ** 10000)
