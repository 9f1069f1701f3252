a = [1, [2, 3]]
b = a
c = a.copy()
d = a[:]
b.append(4)
c[1].append(99)
print(a, b, c, d)
print(a is b, a is c, a == b, c == d)
e = list(a)
e[0] = "x"
print(a[0], e[0])
a.clear()
print(a, b, len(c))
