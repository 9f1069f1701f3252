# Ranges whose bounds or length do not fit in 64 bits: indexing, slicing,
# containment, iteration, reversal, equality, hashing; len() overflows.
r = range(-2**63, 2**63-1)
print(r, r[0], r[-1], bool(r), r.start, r.stop, r.step)
try: len(r)
except OverflowError as e: print(e)
big = range(0, 10**30, 7)
print(big[10**20], big[-1], big[5:10], big[::10**25], 7 * 10**20 in big, 7 * 10**20 + 1 in big, big.index(700), big.count(14))
print(list(range(2**64, 2**64 + 3)), list(reversed(range(2**64, 2**64 + 3))), list(range(10**20, 10**20 - 3, -1)))
print(range(10**30) == range(0, 10**30), hash(range(10**30)) == hash(range(0, 10**30, 1)), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)))
print(range(5)[::-1], range(10)[2:8:3], range(1, 10)[-3:], range(3)[10:], range(2**62, 2**63 - 1, 2**61)[::-1])
for bad in [lambda: range(3)['a'], lambda: range(3)[5], lambda: range(10**30)[10**30], lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(3).index(7), lambda: big[::0]]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 4
print(range(I()), range(3)[I() if False else 1], 2 in range(I()), True in range(2), 1.0 in range(3))
print(sum(range(10**6)), len(range(-5, 5, 3)), list(range(-5, 5, 3)))
print(range(-2**63, 2**63 - 1, 2**62)[1:], list(range(9223372036854775806, 9223372036854775807 + 2)))
