s = "short"
print(s[4])
print(s[-5], s[-1])
print(repr(s[5:]))
print(s[5])
