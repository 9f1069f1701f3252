t = tuple(range(10))
print(t[2:5], t[::-3], t[8:100])
b = b"abcdef"
print(b[1:4], b[::2], b[-2:])
r = range(100)
print(r[10:20:5], list(r[95:]))
