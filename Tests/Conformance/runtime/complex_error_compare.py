print(1j == 1j)
print(1 + 0j == 1, abs(3 + 4j) < abs(6j))
print((1 + 2j) != (2 + 1j))
a, b = 1j, 2j
print(a < b)
