a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[::3] = [None] * len(a[::3])
print(a)
del a[1:3]
print(a)
a[:0] = [100, 200]
print(a)
a[len(a):] = [-1]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[1:2] = []
print(b)
