# The inline arithmetic and comparisons of ints and floats, at their edges.
import sys

big = sys.maxsize
print(big + 1, -big - 2, big * 2, (-big - 1) * -1, big - -1)
print(-7 // 2, 7 // -2, -7 % 2, 7 % -2, -7 % -2, 0 % 5, (-big - 1) // -1, (-big - 1) % -1)
print(1 << 62, 1 << 63, 3 << 61, -1 << 3, 5 >> 70, -5 >> 70, -5 >> 1, 1 >> 0)
print(6 & 3, 6 | 3, 6 ^ 3, -1 & 255, -8 | 3, -8 ^ 3)
print(2 ** 10, 2 ** -1, 7 / 2, 1 / 3, 7 - 2.5, 2.5 * 4, 1 + 0.5, 0.1 + 0.2, 3 * 1.1)
print(2 ** 53 + 1 + 0.0, float(2 ** 53 + 1), 9007199254740993 * 1.0, 1.0 * 9007199254740993)
x = 10
x += 5; x -= 3; x *= 4; x //= 5; x %= 7; x <<= 3; x >>= 1; x |= 1; x ^= 6; x &= 12
print(x)
y = 1.5
y += 1; y -= 0.25; y *= 2; y /= 4
print(y)
n = big
n += 1
print(n, type(n))
nan = float("nan")
inf = float("inf")
print(nan < 1.0, nan > 1.0, nan == nan, nan != nan, nan <= nan, inf > 1e308, -inf < -1e308)
print(1 < 2, 2 <= 2, 3 == 3, 3 != 3, 4 > 5, 5 >= 5, 1.5 < 2.5, 2.0 == 2.0, 1 < 1.5, 2.5 > 2)
print(True + True, True * 3, False - 1, 1 + True, 1.5 + True)
for a, b in [(1, 0), (1.0, 0.0), (1, 0.0), (1.0, 0)]:
    for op in ("/", "//", "%"):
        try:
            print(eval(f"a {op} b"))
        except ZeroDivisionError as error:
            print(type(a).__name__, op, type(b).__name__, "->", error)
try:
    1 << -1
except ValueError as error:
    print("ValueError:", error)
print(10 ** 20 // 3, -(10 ** 20) % 7, (10 ** 20) >> 60)
total = 0
for i in range(1, 2000):
    total += i * i % 97 - (i // 7) + (i << 2 & 63) ^ (i >> 3)
print(total)
acc = 0.0
for i in range(1, 1000):
    acc += 1.0 / i - i * 0.001
print(acc)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2.0 < 3)
