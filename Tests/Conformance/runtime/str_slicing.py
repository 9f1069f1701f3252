s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::3], s[1::2], s[::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3])
print(s[slice(1, 4)], s[slice(None, None, -1)])
print(s[3:3] == "", s[:], len(s[::4]))
