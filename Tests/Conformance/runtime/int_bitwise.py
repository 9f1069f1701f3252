a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(a << 2, a >> 2, 1 << 70)
print(-1 >> 5, -16 >> 2, -1 << 3)
print(~0, ~255)
print((2 ** 80) & (2 ** 80 - 1), (2 ** 80) | 1)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(bin(a), bin(b), bin(a ^ b))
