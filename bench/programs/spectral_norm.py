# Spectral norm of an infinite matrix A with A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1),
# estimated by the power method on A^T A truncated to n x n.

import math


def a_entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def mul_a(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a_entry(i, j) * v[j]
        out.append(total)
    return out


def mul_at(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a_entry(j, i) * v[j]
        out.append(total)
    return out


def mul_ata(v, n):
    return mul_at(mul_a(v, n), n)


def main():
    n = 430
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_ata(u, n)
        u = mul_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("spectral_norm checksum %.9f" % math.sqrt(vbv / vv))


main()
