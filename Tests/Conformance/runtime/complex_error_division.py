z = 1 + 1j
print(z / 2)
print(z / 1j)
print(z / (1 - 1j))
print(z / 0)
