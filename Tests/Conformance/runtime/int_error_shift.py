print(1 << 3)
print(1 << 0, 8 >> 3, -8 >> 1)
print(1 << 100 >> 99)
shift = -1
print(1 << shift)
