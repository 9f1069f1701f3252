# range() with bounds near the ends of a machine word: lengths, items and errors
import sys
big = sys.maxsize
cases = [
    (0, 10, 1), (10, 0, -1), (0, 10, 3), (10, 0, -3), (5, 5, 1), (5, 5, -1),
    (-big - 1, big, 1), (big, -big - 1, -1), (-big - 1, big, big), (0, big, -big - 1),
    (big, -big - 1, -big - 1), (-big - 1, big, -1), (0, 1, -big - 1), (1, 0, -big - 1),
    (-5, 5, 2), (True, 4, 1), (0, True, 1),
]
for start, stop, step in cases:
    r = range(start, stop, step)
    try:
        print(r, len(r), r[0] if len(r) else None, r[-1] if len(r) else None)
    except OverflowError as e:
        print(r, "OverflowError", e, r[0], r[-1], r.index(r[-1]) if r else None)
print(range(big), len(range(big)), range(-3), list(range(-3)))
print(range(2 * big + 5), range(0, 2 * big + 5, 2)[-1])
try:
    len(range(-big - 1, big))
except OverflowError as e:
    print("OverflowError", e)
for bad in [(1, 2, 0), (1.0,), (1, "2"), (1, 2, 3.0)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum(range(0, 100, 7)), list(range(10, -10, -4)), 3 in range(0, 10, 3))
