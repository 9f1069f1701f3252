a = [1, 2, 3]
a += [4]
a *= 2
print(a)
print(a.index(3), a.count(2), sum(a), len(a))
a[1:3] = reversed(a[1:3])
print(a)
s = [0] * 5
for i in range(5):
    s[i] = i * i
print(s, s[-2:], list(reversed(s)))
print(list(), list("ab"), list((1, 2)), list(range(3)))
