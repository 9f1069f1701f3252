t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2])
print(t + (4,), t * 2, (1,) * 3, ())
print(1 in t, t.index("two"), (1, 1, 2).count(1))
print(type(()), type((1,)), type((1)))
x = 1, 2
print(x, tuple([3, 4]), tuple("ab"))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (2,) > (1, 9))
