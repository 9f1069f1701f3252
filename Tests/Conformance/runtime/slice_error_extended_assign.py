a = list(range(6))
a[::2] = [0, 0, 0]
print(a)
a[1:3] = [9]
print(a)
a[::2] = [0, 0]
