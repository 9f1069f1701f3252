a = list(range(8))
a[1::2] = ["o"] * 4
print(a)
a[::-1] = a[:]
print(a)
b = list(range(6))
del b[::-2]
print(b)
b[:] = "xyz"
print(b)
