s = "abcdefgh"
for start, stop, step in [(None, None, -1), (-1, -4, -1), (-3, None, None), (5, 1, -2), (1, -1, 3), (-100, 100, None)]:
    print(start, stop, step, repr(s[start:stop:step]))
print(s[-1:-1], s[-2::-3], s[:-100])
print(list(range(10))[-3:-1], list(range(10))[:-8:-3])
