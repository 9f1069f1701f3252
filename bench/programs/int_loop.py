# Tight integer loops: while and for, + - * // % & | ^ << >>, comparisons,
# all on small ints that stay within 64 bits.


def mix(n):
    acc = 0
    x = 12345
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if x % 3 == 0:
            acc += x >> 7
        elif x & 4:
            acc -= (x // 97) ^ i
        else:
            acc ^= (x << 3) | (i & 255)
        acc &= 0xFFFFFFFFFFFF
        i += 1
    return acc


def sums(n):
    s = 0
    for i in range(n):
        s += i * i - 3 * i + (i % 7)
    return s


def collatz_steps(limit):
    best = 0
    best_n = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = start
    return best_n, best


def main():
    a = mix(2_000_000)
    b = sums(2_100_000)
    c = collatz_steps(70_000)
    print("int_loop checksum", a, b, c[0], c[1])


main()
