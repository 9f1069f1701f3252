a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {2, 1}, a != b, frozenset(a) == a)
